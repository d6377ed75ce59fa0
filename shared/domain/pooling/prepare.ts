import { monthPositions, monthsOfPeriod } from './months';
import { resolvePoolingSettings } from './settings';
import type { Month, PoolingFilter, PoolingInput, PoolingOccupation, PoolingSeriesInput, PoolingSettings, PoolingStructure } from './types';

/** Hours and contracts of one structure for one occupation, one slot per month of the period. */
export type StructureSeries = { structure: PoolingStructure; hours: Float64Array; contracts: Float64Array; total: number };

/** The input once filtered and indexed: every later step reads this, never the raw rows. */
export type PreparedData = {
  settings: PoolingSettings;
  months: Month[];
  /** Hours of one FTE over one month: fteHoursPerYear / 12. */
  hoursPerFteMonth: number;
  structures: Map<number, PoolingStructure>;
  occupations: Map<string, PoolingOccupation>;
  /** occupationKey → structureId → series; only pairs with some hours in the period. */
  series: Map<string, Map<number, StructureSeries>>;
  /** Rows naming an unknown structure or occupation, or with hours that are not a number ≥ 0. */
  ignoredVolumes: number;
};

const wants = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);

const keepsStructure = (filter: PoolingFilter, structure: PoolingStructure) =>
  wants(filter.structureIds, structure.id) &&
  wants(filter.epciCodes, structure.epciCode) &&
  (!filter.structureTypes?.length || (structure.type !== null && filter.structureTypes.includes(structure.type))) &&
  (!filter.fields?.length || (structure.field !== null && filter.fields.includes(structure.field)));

const keepsOccupation = (filter: PoolingFilter, occupation: PoolingOccupation) =>
  wants(filter.occupationKeys, occupation.key) && wants(filter.families, occupation.family);

/**
 * Occupations in the order of the occupation list, each one's structures by id: whatever order
 * the data was read in (rows, stored series), sums and rankings come out the same, to the last bit.
 */
function inCanonicalOrder(series: Map<string, Map<number, StructureSeries>>, occupations: ReadonlyMap<string, PoolingOccupation>): Map<string, Map<number, StructureSeries>> {
  const ordered = new Map<string, Map<number, StructureSeries>>();
  for (const key of occupations.keys()) {
    const byStructure = series.get(key);
    if (byStructure) ordered.set(key, new Map([...byStructure].sort(([a], [b]) => a - b)));
  }
  return ordered;
}

export function prepare(input: PoolingInput): PreparedData {
  const settings = resolvePoolingSettings(input.settings);
  const filter = input.filter ?? {};
  const months = monthsOfPeriod(input.period);
  const position = monthPositions(months);
  const knownStructures = new Set(input.structures.map((structure) => structure.id));
  const knownOccupations = new Set(input.occupations.map((occupation) => occupation.key));
  const structures = new Map(input.structures.filter((s) => keepsStructure(filter, s)).map((s) => [s.id, s]));
  const occupations = new Map(input.occupations.filter((o) => keepsOccupation(filter, o)).map((o) => [o.key, o]));
  const series = new Map<string, Map<number, StructureSeries>>();
  let ignoredVolumes = 0;

  for (const volume of input.volumes) {
    if (!knownStructures.has(volume.structureId) || !knownOccupations.has(volume.occupationKey) || !(volume.hours >= 0) || !Number.isFinite(volume.hours)) {
      ignoredVolumes += 1;
      continue;
    }
    const slot = position.get(volume.month);
    const structure = structures.get(volume.structureId);
    if (slot === undefined || !structure || !occupations.has(volume.occupationKey)) continue; // outside the period or filtered out
    let byStructure = series.get(volume.occupationKey);
    if (!byStructure) series.set(volume.occupationKey, (byStructure = new Map()));
    let line = byStructure.get(volume.structureId);
    if (!line) {
      line = { structure, hours: new Float64Array(months.length), contracts: new Float64Array(months.length), total: 0 };
      byStructure.set(volume.structureId, line);
    }
    line.hours[slot] = (line.hours[slot] ?? 0) + volume.hours;
    line.contracts[slot] = (line.contracts[slot] ?? 0) + (volume.contracts ?? 0);
    line.total += volume.hours;
  }
  // A structure whose rows for the occupation are all empty (0 h, no contract) did not use it.
  for (const [key, byStructure] of series) {
    for (const [id, line] of byStructure) if (line.total <= 0 && !line.contracts.some((value) => value > 0)) byStructure.delete(id);
    if (byStructure.size === 0) series.delete(key);
  }
  return { settings, months, hoursPerFteMonth: settings.fteHoursPerYear / 12, structures, occupations, series: inCanonicalOrder(series, occupations), ignoredVolumes };
}

/**
 * The same prepared data from series the store has already summed per occupation and structure
 * (one Float64Array per pair instead of one object per row).
 */
const noContracts = new Float64Array(0);

export function prepareSeries(input: PoolingSeriesInput): PreparedData {
  const settings = resolvePoolingSettings(input.settings);
  const filter = input.filter ?? {};
  const months = monthsOfPeriod(input.period);
  const structures = new Map(input.structures.filter((s) => keepsStructure(filter, s)).map((s) => [s.id, s]));
  const occupations = new Map(input.occupations.filter((o) => keepsOccupation(filter, o)).map((o) => [o.key, o]));
  const series = new Map<string, Map<number, StructureSeries>>();
  for (const line of input.series) {
    const structure = structures.get(line.structureId);
    if (!structure || !occupations.has(line.occupationKey) || line.hours.length !== months.length) continue;
    let total = line.total;
    if (total === undefined) {
      total = 0;
      for (let i = 0; i < line.hours.length; i += 1) total += line.hours[i] ?? 0;
    }
    const contracts = line.contracts ?? noContracts;
    // A structure whose rows for the occupation are all empty (0 h, no contract) did not use it.
    if (total <= 0 && !contracts.some((value) => value > 0)) continue;
    let byStructure = series.get(line.occupationKey);
    if (!byStructure) series.set(line.occupationKey, (byStructure = new Map()));
    byStructure.set(line.structureId, { structure, hours: line.hours, contracts, total });
  }
  return { settings, months, hoursPerFteMonth: settings.fteHoursPerYear / 12, structures, occupations, series: inCanonicalOrder(series, occupations), ignoredVolumes: input.ignoredVolumes ?? 0 };
}

/**
 * Series from CDD rows, as prepare() reads them (rows outside the period skipped, unknown or
 * invalid ones counted as ignored), before any filter: for callers that hold rows and tests.
 */
export function seriesOf(input: PoolingInput): PoolingSeriesInput {
  const months = monthsOfPeriod(input.period);
  const position = monthPositions(months);
  const knownStructures = new Set(input.structures.map((structure) => structure.id));
  const knownOccupations = new Set(input.occupations.map((occupation) => occupation.key));
  const byKey = new Map<string, { occupationKey: string; structureId: number; hours: Float64Array; contracts: Float64Array; total: number }>();
  let ignoredVolumes = 0;
  for (const volume of input.volumes) {
    if (!knownStructures.has(volume.structureId) || !knownOccupations.has(volume.occupationKey) || !(volume.hours >= 0) || !Number.isFinite(volume.hours)) {
      ignoredVolumes += 1;
      continue;
    }
    const slot = position.get(volume.month);
    if (slot === undefined) continue;
    const key = `${volume.occupationKey}\u0000${volume.structureId}`;
    let line = byKey.get(key);
    if (!line) byKey.set(key, (line = { occupationKey: volume.occupationKey, structureId: volume.structureId, hours: new Float64Array(months.length), contracts: new Float64Array(months.length), total: 0 }));
    line.hours[slot] = (line.hours[slot] ?? 0) + volume.hours;
    line.contracts[slot] = (line.contracts[slot] ?? 0) + (volume.contracts ?? 0);
    line.total += volume.hours;
  }
  // Map order = order of each pair's first row: the order in which prepare() creates its lines.
  const series = [...byKey.values()];
  const { volumes: _volumes, ...rest } = input;
  return { ...rest, series, ignoredVolumes };
}

/** FTE of a number of hours over a number of months: hours / (fteHoursPerYear × months / 12). */
export const fteOf = (hours: number, months: number, fteHoursPerYear: number) => (months > 0 ? hours / ((fteHoursPerYear * months) / 12) : 0);

/** The structures that need hours of the occupation: the analysis ignores contracts declared without hours. */
export const linesWithHours = (byStructure: ReadonlyMap<number, StructureSeries>) => [...byStructure.values()].filter((line) => line.total > 0);
