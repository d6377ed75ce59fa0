import { byRank } from './demand-analysis';
import type { PreparedData } from './prepare';
import { byProposalRank } from './proposals';
import type { AnalysisPart, PoolingAnalysis } from './types';

/*
 * A regional analysis split in parts that run side by side. Occupations are independent of one
 * another, so each part takes some of them, with their proposals; part 0 also takes the families
 * (which need every occupation's rows), so it gets a smaller share of occupations.
 */

/** Part 0's head start: the families cost about a quarter of the whole analysis (measured on a regional file). */
const FAMILIES_SHARE = 0.25;

/**
 * Which part analyses each occupation: heaviest first (rows of structures, the cost of its
 * analysis and of its combinations), each to the least loaded part. Every part computes the same
 * assignment from the same data.
 */
export function occupationParts(data: PreparedData, count: number): Map<string, number> {
  const weights = [...data.series].map(([key, byStructure]) => ({ key, weight: byStructure.size }));
  const total = weights.reduce((sum, entry) => sum + entry.weight, 0);
  const loads = Array.from({ length: count }, (_, index) => (index === 0 && count > 1 ? total * FAMILIES_SHARE : 0));
  const parts = new Map<string, number>();
  for (const { key, weight } of weights.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const part = loads.indexOf(Math.min(...loads));
    parts.set(key, part);
    loads[part] = loads[part]! + weight;
  }
  return parts;
}

export const isOwnPart = (part: AnalysisPart | undefined, parts: Map<string, number> | null, key: string) => !part || !parts || parts.get(key) === part.index;

/**
 * The parts of one analysis as one: the same lists, in the same order, as the analysis run whole.
 * Sorting the parts' lists together is enough: two entries of different occupations never tie
 * (the rankings end on the occupation's key), and those of one occupation come from one part,
 * already in order.
 */
export function mergeAnalysisParts(parts: readonly PoolingAnalysis[]): PoolingAnalysis {
  const [first] = parts;
  if (!first) throw new Error('mergeAnalysisParts: no part');
  return {
    ...first,
    occupations: parts.flatMap((part) => part.occupations).sort(byRank),
    families: parts.flatMap((part) => part.families).sort(byRank),
    proposals: parts.flatMap((part) => part.proposals).sort(byProposalRank),
  };
}
