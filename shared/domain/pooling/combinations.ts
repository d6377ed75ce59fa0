import type { StructureSeries } from './prepare';
import type { DistanceKm } from './types';

/*
 * Which 2- and 3-structure combinations are worth evaluating. Employer groups rarely share one
 * person between more than 3 structures (DOMAIN.md), and a regional file may hold 2,000 of them,
 * so the search is bounded: per occupation and area, only the `limit` structures with the most
 * hours are combined (C(12,2) + C(12,3) = 286 combinations at the default), which keeps the work
 * linear in the number of areas rather than cubic in the number of structures.
 */
export type Combination = { lines: StructureSeries[]; maxDistanceKm: number | null };

export const byVolume = (a: StructureSeries, b: StructureSeries) => b.total - a.total || a.structure.id - b.structure.id;

/** Pairs and triples among the `limit` biggest users of the occupation in one EPCI. */
export function* combinationsWithin(lines: readonly StructureSeries[], limit: number): Generator<Combination> {
  const top = [...lines].sort(byVolume).slice(0, limit);
  for (let i = 0; i < top.length; i += 1) {
    for (let j = i + 1; j < top.length; j += 1) {
      const a = top[i];
      const b = top[j];
      if (!a || !b) continue;
      yield { lines: [a, b], maxDistanceKm: null };
      for (let k = j + 1; k < top.length; k += 1) {
        const c = top[k];
        if (c) yield { lines: [a, b, c], maxDistanceKm: null };
      }
    }
  }
}

/**
 * Pairs and triples whose structures are all within `maxKm` of each other (or share an EPCI when
 * the distance is unknown). Each of the `limit × 4` biggest users anchors a search among its
 * `limit − 1` biggest neighbours, so small structures are found next to a big one; a
 * combination reached from two anchors is kept once.
 */
export function* combinationsNear(lines: readonly StructureSeries[], limit: number, maxKm: number, distanceKm: DistanceKm): Generator<Combination> {
  const sorted = [...lines].sort(byVolume);
  const cache = new Map<string, number | null>();
  const distance = (a: StructureSeries, b: StructureSeries): number | null => {
    const key = a.structure.id < b.structure.id ? `${a.structure.id}:${b.structure.id}` : `${b.structure.id}:${a.structure.id}`;
    if (!cache.has(key)) cache.set(key, distanceKm(a.structure, b.structure));
    return cache.get(key) ?? null;
  };
  const isNear = (a: StructureSeries, b: StructureSeries) => {
    const km = distance(a, b);
    return km === null ? a.structure.epciCode !== '' && a.structure.epciCode === b.structure.epciCode : km <= maxKm;
  };
  const spread = (group: StructureSeries[]) => {
    let max: number | null = null;
    for (let i = 0; i < group.length; i += 1)
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i];
        const b = group[j];
        const km = a && b ? distance(a, b) : null;
        if (km !== null) max = Math.max(max ?? 0, km);
      }
    return max;
  };
  const seen = new Set<string>();
  const emit = (group: StructureSeries[]): Combination | null => {
    const key = group.map((line) => line.structure.id).sort((x, y) => x - y).join(',');
    if (seen.has(key)) return null;
    seen.add(key);
    return { lines: group, maxDistanceKm: spread(group) };
  };

  for (const anchor of sorted.slice(0, limit * 4)) {
    const neighbours = sorted.filter((line) => line !== anchor && isNear(anchor, line)).slice(0, limit - 1);
    for (let i = 0; i < neighbours.length; i += 1) {
      const b = neighbours[i];
      if (!b) continue;
      const pair = emit([anchor, b]);
      if (pair) yield pair;
      for (let j = i + 1; j < neighbours.length; j += 1) {
        const c = neighbours[j];
        if (!c || !isNear(b, c)) continue;
        const triple = emit([anchor, b, c]);
        if (triple) yield triple;
      }
    }
  }
}
