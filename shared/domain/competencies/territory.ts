// The territorial view of one occupation (issue 10 §2): the employers' grids side by side, the
// level most employers ask for, and how far each one is from it. Pure.
import type { Requirement } from './proximity';

export type EmployerGrid = { structureId: number; requirements: readonly Requirement[] };

export type TerritoryLine = {
  competencyId: number;
  /** structureId → level asked (0 = not asked). */
  levels: Record<number, number>;
  /** The level most employers ask for (ties: the lower one, the cheaper to train); 0 when most do not ask for it. */
  usual: number;
  /** How many employers ask for something else than `usual`. */
  differing: number;
  isCoreAnywhere: boolean;
};

/** The level most grids give; a tie goes to the lower level. */
export function usualLevel(levels: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [level, n] of [...counts.entries()].sort((a, b) => a[0] - b[0]))
    if (n > bestCount) {
      best = level;
      bestCount = n;
    }
  return best;
}

export function territoryLines(grids: readonly EmployerGrid[]): TerritoryLine[] {
  const ids = new Set<number>();
  for (const grid of grids) for (const r of grid.requirements) ids.add(r.competencyId);
  const lookup = grids.map((grid) => ({ structureId: grid.structureId, byId: new Map(grid.requirements.map((r) => [r.competencyId, r])) }));
  return [...ids]
    .map((competencyId) => {
      const levels: Record<number, number> = {};
      let isCoreAnywhere = false;
      for (const { structureId, byId } of lookup) {
        const r = byId.get(competencyId);
        levels[structureId] = r?.level ?? 0;
        isCoreAnywhere ||= r?.isCore ?? false;
      }
      const values = Object.values(levels);
      const usual = usualLevel(values);
      return { competencyId, levels, usual, differing: values.filter((v) => v !== usual).length, isCoreAnywhere };
    })
    .sort((a, b) => Number(b.isCoreAnywhere) - Number(a.isCoreAnywhere) || b.differing - a.differing || a.competencyId - b.competencyId);
}
