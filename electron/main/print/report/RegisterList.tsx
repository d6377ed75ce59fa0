import type Database from 'better-sqlite3';
import { contactRoles, structureTypes } from '../../../../shared/domain/structure';
import { compareFrenchNames } from '../../../../shared/format/order';
import { countOf } from '../../../../shared/format/plural';
import type { PrintDocument } from '../document';
import { formatLongDate } from '../format';

type Row = { id: number; name: string; type: string | null; commune: string; postcode: string; isMember: number };
type Contact = { structureId: number; name: string; role: string; roleLabel: string; email: string; phone: string };

export function registerListData(db: Database.Database, year: number) {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.type, s.commune_name AS commune, s.postcode,
              EXISTS (SELECT 1 FROM membership m WHERE m.structure_id = s.id AND m.year = ? AND m.is_member = 1) AS isMember
         FROM structure s`,
    )
    .all(year) as Row[];
  rows.sort((a, b) => compareFrenchNames(a.name, b.name) || a.id - b.id);
  const contacts = db.prepare('SELECT structure_id AS structureId, name, role, role_label AS roleLabel, email, phone FROM contact ORDER BY name').all() as Contact[];
  return { rows, contacts, year };
}

const roleOf = (contact: Contact) => contact.roleLabel || (contactRoles[contact.role as keyof typeof contactRoles] ?? '');

/** The register as a printable list for a meeting: name, type, commune, contacts. */
export function registerListDocument(data: ReturnType<typeof registerListData>, association: { name: string }, now: Date): PrintDocument {
  const members = data.rows.filter((row) => row.isMember === 1).length;
  return {
    title: `Registre des structures — ${association.name}`,
    header: { left: association.name, right: 'Registre des structures' },
    footer: `État au ${formatLongDate(now.toISOString().slice(0, 10))}`,
    css: '.register td:first-child { font-weight: 600; } .register .contact { display: block; } .member-mark { color: var(--accent); font-weight: 700; }',
    body: (
      <main>
        <header className="title-block">
          <div className="kicker">{association.name}</div>
          <h1>Registre des structures</h1>
          <div className="subtitle">
            {countOf(data.rows.length, 'structure', 'structures')}, dont {countOf(members, 'adhérent', 'adhérents')} en {data.year}
          </div>
        </header>
        <table className="register">
          <thead>
            <tr>
              <th>Structure</th>
              <th>Type</th>
              <th>Commune</th>
              <th>Adhérent {data.year}</th>
              <th>Contacts</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td>{row.type ? (structureTypes[row.type as keyof typeof structureTypes] ?? '') : ''}</td>
                <td>
                  {row.commune}
                  {row.postcode ? ` (${row.postcode})` : ''}
                </td>
                <td>{row.isMember === 1 ? <span className="member-mark">oui</span> : 'non'}</td>
                <td className="small">
                  {data.contacts
                    .filter((contact) => contact.structureId === row.id)
                    .map((contact) => (
                      <span key={`${contact.name}-${contact.email}`} className="contact">
                        {contact.name}
                        {roleOf(contact) ? `, ${roleOf(contact)}` : ''}
                        {contact.phone ? ` · ${contact.phone}` : ''}
                        {contact.email ? ` · ${contact.email}` : ''}
                      </span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    ),
  };
}
