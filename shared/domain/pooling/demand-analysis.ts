import { formatInteger, formatOneDecimal, formatPercent } from '../../format/numbers';
import { frenchOrder } from './areas';
import { positionsTable, recommendedPositions } from './occupancy';
import { fteOf, type PreparedData, type StructureSeries } from './prepare';
import { demandSentence } from './sentences';
import type { DemandAnalysis, PoolingArea } from './types';

type Subject = DemandAnalysis['subject'];

/** Monthly combined hours of a set of structure series. */
export function combinedHours(lines: readonly StructureSeries[], monthCount: number): number[] {
  const hours = new Array<number>(monthCount).fill(0);
  for (const line of lines) for (let i = 0; i < monthCount; i += 1) hours[i] = (hours[i] ?? 0) + (line.hours[i] ?? 0);
  return hours;
}

/*
 * One occupation (or family) in one area: combined FTE, structures, peak and trough months, and
 * the occupancy of 1..n pooled positions (occupancy.ts).
 *
 * Candidate when all three thresholds hold: combined FTE ≥ minCombinedFte, structures ≥
 * minStructures, occupancy of one position ≥ minOccupancy. Score = combined FTE × occupancy of
 * one position: the hours a pooled position would really absorb, weighted by how sure it is to
 * be busy; candidates are listed before the others whatever their score.
 */
export function analyseDemand(data: PreparedData, subject: Subject, area: PoolingArea, lines: readonly StructureSeries[]): DemandAnalysis {
  const { months, settings } = data;
  const hoursByMonth = combinedHours(lines, months.length);
  const hours = hoursByMonth.reduce((total, value) => total + value, 0);
  const combinedFte = fteOf(hours, months.length, settings.fteHoursPerYear);
  const structureIds = [...new Set(lines.map((line) => line.structure.id))];
  const positions = positionsTable(hoursByMonth, settings.maxHoursPerMonth, settings.maxPositions);
  const occupancy = positions[0]?.occupancy ?? 0;
  let peak = 0;
  let trough = 0;
  hoursByMonth.forEach((value, i) => {
    if (value > (hoursByMonth[peak] ?? 0)) peak = i;
    if (value < (hoursByMonth[trough] ?? 0)) trough = i;
  });

  const reasons: string[] = [];
  if (combinedFte < settings.minCombinedFte)
    reasons.push(`Volume cumulé trop faible : ${formatOneDecimal(combinedFte)} ETP (minimum ${formatOneDecimal(settings.minCombinedFte)} ETP).`);
  if (structureIds.length < settings.minStructures)
    reasons.push(`${structureIds.length <= 1 ? `${structureIds.length === 0 ? 'Aucune' : 'Une seule'} structure concernée` : `${structureIds.length} structures concernées`} (minimum ${formatInteger(settings.minStructures)}).`);
  if (occupancy < settings.minOccupancy)
    reasons.push(`Un poste mutualisé ne serait occupé qu’à ${formatPercent(occupancy)} (minimum ${formatPercent(settings.minOccupancy)}).`);

  const analysis = {
    subject,
    area,
    hours,
    combinedFte,
    structureCount: structureIds.length,
    peak: { month: months[peak] ?? '', hours: hoursByMonth[peak] ?? 0 },
    trough: { month: months[trough] ?? '', hours: hoursByMonth[trough] ?? 0 },
    positions,
    recommendedPositions: recommendedPositions(positions, settings.minOccupancy),
    isCandidate: reasons.length === 0,
    reasons,
    score: combinedFte * occupancy,
  };
  return { ...analysis, sentence: demandSentence(analysis, months.length) };
}

/** Candidates first, then by score, then by label (stable for the screens and the tests). */
export const byRank = (a: DemandAnalysis, b: DemandAnalysis) =>
  Number(b.isCandidate) - Number(a.isCandidate) || b.score - a.score || frenchOrder.compare(a.subject.label, b.subject.label);
