import { occupationFamilies, type OccupationFamily } from '../occupations/families';
import { fteOf, prepare, prepareSeries, type PreparedData, type StructureSeries } from './prepare';
import type { ConsolidatedFamily, ConsolidatedOccupation, Consolidation, ConsolidationCell, DrillDownLine, MonthVolume, Period, PoolingInput, PoolingSeriesInput, Volume } from './types';

// Accumulates hours and contracts month by month; FTE is derived at the end so that totals
// stay exact sums of the parts (FTE of a sum = sum of FTEs, same divisor).
type Accumulator = { hours: Float64Array; contracts: Float64Array; structureIds: Set<number> };

const newAccumulator = (months: number): Accumulator => ({ hours: new Float64Array(months), contracts: new Float64Array(months), structureIds: new Set() });

function add(into: Accumulator, line: StructureSeries) {
  for (let i = 0; i < into.hours.length; i += 1) {
    into.hours[i] = (into.hours[i] ?? 0) + (line.hours[i] ?? 0);
    into.contracts[i] = (into.contracts[i] ?? 0) + (line.contracts[i] ?? 0);
  }
  into.structureIds.add(line.structure.id);
}

function volumes(data: PreparedData, acc: Accumulator): { byMonth: MonthVolume[]; total: Volume; structureCount: number } {
  const { months, settings } = data;
  let hours = 0;
  let contracts = 0;
  const byMonth = months.map((month, i) => {
    const monthHours = acc.hours[i] ?? 0;
    const monthContracts = acc.contracts[i] ?? 0;
    hours += monthHours;
    contracts += monthContracts;
    return { month, hours: monthHours, fte: fteOf(monthHours, 1, settings.fteHoursPerYear), contracts: monthContracts };
  });
  return { byMonth, total: { hours, contracts, fte: fteOf(hours, months.length, settings.fteHoursPerYear) }, structureCount: acc.structureIds.size };
}

/** The grid of hours and FTE by occupation × month, with family rows and totals (issue 3, section 4). */
export function consolidate(input: PoolingInput): Consolidation {
  return consolidatePrepared(prepare(input), input.period);
}

/** The same grid from per-(occupation, structure) monthly series (with their contracts). */
export function consolidateSeries(input: PoolingSeriesInput): Consolidation {
  return consolidatePrepared(prepareSeries(input), input.period);
}

function consolidatePrepared(data: PreparedData, period: Period): Consolidation {
  const count = data.months.length;
  const all = newAccumulator(count);
  const byFamily = new Map<OccupationFamily, Accumulator>();
  const occupations: ConsolidatedOccupation[] = [];

  for (const [key, byStructure] of data.series) {
    const occupation = data.occupations.get(key);
    if (!occupation) continue;
    const acc = newAccumulator(count);
    let familyAcc = byFamily.get(occupation.family);
    if (!familyAcc) byFamily.set(occupation.family, (familyAcc = newAccumulator(count)));
    for (const line of byStructure.values()) {
      add(acc, line);
      add(familyAcc, line);
      add(all, line);
    }
    occupations.push({ occupationKey: key, label: occupation.label, family: occupation.family, ...volumes(data, acc) });
  }
  occupations.sort((a, b) => b.total.hours - a.total.hours || a.label.localeCompare(b.label, 'fr'));
  const families: ConsolidatedFamily[] = [...byFamily]
    .map(([family, acc]) => ({ family, label: occupationFamilies[family], ...volumes(data, acc) }))
    .sort((a, b) => b.total.hours - a.total.hours);
  const totals = volumes(data, all);

  return {
    period,
    months: data.months,
    hoursPerFte: data.settings.fteHoursPerYear,
    occupations,
    families,
    byMonth: totals.byMonth,
    total: totals.total,
    structureCount: totals.structureCount,
    ignoredVolumes: data.ignoredVolumes,
  };
}

/** The structures behind one cell of the consolidated grid, most hours first. */
export function drillDown(input: PoolingInput, cell: ConsolidationCell): DrillDownLine[] {
  return drillDownPrepared(prepare(input), cell);
}

/** The same from per-(occupation, structure) monthly series (with their contracts). */
export function drillDownSeries(input: PoolingSeriesInput, cell: ConsolidationCell): DrillDownLine[] {
  return drillDownPrepared(prepareSeries(input), cell);
}

function drillDownPrepared(data: PreparedData, cell: ConsolidationCell): DrillDownLine[] {
  const slot = cell.month === undefined ? -1 : data.months.indexOf(cell.month);
  if (cell.month !== undefined && slot < 0) return [];
  const monthCount = slot < 0 ? data.months.length : 1;
  const lines = new Map<number, DrillDownLine>();

  for (const [key, byStructure] of data.series) {
    const occupation = data.occupations.get(key);
    if (!occupation || (cell.occupationKey !== undefined && cell.occupationKey !== key) || (cell.family !== undefined && cell.family !== occupation.family)) continue;
    for (const line of byStructure.values()) {
      const hours = slot < 0 ? sum(line.hours) : (line.hours[slot] ?? 0);
      const contracts = slot < 0 ? sum(line.contracts) : (line.contracts[slot] ?? 0);
      if (hours <= 0 && contracts <= 0) continue;
      const entry = lines.get(line.structure.id) ?? { structureId: line.structure.id, name: line.structure.name, epciCode: line.structure.epciCode, hours: 0, fte: 0, contracts: 0 };
      entry.hours += hours;
      entry.contracts += contracts;
      lines.set(line.structure.id, entry);
    }
  }
  return [...lines.values()]
    .map((line) => ({ ...line, fte: fteOf(line.hours, monthCount, data.settings.fteHoursPerYear) }))
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, 'fr'));
}

const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);
