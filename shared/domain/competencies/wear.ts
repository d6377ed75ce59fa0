// Professional wear (usure professionnelle, issue 10 §3): each occupation carries wear factors
// scored 0–3; bridges from a high-wear occupation towards lower-wear ones are suggested as career
// paths. Pure.

export const wearFactors = [
  { key: 'physical', label: 'Charge physique' },
  { key: 'night', label: 'Travail de nuit' },
  { key: 'isolation', label: 'Isolement' },
  { key: 'emotional', label: 'Charge émotionnelle' },
] as const;

export type WearFactorKey = (typeof wearFactors)[number]['key'];
export type Wear = Record<WearFactorKey, number>;

export const noWear: Wear = { physical: 0, night: 0, isolation: 0, emotional: 0 };

/** Sum of the factors, 0 (none) to 12. */
export const wearScore = (wear: Wear) => wearFactors.reduce((sum, factor) => sum + (wear[factor.key] ?? 0), 0);

/** At or above this score an occupation counts as « usante » and its career paths are suggested. */
export const HIGH_WEAR = 6;

export type CareerPath = { fromId: number; toId: number; score: number; wearFrom: number; wearTo: number };

/**
 * From each high-wear occupation, the reachable occupations with a lower wear score, nearest
 * first; `minScore` keeps only the realistic ones (default half of the target's grid held).
 */
export function careerPaths(
  wearOf: ReadonlyMap<number, Wear>,
  scoreOf: (fromId: number, toId: number) => number,
  ids: readonly number[],
  { minScore = 0.5, limit = 5 }: { minScore?: number; limit?: number } = {},
): CareerPath[] {
  const paths: CareerPath[] = [];
  for (const fromId of ids) {
    const wearFrom = wearScore(wearOf.get(fromId) ?? noWear);
    if (wearFrom < HIGH_WEAR) continue;
    const options = ids
      .filter((toId) => toId !== fromId)
      .map((toId) => ({ fromId, toId, score: scoreOf(fromId, toId), wearFrom, wearTo: wearScore(wearOf.get(toId) ?? noWear) }))
      .filter((path) => path.wearTo < wearFrom && path.score >= minScore)
      .sort((a, b) => b.score - a.score || a.wearTo - b.wearTo || a.toId - b.toId)
      .slice(0, limit);
    paths.push(...options);
  }
  return paths;
}
