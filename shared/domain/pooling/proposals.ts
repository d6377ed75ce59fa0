import { formatPercent } from '../../format/numbers';
import { frenchOrder, groupByArea } from './areas';
import { evaluateCombination, servedHoursOf2, servedHoursOf3 } from './assignment';
import { byVolume, combinationsNear, type Combination } from './combinations';
import { linesWithHours, type PreparedData, type StructureSeries } from './prepare';
import { combineRecurrence, recurrenceOf } from './recurrence';
import { joinNames, proposalSentence } from './sentences';
import type { DistanceKm, PooledPositionProposal, PoolingArea, PoolingOccupation } from './types';

/*
 * Score of a combination: occupancy × (1 − overlap / 2), where overlap = unserved / demand.
 * Occupancy says the person is busy; the overlap term prefers structures whose needs come in
 * turn (a combination that leaves half its demand to CDDs is a worse fit than one that leaves
 * none). Ties go to the combination with fewer structures (simpler to run), then to the closer one.
 */
const scoreOf = (occupancy: number, demand: number, unserved: number) => occupancy * (1 - (demand > 0 ? unserved / demand : 0) / 2);

/** A structure that would get less than this share of the person's hours is not really part of the position. */
export const MIN_SHARE_PER_STRUCTURE = 0.1;

type Ranked = { combination: Combination; score: number };

const better = (a: Ranked, b: Ranked) =>
  b.score - a.score || a.combination.lines.length - b.combination.lines.length || (a.combination.maxDistanceKm ?? 0) - (b.combination.maxDistanceKm ?? 0);

/**
 * Keeps the `size` best combinations seen so far, in order, without sorting them all (the search
 * yields hundreds per area): the candidate goes after those it does not beat, as a stable sort would put it.
 */
function keepBest(best: Ranked[], candidate: Ranked, size: number) {
  let at = best.length;
  while (at > 0 && better(candidate, best[at - 1]!) < 0) at -= 1;
  if (at >= size) return;
  best.splice(at, 0, candidate);
  if (best.length > size) best.pop();
}

function toProposal(data: PreparedData, occupation: PoolingOccupation, area: PoolingArea, combination: Combination): PooledPositionProposal {
  const { months, settings } = data;
  const figures = evaluateCombination(combination.lines, months, settings.maxHoursPerMonth);
  const structures = combination.lines.map((line: StructureSeries, index) => ({
    structureId: line.structure.id,
    name: line.structure.name,
    hours: figures.servedByStructure[index] ?? 0,
    recurrence: recurrenceOf(line.hours, months),
  }));
  const recurrence = combineRecurrence(structures.map((structure) => structure.recurrence.status));
  const reasons: string[] = [];
  const warnings: string[] = [];
  if (figures.occupancy < settings.minOccupancy)
    reasons.push(`Le poste ne serait occupé qu’à ${formatPercent(figures.occupancy)} (minimum ${formatPercent(settings.minOccupancy)}).`);
  const idle = structures.filter((structure) => structure.hours < MIN_SHARE_PER_STRUCTURE * figures.servedHours);
  if (idle.length > 0) reasons.push(`${joinNames(idle.map((s) => s.name))} n’aurai${idle.length > 1 ? 'en' : ''}t presque jamais la personne : les autres besoins la prennent.`);
  const oneOff = structures.filter((structure) => structure.recurrence.status === 'one-off');
  if (oneOff.length > 0) reasons.push(`Besoin ponctuel (une seule année sur les données) : ${joinNames(oneOff.map((s) => s.name))}.`);
  if (recurrence === 'single-year-data') warnings.push('Une seule année de données : la récurrence du besoin reste à vérifier.');

  const proposal = {
    occupationKey: occupation.key,
    label: occupation.label,
    area,
    structures,
    maxDistanceKm: combination.maxDistanceKm,
    monthsWithUnservedHours: figures.monthsWithUnservedHours,
    worstUnservedMonth: figures.worstUnservedMonth,
    demandHours: figures.demandHours,
    servedHours: figures.servedHours,
    unservedHours: figures.unservedHours,
    occupancy: figures.occupancy,
    recurrence,
    isCandidate: reasons.length === 0,
    reasons,
    warnings,
    score: scoreOf(figures.occupancy, figures.demandHours, figures.unservedHours),
  };
  return { ...proposal, sentence: proposalSentence(proposal, months) };
}

/** Most proposals returned per occupation (all areas together), best first: enough for a report, small enough to send to the screen. */
export const DEFAULT_MAX_PROPOSALS_PER_OCCUPATION = 25;

/**
 * Concrete pooled positions for one occupation: the best 2–3-structure combinations of each area
 * (same EPCI, or within settings.maxDistanceKm when a distance function is given).
 *
 * Two passes, so a regional file stays fast: every combination is first ranked on its served
 * hours alone (one sum per month, no allocation); only the best are then planned month by month,
 * in rank order, until the occupation has `maxPerOccupation` candidates or each area its
 * settings.maxProposalsPerArea. Combinations that cannot reach minOccupancy are dropped early;
 * those kept may still fail the recurrence or per-structure checks, and then come back with
 * isCandidate false and the reasons.
 */
export function proposePositionsFor(
  data: PreparedData,
  occupationKey: string,
  distanceKm?: DistanceKm,
  maxPerOccupation: number = DEFAULT_MAX_PROPOSALS_PER_OCCUPATION,
): PooledPositionProposal[] {
  const occupation = data.occupations.get(occupationKey);
  const byStructure = data.series.get(occupationKey);
  const lines = byStructure ? linesWithHours(byStructure) : [];
  if (!occupation || lines.length < 2) return [];
  const { months, settings } = data;
  const cap = settings.maxHoursPerMonth;
  const paid = cap * months.length;
  const useDistance = distanceKm !== undefined && settings.maxDistanceKm !== null;
  const size = settings.maxProposalsPerArea * 2;
  const threshold = settings.minOccupancy * paid;
  /** Pass 1 for one combination: served hours only; dropped when it cannot reach minOccupancy or beat the kept ones. */
  const consider = (best: Ranked[], a: StructureSeries, b: StructureSeries, c: StructureSeries | null, demand: number, maxDistanceKm: number | null) => {
    // Never busier than its demand allows (and the overlap term is at most 1): skip the months when that bound cannot beat the last kept.
    const last = best.length >= size ? best[best.length - 1] : undefined;
    if (last && Math.min(1, demand / paid) * (1 + 1e-9) < last.score) return;
    const served = c ? servedHoursOf3(a.hours, b.hours, c.hours, months.length, cap) : servedHoursOf2(a.hours, b.hours, months.length, cap);
    const occupancy = served / paid;
    if (occupancy < settings.minOccupancy) return;
    keepBest(best, { combination: { lines: c ? [a, b, c] : [a, b], maxDistanceKm }, score: scoreOf(occupancy, demand, demand - served) }, size);
  };
  const groups: { area: PoolingArea; best: Ranked[] }[] = [];
  if (useDistance) {
    const best: Ranked[] = [];
    for (const combination of combinationsNear(lines, settings.maxStructuresPerArea, settings.maxDistanceKm ?? 0, distanceKm)) {
      const demand = combination.lines.reduce((total, line) => total + line.total, 0);
      if (paid <= 0 || demand < threshold) continue;
      const [a, b, c] = combination.lines;
      consider(best, a!, b!, c ?? null, demand, combination.maxDistanceKm);
    }
    groups.push({ area: { kind: 'distance', maxDistanceKm: settings.maxDistanceKm ?? 0 }, best });
  } else {
    // The pairs and triples of combinationsWithin, in its order, without a generator or an object per combination.
    for (const group of groupByArea(lines, 'epci')) {
      const top = [...group.lines].sort(byVolume).slice(0, settings.maxStructuresPerArea);
      const best: Ranked[] = [];
      for (let i = 0; i < top.length; i += 1) {
        const a = top[i]!;
        for (let j = i + 1; j < top.length; j += 1) {
          const b = top[j]!;
          const pairDemand = 0 + a.total + b.total;
          if (!(paid <= 0 || pairDemand < threshold)) consider(best, a, b, null, pairDemand, null);
          for (let k = j + 1; k < top.length; k += 1) {
            const c = top[k]!;
            const demand = pairDemand + c.total;
            // Sorted by volume: every later third structure brings less, so none reaches the threshold either.
            if (paid <= 0 || demand < threshold) break;
            consider(best, a, b, c, demand, null);
          }
        }
      }
      groups.push({ area: group.area, best });
    }
  }

  // Pass 1: rank. Keep twice what an area shows: some fail the checks once planned.
  const ranked: (Ranked & { area: PoolingArea; areaIndex: number })[] = [];
  groups.forEach((group, areaIndex) => {
    for (const entry of group.best) ranked.push({ ...entry, area: group.area, areaIndex });
  });
  ranked.sort(better);

  // Pass 2: plan, best first, until enough candidates.
  const proposals: PooledPositionProposal[] = [];
  const shownPerArea = new Map<number, number>();
  let candidates = 0;
  for (const entry of ranked) {
    if (candidates >= maxPerOccupation) break;
    const shown = shownPerArea.get(entry.areaIndex) ?? 0;
    if (shown >= settings.maxProposalsPerArea) continue;
    const proposal = toProposal(data, occupation, entry.area, entry.combination);
    // A failed check does not take an area's place while better-ranked combinations remain.
    if (proposal.isCandidate) {
      candidates += 1;
      shownPerArea.set(entry.areaIndex, shown + 1);
    }
    proposals.push(proposal);
  }
  return proposals.sort(byProposalRank).slice(0, maxPerOccupation);
}

/** Candidates first, then by score; fewer structures first on a tie. */
export const byProposalRank = (a: PooledPositionProposal, b: PooledPositionProposal) =>
  Number(b.isCandidate) - Number(a.isCandidate) ||
  b.score - a.score ||
  a.structures.length - b.structures.length ||
  frenchOrder.compare(a.label, b.label) ||
  a.occupationKey.localeCompare(b.occupationKey);
