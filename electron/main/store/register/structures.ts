import type Database from 'better-sqlite3';
import type { StructureRow } from '../../../../shared/api/members';
import { formatSiret } from '../../../../shared/domain/siret';
import { fail } from '../../errors';
import { bulkInserter } from './bulk-insert';
import { prepared } from './prepared';
import type { StructureValue } from './structure-input';
import { refreshSeries } from '../cdd/series';

/** Where a row came from, kept so the coordinator can tell typed rows from imported ones. */
export type StructureSource = 'manual' | 'finess' | 'workbook';

const columns = {
  name: 'name',
  finessEt: 'finess_et',
  finessEj: 'finess_ej',
  siret: 'siret',
  type: 'type',
  field: 'field',
  address: 'address',
  postcode: 'postcode',
  communeCode: 'commune_code',
  communeName: 'commune_name',
  departmentCode: 'department_code',
  epciCode: 'epci_code',
  epciName: 'epci_name',
  opca: 'opca',
  headcount: 'headcount',
  fte: 'fte',
  notes: 'notes',
} as const satisfies Record<keyof StructureValue, string>;
type Field = keyof typeof columns;
const fields = Object.keys(columns) as Field[];

const selectValue = fields.map((field) => `s.${columns[field]} AS ${field}`).join(', ');
const selectRow = `SELECT s.id, ${selectValue}, s.updated_at AS updatedAt,
  EXISTS (SELECT 1 FROM membership m WHERE m.structure_id = s.id AND m.year = @year AND m.is_member = 1) AS isMember,
  (SELECT MAX(m.year) FROM membership m WHERE m.structure_id = s.id AND m.is_member = 1) AS lastMemberYear,
  (SELECT COUNT(*) FROM contact c WHERE c.structure_id = s.id) AS contactCount
  FROM structure s`;

type RawRow = Omit<StructureRow, 'isMember'> & { isMember: number };
const toRow = ({ isMember, ...row }: RawRow): StructureRow => ({ ...row, isMember: isMember === 1 });

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

const listStatement = prepared<[{ year: number }], RawRow>(selectRow);
const getStatement = prepared<[{ year: number; id: number }], RawRow>(`${selectRow} WHERE s.id = @id`);

/** Every structure of the register (members and partners), by name; `year` decides isMember. */
export function listStructures(db: Database.Database, year: number): StructureRow[] {
  return listStatement(db)
    .all({ year })
    .map(toRow)
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function getStructure(db: Database.Database, id: number, year: number): StructureRow | null {
  const row = getStatement(db).get({ year, id });
  return row ? toRow(row) : null;
}

const valueStatement = prepared<[number], StructureValue>(`SELECT ${selectValue} FROM structure s WHERE s.id = ?`);

/** The stored fields of a structure, e.g. to merge a partial update over them. */
export function getStructureValue(db: Database.Database, id: number): StructureValue | null {
  return valueStatement(db).get(id) ?? null;
}

export type StructureMatch = { id: number; name: string; finessEt: string; siret: string; matchedOn: 'finessEt' | 'siret' };

const byFinessEt = prepared<[string, number], Omit<StructureMatch, 'matchedOn'>>(
  "SELECT id, name, finess_et AS finessEt, siret FROM structure WHERE finess_et = ? AND finess_et <> '' AND id <> ?",
);
const bySiret = prepared<[string, number], Omit<StructureMatch, 'matchedOn'>>(
  "SELECT id, name, finess_et AS finessEt, siret FROM structure WHERE siret = ? AND siret <> '' AND id <> ?",
);

/**
 * The structure that already holds this FINESS ET (first) or this SIRET, other than `exceptId`.
 * Identifiers must be normalised (see normalizeStructureInput).
 */
export function findStructureByIdentifiers(
  db: Database.Database,
  identifiers: { finessEt?: string; siret?: string },
  exceptId = 0,
): StructureMatch | null {
  const finessEt = identifiers.finessEt ?? '';
  const siret = identifiers.siret ?? '';
  const sameFiness = finessEt ? byFinessEt(db).get(finessEt, exceptId) : undefined;
  if (sameFiness) return { ...sameFiness, matchedOn: 'finessEt' };
  const sameSiret = siret ? bySiret(db).get(siret, exceptId) : undefined;
  return sameSiret ? { ...sameSiret, matchedOn: 'siret' } : null;
}

function duplicateMessage(match: StructureMatch): string {
  const what = match.matchedOn === 'finessEt' ? `Le FINESS établissement ${match.finessEt}` : `Le SIRET ${formatSiret(match.siret)}`;
  return (
    `${what} est déjà utilisé par « ${match.name} » : ` +
    `modifiez cette structure plutôt que d’en créer une seconde, ou corrigez le numéro.`
  );
}

/** Throws CONFLICT naming the structure that already holds the FINESS ET or the SIRET. */
export function refuseDuplicate(db: Database.Database, identifiers: { finessEt?: string; siret?: string }, exceptId = 0): void {
  const match = findStructureByIdentifiers(db, identifiers, exceptId);
  if (match) fail('CONFLICT', duplicateMessage(match));
}

/** The unique indexes are the last line of defence (e.g. another connection wrote meanwhile); their error gets the same message. */
export function withUniqueMessage<T>(db: Database.Database, identifiers: { finessEt?: string; siret?: string }, exceptId: number, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!isUniqueFailure(error)) throw error;
    // The FINESS first, as the form and the imports have always said it, whichever index SQLite checked first.
    const match = findStructureByIdentifiers(db, identifiers, exceptId);
    if (match) fail('CONFLICT', duplicateMessage(match));
    fail('CONFLICT', 'Ce FINESS ou ce SIRET est déjà utilisé par une autre structure : corrigez le numéro.');
  }
}

const insertColumns = [...fields.map((field) => columns[field]), 'source', 'created_at', 'updated_at'];
// Positional: an import inserts ten thousand rows, each bound without building two objects first.
const insertStatement = prepared<unknown[]>(`INSERT INTO structure (${insertColumns.join(', ')}) VALUES (${insertColumns.map(() => '?').join(', ')})`);

/**
 * Adds a checked structure (see normalizeStructureInput); refuses a duplicate FINESS ET or SIRET,
 * naming the structure that holds it. The unique indexes find it (no lookup before each insert:
 * an import adds thousands); withUniqueMessage names it. Returns its id.
 */
export function insertStructure(db: Database.Database, value: StructureValue, now: Date, source: StructureSource = 'manual'): number {
  const stamp = now.toISOString();
  const values: unknown[] = fields.map((field) => value[field]);
  values.push(source, stamp, stamp);
  const result = withUniqueMessage(db, value, 0, () => insertStatement(db).run(...values));
  return Number(result.lastInsertRowid);
}

const nextIdStatement = prepared<[], { next: number }>('SELECT coalesce(max(id), 0) + 1 AS next FROM structure');
const insertMany = bulkInserter(`INSERT INTO structure (id, ${insertColumns.join(', ')})`, insertColumns.length + 1);
const isUniqueFailure = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * Adds many checked structures, a hundred per statement, inside the caller's write transaction
 * (begun IMMEDIATE: no other connection writes between reading the largest id and inserting).
 * Returns their ids in order, given as SQLite would give them: after the largest. A duplicate
 * FINESS or SIRET is refused in insertStructure's words: the failed batch is tried row by row.
 */
export function insertStructures(db: Database.Database, values: readonly StructureValue[], now: Date, source: StructureSource): number[] {
  if (!db.inTransaction) throw new Error('insertStructures: inside a write transaction only');
  const stamp = now.toISOString();
  let next = nextIdStatement(db).get()?.next ?? 1;
  const ids: number[] = [];
  const rows = values.map((value) => {
    const id = next++;
    ids.push(id);
    return [id, ...fields.map((field) => value[field]), source, stamp, stamp];
  });
  insertMany(db, rows, (batch, error) => {
    if (!isUniqueFailure(error)) return;
    const first = ids.indexOf(batch[0]?.[0] as number);
    for (const value of values.slice(first, first + batch.length)) insertStructure(db, value, now, source);
  });
  return ids;
}

const updateStatements = new WeakMap<Database.Database, Map<string, Database.Statement<[Record<string, unknown>]>>>();

/** One statement per set of fields (an import updates the same few over and over), from the fixed column list only. */
function updateStatement(db: Database.Database, changed: Field[]): Database.Statement<[Record<string, unknown>]> {
  const byFields = updateStatements.get(db) ?? new Map<string, Database.Statement<[Record<string, unknown>]>>();
  updateStatements.set(db, byFields);
  const key = changed.join(',');
  let statement = byFields.get(key);
  if (!statement) {
    const assignments = [...changed.map((field) => `${columns[field]} = @${field}`), 'updated_at = @updatedAt'];
    statement = db.prepare<[Record<string, unknown>]>(`UPDATE structure SET ${assignments.join(', ')} WHERE id = @id`);
    byFields.set(key, statement);
  }
  return statement;
}

/**
 * Writes only the fields given (already checked). Refuses a FINESS ET or SIRET held by another
 * structure; NOT_FOUND if the structure was deleted meanwhile.
 */
export function updateStructure(db: Database.Database, id: number, changes: Partial<StructureValue>, now: Date): void {
  const changed = fields.filter((field) => changes[field] !== undefined);
  refuseDuplicate(db, { finessEt: changes.finessEt, siret: changes.siret }, id);
  const record = Object.fromEntries(changed.map((field) => [field, changes[field]]));
  const result = withUniqueMessage(db, changes, id, () => updateStatement(db, changed).run({ ...record, updatedAt: now.toISOString(), id }));
  if (result.changes === 0) fail('NOT_FOUND', 'Cette structure n’existe plus (elle a peut-être été supprimée) : rechargez la liste.');
}

const deleteStatement = prepared<[number]>('DELETE FROM structure WHERE id = ?');

/** Deletes a structure with its contacts, membership years and CDD rows (ON DELETE CASCADE). False if it was already gone. */
export function deleteStructure(db: Database.Database, id: number): boolean {
  return db.transaction(() => {
    const deleted = deleteStatement(db).run(id).changes > 0;
    // Its CDD rows went with it: so do its summed series.
    refreshSeries(db);
    return deleted;
  })();
}
