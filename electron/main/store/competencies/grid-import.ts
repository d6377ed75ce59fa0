import type Database from 'better-sqlite3';
import type { GridChange } from '../../workbooks/competency-grids';
import { createEmployerGrid, referenceGridId } from './grids';

/** Applies a checked grids workbook in one transaction: all its cells or none. Returns the cells changed. */
export function applyGridChanges(db: Database.Database, structureId: number | null, changes: readonly GridChange[], now: Date): number {
  const stamp = now.toISOString();
  return db.transaction(() => {
    const gridIds = new Map<number, number>();
    const gridOf = (occupationId: number) => {
      const known = gridIds.get(occupationId);
      if (known) return known;
      const row =
        structureId === null
          ? { id: referenceGridId(db, occupationId, now) }
          : ((db.prepare('SELECT id FROM competency_grid WHERE occupation_id = ? AND structure_id = ?').get(occupationId, structureId) as { id: number } | undefined) ??
            { id: createEmployerGrid(db, occupationId, structureId, now).gridId });
      gridIds.set(occupationId, row.id);
      return row.id;
    };
    const remove = db.prepare('DELETE FROM grid_requirement WHERE grid_id = ? AND competency_id = ?');
    const upsert = db.prepare(
      'INSERT INTO grid_requirement (grid_id, competency_id, level, is_core) VALUES (?, ?, ?, ?) ON CONFLICT (grid_id, competency_id) DO UPDATE SET level = excluded.level',
    );
    for (const change of changes) {
      const gridId = gridOf(change.occupationId);
      if (change.level === 0) remove.run(gridId, change.competencyId);
      else upsert.run(gridId, change.competencyId, change.level, change.isCore ? 1 : 0);
    }
    for (const gridId of gridIds.values()) db.prepare('UPDATE competency_grid SET updated_at = ? WHERE id = ?').run(stamp, gridId);
    return changes.length;
  })();
}
