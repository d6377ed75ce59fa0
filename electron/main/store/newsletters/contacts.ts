import type Database from 'better-sqlite3';
import type { LetterContact, NewsletterSection } from '../../../../shared/api/newsletters';
import { contactRoles, type ContactRole } from '../../../../shared/domain/structure';
import { compareFrenchNames } from '../../../../shared/format/order';

type ContactRow = { id: number; structureName: string; address: string; postcode: string; commune: string; name: string; role: ContactRole; roleLabel: string; email: string; phone: string };

const selectContacts = `SELECT c.id, s.name AS structureName, s.address, s.postcode, s.commune_name AS commune,
         c.name, c.role, c.role_label AS roleLabel, c.email, c.phone
    FROM contact c JOIN structure s ON s.id = c.structure_id`;

/** The function as the letter prints it: the words typed in the register, else the role's name (« Autre » says nothing). */
const roleOf = (row: Pick<ContactRow, 'role' | 'roleLabel'>) => row.roleLabel || (row.role === 'other' ? '' : (contactRoles[row.role] ?? ''));

/**
 * The contacts every contacts section of the letter chose, in the order chosen, with their details
 * as the register holds them now (a draft follows the register; publication freezes them). A
 * contact deleted from the register since is left out.
 */
export function liveContacts(db: Database.Database, sections: readonly NewsletterSection[]): LetterContact[] {
  const ids = [...new Set(sections.flatMap((section) => (section.kind === 'contacts' ? section.contactIds : [])))];
  if (ids.length === 0) return [];
  const rows = db.prepare(`${selectContacts} WHERE c.id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as ContactRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const town = [row.postcode, row.commune.toUpperCase()].filter(Boolean).join(' ');
    return [{ id, structureName: row.structureName, addressLines: [row.address, town].filter(Boolean), name: row.name, role: roleOf(row), email: row.email, phone: row.phone }];
  });
}

/** Every contact of the register, by structure then name, to choose from. */
export function contactChoices(db: Database.Database): { id: number; name: string; role: string; structureName: string }[] {
  const rows = db.prepare(selectContacts).all() as ContactRow[];
  rows.sort((a, b) => compareFrenchNames(a.structureName, b.structureName) || compareFrenchNames(a.name, b.name) || a.id - b.id);
  return rows.map((row) => ({ id: row.id, name: row.name, role: roleOf(row), structureName: row.structureName }));
}
