// The full proximity matrix (every ordered pair A → B), computed once for the matrix screen, the
// nearest occupations and the career paths. Same numbers as `proximity()` (tested), laid out for
// speed: each occupation's holdings as one dense row of levels, each target's requirements as
// parallel arrays with their weight already divided by the level and the total, so the inner loop
// is a lookup, a min and a multiply-add over the target's own competencies only.
import type { Requirement } from './proximity';
import { CORE_WEIGHT, OTHER_WEIGHT } from './proximity';

export type MatrixGrid = { id: number; requirements: readonly Requirement[] };

export type ProximityMatrix = {
  /** Occupation (or grid) ids, in the order of the rows and the columns. */
  ids: number[];
  /** scores[a * n + b] = proximity of ids[a] → ids[b], from 0 to 1. */
  scores: Float64Array;
};

export function proximityMatrix(grids: readonly MatrixGrid[]): ProximityMatrix {
  const n = grids.length;
  const index = new Map<number, number>();
  for (const grid of grids) for (const r of grid.requirements) if (!index.has(r.competencyId)) index.set(r.competencyId, index.size);
  const width = index.size;
  const held = new Float64Array(n * width);
  grids.forEach((grid, a) => {
    for (const r of grid.requirements) held[a * width + (index.get(r.competencyId) ?? 0)] = Math.max(0, r.level);
  });

  const scores = new Float64Array(n * n);
  for (let b = 0; b < n; b += 1) {
    const requirements = (grids[b]?.requirements ?? []).filter((r) => r.level > 0);
    const count = requirements.length;
    if (count === 0) {
      for (let a = 0; a < n; a += 1) scores[a * n + b] = 1;
      continue;
    }
    const columns = new Int32Array(count);
    const levels = new Float64Array(count);
    const weights = new Float64Array(count);
    let total = 0;
    requirements.forEach((r, k) => {
      columns[k] = index.get(r.competencyId) ?? 0;
      levels[k] = r.level;
      weights[k] = r.isCore ? CORE_WEIGHT : OTHER_WEIGHT;
      total += weights[k] ?? 0;
    });
    for (let k = 0; k < count; k += 1) weights[k] = (weights[k] ?? 0) / (levels[k] ?? 1);
    for (let a = 0; a < n; a += 1) {
      const row = a * width;
      let reached = 0;
      for (let k = 0; k < count; k += 1) {
        const h = held[row + (columns[k] ?? 0)] ?? 0;
        const r = levels[k] ?? 0;
        reached += (weights[k] ?? 0) * (h < r ? h : r);
      }
      scores[a * n + b] = reached / total;
    }
  }
  return { ids: grids.map((grid) => grid.id), scores };
}

export const scoreAt = (matrix: ProximityMatrix, a: number, b: number) => matrix.scores[a * matrix.ids.length + b] ?? 0;

/** The occupations nearest to `fromId` (it excluded), best first; ties by id. */
export function nearestOf(matrix: ProximityMatrix, fromId: number, limit = 10): { id: number; score: number }[] {
  const a = matrix.ids.indexOf(fromId);
  if (a < 0) return [];
  return matrix.ids
    .map((id, b) => ({ id, score: scoreAt(matrix, a, b) }))
    .filter((entry) => entry.id !== fromId)
    .sort((x, y) => y.score - x.score || x.id - y.id)
    .slice(0, limit);
}
