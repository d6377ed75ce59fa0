import type Database from 'better-sqlite3';
import { monthAt, monthIndex } from '../../../../shared/domain/pooling/months';
import { float64Blob, int32Blob } from './float64-blob';
import { sqliteSum } from './sqlite-sum';

/**
 * One row of cdd_series (migration 005): an occupation's hours and contracts for each structure
 * that has rows of it, `monthCount` slots per structure from `firstMonth`, structure after
 * structure. Derived from cdd_entry, recomputed for the occupations the triggers marked stale.
 */
export type OccupationSeries = {
  occupationId: number;
  firstMonth: string;
  monthCount: number;
  /** In increasing order. */
  structureIds: number[];
  hours: Float64Array;
  contracts: Float64Array;
};

type EntryRow = [structureId: number, month: string, hours: number, contracts: number | null];

/**
 * The series of some occupations, summed from cdd_entry. The rows are read along the covering
 * index (occupation, month, structure, hours), the order in which a GROUP BY sums them, and each
 * month's rows of a structure are summed as SQL's SUM does (Kahan–Babuška–Neumaier), so a stored
 * figure equals what a GROUP BY over cdd_entry returns, to the last bit.
 */
export function computeSeries(db: Database.Database, occupationIds: readonly number[]): OccupationSeries[] {
  const rowsOf = db
    .prepare('SELECT structure_id, month, hours, contracts FROM cdd_entry INDEXED BY cdd_entry_occupation_month WHERE occupation_id = ? ORDER BY month, structure_id, hours')
    .raw();
  const result: OccupationSeries[] = [];
  for (const occupationId of occupationIds) {
    const rows = rowsOf.all(occupationId) as EntryRow[];
    if (rows.length === 0) continue;
    const first = monthIndex(rows[0]![1]);
    const monthCount = monthIndex(rows[rows.length - 1]![1]) - first + 1;
    const structureIds = [...new Set(rows.map((row) => row[0]))].sort((a, b) => a - b);
    const position = new Map(structureIds.map((id, i) => [id, i]));
    const hours = new Float64Array(structureIds.length * monthCount);
    const contracts = new Float64Array(structureIds.length * monthCount);
    const values: number[] = [];
    for (let start = 0; start < rows.length; ) {
      const [structureId, month] = rows[start]!;
      let end = start;
      values.length = 0;
      let contractSum = 0;
      while (end < rows.length && rows[end]![0] === structureId && rows[end]![1] === month) {
        values.push(rows[end]![2]);
        contractSum += rows[end]![3] ?? 0;
        end += 1;
      }
      const slot = position.get(structureId)! * monthCount + monthIndex(month) - first;
      hours[slot] = sqliteSum(values);
      contracts[slot] = contractSum;
      start = end;
    }
    result.push({ occupationId, firstMonth: monthAt(first), monthCount, structureIds, hours, contracts });
  }
  return result;
}

/** The occupations whose rows changed since their series was last written. */
export const staleOccupations = (db: Database.Database) => db.prepare('SELECT occupation_id FROM cdd_series_stale').pluck().all() as number[];

/**
 * Recomputes the stale series and clears the marks. Called inside the transaction that changed
 * cdd_entry (an import, a merge, a deletion), so the series are kept up to date as the data
 * arrives, and when a file is opened (a file migrated to 005 has every occupation to compute).
 */
export function refreshSeries(db: Database.Database): number {
  const stale = staleOccupations(db);
  if (stale.length === 0) return 0;
  db.transaction(() => {
    const write = db.prepare('INSERT OR REPLACE INTO cdd_series (occupation_id, first_month, month_count, structure_ids, hours, contracts) VALUES (?, ?, ?, ?, ?, ?)');
    const computed = computeSeries(db, stale);
    for (const series of computed) {
      write.run(series.occupationId, series.firstMonth, series.monthCount, int32Blob(series.structureIds), float64Blob(series.hours), float64Blob(series.contracts));
    }
    // An occupation left without rows (re-import, merge, structure deleted) has no series any more.
    const kept = new Set(computed.map((series) => series.occupationId));
    const remove = db.prepare('DELETE FROM cdd_series WHERE occupation_id = ?');
    for (const occupationId of stale) if (!kept.has(occupationId)) remove.run(occupationId);
    db.prepare('DELETE FROM cdd_series_stale').run();
  })();
  return stale.length;
}
