// Proximity between occupations (issue 10 §3): how much of what a target occupation B requires a
// person from occupation A already holds. Pure, shared by the handlers, the worker and the screens.
//
// Definition (shown on screen as `proximityDefinition`): for each competency c that B requires at
// level r_c, a person from A holds h_c (the level A's grid requires; 0 when A does not ask for c).
// Each competency counts min(h_c, r_c) / r_c, weighted 2 when it is « cœur de métier » in B and 1
// otherwise; the proximity is the weighted mean, from 0 to 1. A grid that asks nothing is reached
// by everyone (1). The measure is asymmetric: A → B looks only at what B requires.

/** One line of a grid: the competency, the level required (≥ 1) and whether it is core. */
export type Requirement = { competencyId: number; level: number; isCore: boolean };

/** What someone holds: competency id → level (absent or 0 = not held). */
export type Holdings = ReadonlyMap<number, number>;

export type Gap = { competencyId: number; required: number; held: number; isCore: boolean };

export type Proximity = { score: number; gaps: Gap[] };

export const CORE_WEIGHT = 2;
export const OTHER_WEIGHT = 1;

export const proximityDefinition =
  'La proximité d’un métier A vers un métier B est la part de ce que B demande qu’une personne de A détient déjà : chaque compétence requise par B compte pour le niveau détenu (plafonné au niveau requis) divisé par le niveau requis, les compétences « cœur de métier » comptant double.';

const weightOf = (requirement: Pick<Requirement, 'isCore'>) => (requirement.isCore ? CORE_WEIGHT : OTHER_WEIGHT);

/** What a person from an occupation holds: the levels its grid requires. */
export function holdingsOf(grid: readonly Requirement[]): Map<number, number> {
  return new Map(grid.map((requirement) => [requirement.competencyId, requirement.level]));
}

/** The proximity of someone holding `held` to the grid `target`, with the gaps (held below required), core gaps first. */
export function proximity(held: Holdings, target: readonly Requirement[]): Proximity {
  let total = 0;
  let reached = 0;
  const gaps: Gap[] = [];
  for (const requirement of target) {
    if (requirement.level <= 0) continue;
    const weight = weightOf(requirement);
    const level = Math.max(0, held.get(requirement.competencyId) ?? 0);
    total += weight;
    reached += (weight * Math.min(level, requirement.level)) / requirement.level;
    if (level < requirement.level) gaps.push({ competencyId: requirement.competencyId, required: requirement.level, held: level, isCore: requirement.isCore });
  }
  gaps.sort((a, b) => Number(b.isCore) - Number(a.isCore) || b.required - b.held - (a.required - a.held) || a.competencyId - b.competencyId);
  return { score: total === 0 ? 1 : reached / total, gaps };
}

/**
 * The grid a person must meet to hold two (or three) jobs at once, e.g. a pooled position: every
 * competency any of them requires, at the highest level asked, core when core in any.
 */
export function combinedGrid(grids: readonly (readonly Requirement[])[]): Requirement[] {
  const byId = new Map<number, Requirement>();
  for (const grid of grids)
    for (const requirement of grid) {
      const known = byId.get(requirement.competencyId);
      byId.set(requirement.competencyId, {
        competencyId: requirement.competencyId,
        level: Math.max(known?.level ?? 0, requirement.level),
        isCore: (known?.isCore ?? false) || requirement.isCore,
      });
    }
  return [...byId.values()].sort((a, b) => a.competencyId - b.competencyId);
}
