import type { StructureSeries } from './prepare';
import type { AreaMode, PoolingArea } from './types';

/** The same order as localeCompare(…, 'fr'), without building a collator per comparison. */
export const frenchOrder = new Intl.Collator('fr');

export type AreaGroup = { area: PoolingArea; lines: StructureSeries[] };

/** The whole territory and/or one group per EPCI; structures without an EPCI only count for the territory. */
export function groupByArea(lines: readonly StructureSeries[], mode: AreaMode): AreaGroup[] {
  const groups: AreaGroup[] = [];
  if (mode !== 'epci') groups.push({ area: { kind: 'territory' }, lines: [...lines] });
  if (mode === 'territory') return groups;
  const byEpci = new Map<string, AreaGroup>();
  for (const line of lines) {
    const { epciCode, epciName } = line.structure;
    if (!epciCode) continue;
    let group = byEpci.get(epciCode);
    if (!group) byEpci.set(epciCode, (group = { area: { kind: 'epci', epciCode, epciName: epciName ?? '' }, lines: [] }));
    group.lines.push(line);
  }
  return [...groups, ...[...byEpci.values()].sort((a, b) => frenchOrder.compare(areaName(a.area), areaName(b.area)))];
}

const areaName = (area: PoolingArea) => (area.kind === 'epci' ? area.epciName || area.epciCode : '');

/** A stable text key for an area, for grouping and React keys. */
export const areaKey = (area: PoolingArea) => (area.kind === 'epci' ? `epci:${area.epciCode}` : area.kind === 'distance' ? `distance:${area.maxDistanceKm}` : 'territory');
