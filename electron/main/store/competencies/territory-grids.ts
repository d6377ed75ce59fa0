import type Database from 'better-sqlite3';
import type { MatrixGrid } from '../../../../shared/domain/competencies/matrix';
import type { Requirement } from '../../../../shared/domain/competencies/proximity';
import { territoryLines } from '../../../../shared/domain/competencies/territory';
import { isRegulatedOccupation, requirementsOf } from './grids';

export type OccupationGrid = MatrixGrid & { label: string; key: string; isRegulated: boolean };

/**
 * The grid that stands for an occupation in the matrix and the bridges: what the territory's
 * employers ask for (the level most of their grids give, core when core in any) when at least one
 * employer has its own grid, else the reference grid. Occupations with no requirement at all are
 * left out (a grid that asks nothing would be reached by everyone and mean nothing).
 */
export function occupationGrids(db: Database.Database): OccupationGrid[] {
  const occupations = db.prepare('SELECT id, key, label FROM occupation ORDER BY label').all() as { id: number; key: string; label: string }[];
  const grids = db.prepare('SELECT id, occupation_id AS occupationId, structure_id AS structureId FROM competency_grid').all() as { id: number; occupationId: number; structureId: number | null }[];
  const result: OccupationGrid[] = [];
  for (const o of occupations) {
    const own = grids.filter((g) => g.occupationId === o.id);
    const employers = own.filter((g) => g.structureId !== null);
    const reference = own.find((g) => g.structureId === null);
    let requirements: Requirement[];
    if (employers.length > 0) {
      requirements = territoryLines(employers.map((g) => ({ structureId: g.structureId ?? 0, requirements: requirementsOf(db, g.id) })))
        .filter((line) => line.usual > 0)
        .map((line) => ({ competencyId: line.competencyId, level: line.usual, isCore: line.isCoreAnywhere }));
    } else requirements = reference ? requirementsOf(db, reference.id) : [];
    if (requirements.length > 0) result.push({ id: o.id, key: o.key, label: o.label, isRegulated: isRegulatedOccupation(o.key), requirements });
  }
  return result;
}

export function competencyLabels(db: Database.Database): Map<number, string> {
  return new Map((db.prepare('SELECT id, label FROM competency').all() as { id: number; label: string }[]).map((c) => [c.id, c.label]));
}
