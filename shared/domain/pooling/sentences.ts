import { formatFte as fteValue, formatHours as hoursValue, formatInteger, formatPercent } from '../../format/numbers';
import { plural } from '../../format/plural';
import type { DemandAnalysis, Month, PooledPositionProposal, PoolingArea } from './types';

// French sentences a coordinator pastes into a report. Numbers follow Intl fr-FR (decimal comma,
// narrow no-break space before %); units are joined by a no-break space so "40 h" never wraps.
const NBSP = '\u00a0';

const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });
const monthNameWithYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

// A regional analysis names a month in thousands of sentences: each name is formatted once.
const monthNames = new Map<string, string>();

/** "2025-08" → "août", or "août 2025" when the period spans several calendar years. */
export function formatMonthName(month: Month, withYear: boolean): string {
  const key = `${month}|${withYear}`;
  let name = monthNames.get(key);
  if (name === undefined) {
    const date = new Date(`${month}-01T00:00:00Z`);
    name = Number.isNaN(date.getTime()) ? month : (withYear ? monthNameWithYear : monthName).format(date);
    if (monthNames.size < 10_000) monthNames.set(key, name);
  }
  return name;
}

// One rule per quantity (issue 7): hours with 1 decimal, FTE with 2, percentages whole.
export const formatHours = (hours: number) => `${hoursValue(hours)}${NBSP}h`;
export const formatFte = (fte: number) => `${fteValue(fte)}${NBSP}ETP`;
const formatMonths = (count: number) => `${formatInteger(count)}${NBSP}mois`;

/** True when the months do not all fall in one calendar year (month names then need the year). */
export function spansSeveralYears(months: readonly Month[]): boolean {
  const first = months[0]?.slice(0, 4);
  for (const month of months) if (month.slice(0, 4) !== first) return true;
  return false;
}

/** "A", "A et B", "A, B et C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

const areaSuffix = (area: PoolingArea) => (area.kind === 'epci' ? ` (${area.epciName || area.epciCode})` : '');

const structuresPhrase = (count: number) => (count === 1 ? 'une structure' : `${formatInteger(count)} structures`);

/** "Agent de service : 3,4 ETP cumulés dans 9 structures ; un poste mutualisé à temps plein serait occupé à 92 % sur 12 mois." */
export function demandSentence(analysis: Omit<DemandAnalysis, 'sentence'>, monthCount: number): string {
  const label = analysis.subject.label;
  const one = analysis.positions[0];
  let sentence =
    `${label}${areaSuffix(analysis.area)} : ${formatFte(analysis.combinedFte)} ${plural(analysis.combinedFte, 'cumulé', 'cumulés')} dans ${structuresPhrase(analysis.structureCount)} ; ` +
    `un poste mutualisé à temps plein serait occupé à ${formatPercent(one?.occupancy ?? 0)} sur ${formatMonths(monthCount)}`;
  const many = analysis.positions[analysis.recommendedPositions - 1];
  if (analysis.recommendedPositions > 1 && many) {
    sentence += ` ; ${formatInteger(analysis.recommendedPositions)} postes mutualisés seraient occupés à ${formatPercent(many.occupancy)}`;
  }
  return `${sentence}.`;
}

function wherePhrase(proposal: Omit<PooledPositionProposal, 'sentence'>): string {
  if (proposal.area.kind === 'epci') return 'même EPCI';
  if (proposal.maxDistanceKm === null) return 'même EPCI';
  return `à ${formatInteger(Math.max(1, Math.round(proposal.maxDistanceKm)))}${NBSP}km au plus l’une de l’autre`;
}

function unservedPhrase(proposal: Omit<PooledPositionProposal, 'sentence'>, withYear: boolean): string {
  const worst = proposal.worstUnservedMonth;
  if (proposal.monthsWithUnservedHours === 0 || !worst) return 'sans heures non couvertes';
  if (proposal.monthsWithUnservedHours === 1) return `avec ${formatHours(worst.hours)} non couvertes en ${formatMonthName(worst.month, withYear)}`;
  return `avec ${formatHours(proposal.unservedHours)} non couvertes, surtout en ${formatMonthName(worst.month, withYear)} (${formatHours(worst.hours)})`;
}

/** "Agent de service : un poste partagé entre A et B (même EPCI) serait occupé à 87 % sur 12 mois, avec 40 h non couvertes en août." */
export function proposalSentence(proposal: Omit<PooledPositionProposal, 'sentence'>, months: readonly Month[]): string {
  const withYear = spansSeveralYears(months);
  const names = joinNames(proposal.structures.map((structure) => structure.name));
  return (
    `${proposal.label} : un poste partagé entre ${names} (${wherePhrase(proposal)}) serait occupé à ${formatPercent(proposal.occupancy)} ` +
    `sur ${formatMonths(months.length)}, ${unservedPhrase(proposal, withYear)}.`
  );
}
