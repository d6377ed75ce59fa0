import type Database from 'better-sqlite3';
import type { PersonRow } from '../../../../shared/api/people';
import { isPastRetention, type PersonKind } from '../../../../shared/domain/people';

/** A person as typed, normalised (retention date decided). */
export type PersonValue = {
  lastName: string;
  firstName: string;
  civility: string;
  email: string;
  phone: string;
  kind: PersonKind;
  structureId: number | null;
  occupationId: number | null;
  notes: string;
  lastContactOn: string | null;
  retentionUntil: string;
};

const columns = {
  lastName: 'last_name',
  firstName: 'first_name',
  civility: 'civility',
  email: 'email',
  phone: 'phone',
  kind: 'kind',
  structureId: 'structure_id',
  occupationId: 'occupation_id',
  notes: 'notes',
  lastContactOn: 'last_contact_on',
  retentionUntil: 'retention_until',
} as const satisfies Record<keyof PersonValue, string>;
type Field = keyof typeof columns;
const fields = Object.keys(columns) as Field[];

const selectRow = `SELECT p.id, ${fields.map((f) => `p.${columns[f]} AS ${f}`).join(', ')},
  COALESCE(s.name, '') AS structureName, o.key AS occupationKey, COALESCE(o.label, '') AS occupationLabel,
  p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM person p LEFT JOIN structure s ON s.id = p.structure_id LEFT JOIN occupation o ON o.id = p.occupation_id`;

type RawRow = Omit<PersonRow, 'isPastRetention'>;
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const byName = (a: PersonRow, b: PersonRow) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id - b.id;

export type PeopleFilter = { kind: PersonKind | null; structureId: number | null; pastRetention: boolean };

export function listPeople(db: Database.Database, filter: PeopleFilter, today: string): PersonRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.kind) {
    where.push('p.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.structureId !== null) {
    where.push('p.structure_id = @structureId');
    params.structureId = filter.structureId;
  }
  if (filter.pastRetention) {
    where.push('p.retention_until < @today');
    params.today = today;
  }
  const sql = `${selectRow}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
  return (db.prepare(sql).all(params) as RawRow[]).map((row) => ({ ...row, isPastRetention: isPastRetention(row.retentionUntil, today) })).sort(byName);
}

export function getPerson(db: Database.Database, id: number, today: string): PersonRow | null {
  const row = db.prepare(`${selectRow} WHERE p.id = ?`).get(id) as RawRow | undefined;
  return row ? { ...row, isPastRetention: isPastRetention(row.retentionUntil, today) } : null;
}

export function insertPerson(db: Database.Database, value: PersonValue, now: Date): number {
  const stamp = now.toISOString();
  const names = fields.map((f) => columns[f]);
  const result = db
    .prepare(`INSERT INTO person (${names.join(', ')}, created_at, updated_at) VALUES (${fields.map((f) => `@${f}`).join(', ')}, @stamp, @stamp)`)
    .run({ ...value, stamp });
  return Number(result.lastInsertRowid);
}

export function updatePerson(db: Database.Database, id: number, changes: Partial<PersonValue>, now: Date): void {
  const sent = fields.filter((f) => changes[f] !== undefined);
  if (sent.length === 0) return;
  db.prepare(`UPDATE person SET ${sent.map((f) => `${columns[f]} = @${f}`).join(', ')}, updated_at = @stamp WHERE id = @id`).run({
    ...Object.fromEntries(sent.map((f) => [f, changes[f]])),
    id,
    stamp: now.toISOString(),
  });
}

/** Sets one retention date for many people (a review decision), in one statement per person. */
export function setRetention(db: Database.Database, ids: number[], until: string, now: Date): number {
  const statement = db.prepare('UPDATE person SET retention_until = ?, updated_at = ? WHERE id = ?');
  let count = 0;
  db.transaction(() => {
    for (const id of ids) count += statement.run(until, now.toISOString(), id).changes;
  })();
  return count;
}

/** The display name for screens only (never written to the audit trail). */
export const displayNameOf = (person: { civility: string; lastName: string; firstName: string }) =>
  [person.civility, person.lastName, person.firstName].filter((part) => part !== '').join(' ');

export function existingIds(db: Database.Database, ids: number[]): number[] {
  const statement = db.prepare('SELECT id FROM person WHERE id = ?');
  return ids.filter((id) => statement.get(id) !== undefined);
}
