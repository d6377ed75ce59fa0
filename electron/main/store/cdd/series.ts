import type Database from 'better-sqlite3';
import { monthAt, monthIndex } from '../../../../shared/domain/pooling/months';
import { float64Blob } from './float64-blob';
import { sqliteSum } from './sqlite-sum';

/**
 * The summed monthly series of cdd_series (migration 005): one row per occupation and structure,
 * hours and contracts per month from `firstMonth`. Derived from cdd_entry, recomputed for the
 * pairs the triggers marked stale.
 */
export type StoredSeries = {
  occupationId: number;
  structureId: number;
  firstMonth: string;
  hours: Float64Array;
  contracts: Float64Array;
};

type EntryRow = [occupationId: number, month: string, hours: number, contracts: number | null];

/**
 * The series of some pairs, summed from cdd_entry: one read of each structure's rows (its index),
 * the pairs' months grouped, each month's rows summed as SQL's SUM would along the covering index
 * (ascending hours, Kahan–Babuška–Neumaier), so a stored series equals what a GROUP BY returns.
 */
export function computeSeries(db: Database.Database, pairs: readonly (readonly [occupationId: number, structureId: number])[]): StoredSeries[] {
  const occupationsByStructure = new Map<number, Set<number>>();
  for (const [occupationId, structureId] of pairs) {
    const set = occupationsByStructure.get(structureId);
    if (set) set.add(occupationId);
    else occupationsByStructure.set(structureId, new Set([occupationId]));
  }
  const rowsOf = db.prepare('SELECT occupation_id, month, hours, contracts FROM cdd_entry WHERE structure_id = ?').raw();
  const result: StoredSeries[] = [];
  for (const [structureId, occupationIds] of occupationsByStructure) {
    // occupation → month → the month's rows
    const byOccupation = new Map<number, Map<string, { hours: number[]; contracts: number }>>();
    for (const [occupationId, month, hours, contracts] of rowsOf.all(structureId) as EntryRow[]) {
      if (!occupationIds.has(occupationId)) continue;
      let byMonth = byOccupation.get(occupationId);
      if (!byMonth) byOccupation.set(occupationId, (byMonth = new Map()));
      const cell = byMonth.get(month);
      if (cell) {
        cell.hours.push(hours);
        cell.contracts += contracts ?? 0;
      } else byMonth.set(month, { hours: [hours], contracts: contracts ?? 0 });
    }
    for (const [occupationId, byMonth] of byOccupation) {
      let first = Infinity;
      let last = -Infinity;
      for (const month of byMonth.keys()) {
        const index = monthIndex(month);
        if (index < first) first = index;
        if (index > last) last = index;
      }
      const hours = new Float64Array(last - first + 1);
      const contracts = new Float64Array(last - first + 1);
      for (const [month, cell] of byMonth) {
        const slot = monthIndex(month) - first;
        if (cell.hours.length > 1) cell.hours.sort((a, b) => a - b);
        hours[slot] = sqliteSum(cell.hours);
        contracts[slot] = cell.contracts;
      }
      result.push({ occupationId, structureId, firstMonth: monthAt(first), hours, contracts });
    }
  }
  return result;
}

/** The pairs whose rows changed since their series was last written. */
export const stalePairs = (db: Database.Database) => db.prepare('SELECT occupation_id, structure_id FROM cdd_series_stale').raw().all() as [number, number][];

/**
 * Recomputes the stale series and clears the marks. Called inside the transaction that changed
 * cdd_entry (an import, a merge), so the series are kept up to date as the data arrives, and when
 * a file is opened (a file migrated to 005 has every pair to compute once).
 */
export function refreshSeries(db: Database.Database): number {
  const pairs = stalePairs(db);
  if (pairs.length === 0) return 0;
  const write = db.prepare('INSERT OR REPLACE INTO cdd_series (occupation_id, structure_id, first_month, hours, contracts) VALUES (?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM cdd_series WHERE occupation_id = ? AND structure_id = ?');
  db.transaction(() => {
    const computed = computeSeries(db, pairs);
    const written = new Set<string>();
    for (const series of computed) {
      write.run(series.occupationId, series.structureId, series.firstMonth, float64Blob(series.hours), float64Blob(series.contracts));
      written.add(`${series.occupationId}:${series.structureId}`);
    }
    // A pair left without rows (re-import, merge, structure deleted) has no series any more.
    for (const [occupationId, structureId] of pairs) if (!written.has(`${occupationId}:${structureId}`)) remove.run(occupationId, structureId);
    db.prepare('DELETE FROM cdd_series_stale').run();
  })();
  return pairs.length;
}
