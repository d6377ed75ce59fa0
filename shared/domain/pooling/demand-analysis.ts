import { formatFte, formatInteger, formatPercent } from '../../format/numbers';
import { frenchOrder } from './areas';
import { positionsTable, recommendedPositions } from './occupancy';
import { fteOf, type PreparedData, type StructureSeries } from './prepare';
import { demandSentence } from './sentences';
import type { DemandAnalysis, PoolingArea } from './types';

type Subject = DemandAnalysis['subject'];

/** Monthly combined hours of a set of structure series (each has one slot per month). */
export function combinedHours(lines: readonly StructureSeries[], monthCount: number): Float64Array {
  const hours = new Float64Array(monthCount);
  for (const line of lines) {
    const own = line.hours;
    for (let i = 0; i < monthCount; i += 1) hours[i] = hours[i]! + own[i]!;
  }
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
  let hours = 0;
  for (let i = 0; i < hoursByMonth.length; i += 1) hours += hoursByMonth[i]!;
  const combinedFte = fteOf(hours, months.length, settings.fteHoursPerYear);
  // A family's lines hold one structure once per occupation it uses: count structures once.
  const structureCount = new Set(lines.map((line) => line.structure.id)).size;
  const positions = positionsTable(hoursByMonth, settings.maxHoursPerMonth, settings.maxPositions);
  const occupancy = positions[0]?.occupancy ?? 0;
  let peak = 0;
  let trough = 0;
  for (let i = 1; i < hoursByMonth.length; i += 1) {
    if (hoursByMonth[i]! > hoursByMonth[peak]!) peak = i;
    if (hoursByMonth[i]! < hoursByMonth[trough]!) trough = i;
  }

  const reasons: string[] = [];
  if (combinedFte < settings.minCombinedFte)
    reasons.push(`Volume cumulé trop faible : ${formatFte(combinedFte)} ETP (minimum ${formatFte(settings.minCombinedFte)} ETP).`);
  if (structureCount < settings.minStructures)
    reasons.push(`${structureCount <= 1 ? `${structureCount === 0 ? 'Aucune' : 'Une seule'} structure concernée` : `${structureCount} structures concernées`} (minimum ${formatInteger(settings.minStructures)}).`);
  if (occupancy < settings.minOccupancy)
    reasons.push(`Un poste mutualisé ne serait occupé qu’à ${formatPercent(occupancy)} (minimum ${formatPercent(settings.minOccupancy)}).`);

  const analysis = {
    subject,
    area,
    hours,
    combinedFte,
    structureCount,
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

/** Two subjects never share a key: the last word of the ranking, so that analyses run in parts merge in one order. */
const subjectKey = (analysis: DemandAnalysis) => (analysis.subject.kind === 'occupation' ? analysis.subject.occupationKey : analysis.subject.family);

/** Candidates first, then by score, then by label (stable for the screens and the tests). */
export const byRank = (a: DemandAnalysis, b: DemandAnalysis) =>
  Number(b.isCandidate) - Number(a.isCandidate) || b.score - a.score || frenchOrder.compare(a.subject.label, b.subject.label) || subjectKey(a).localeCompare(subjectKey(b));
