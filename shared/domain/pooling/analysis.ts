import { occupationFamilies, type OccupationFamily } from '../occupations/families';
import { groupByArea } from './areas';
import { analyseDemand, byRank } from './demand-analysis';
import { linesWithHours, prepare, prepareSeries, type PreparedData, type StructureSeries } from './prepare';
import { isOwnPart, occupationParts } from './parts';
import { byProposalRank, proposePositionsFor } from './proposals';
import type { DemandAnalysis, DistanceKm, Period, PoolingAnalysis, PoolingAnalysisOptions, PoolingInput, PoolingSeriesInput } from './types';

/** The pooling analysis of issue 3, section 5: per occupation and area, per family, and concrete positions. */
export function analysePooling(input: PoolingInput, options: PoolingAnalysisOptions = {}): PoolingAnalysis {
  return analysePrepared(prepare(input), input.period, options, input.distanceKm);
}

/** The same analysis from per-(occupation, structure) monthly series (what the store reads for a regional file). */
export function analysePoolingSeries(input: PoolingSeriesInput, options: PoolingAnalysisOptions = {}): PoolingAnalysis {
  return analysePrepared(prepareSeries(input), input.period, options, input.distanceKm);
}

function analysePrepared(data: PreparedData, period: Period, options: PoolingAnalysisOptions, distanceKm: DistanceKm | undefined): PoolingAnalysis {
  const areas = options.areas ?? 'both';
  const { part } = options;
  const parts = part && part.count > 1 ? occupationParts(data, part.count) : null;
  const isMine = (key: string) => isOwnPart(part, parts, key);

  const occupations: DemandAnalysis[] = [];
  const familyLines = new Map<OccupationFamily, StructureSeries[]>();
  for (const [key, byStructure] of data.series) {
    const occupation = data.occupations.get(key);
    const lines = linesWithHours(byStructure);
    if (!occupation || lines.length === 0) continue;
    const subject = { kind: 'occupation', occupationKey: key, label: occupation.label, family: occupation.family } as const;
    if (isMine(key)) for (const group of groupByArea(lines, areas)) occupations.push(analyseDemand(data, subject, group.area, group.lines));
    // A regulated occupation stands alone: no one without its diploma can take its hours.
    if (occupation.isRegulated) continue;
    const family = familyLines.get(occupation.family);
    if (family) for (const line of lines) family.push(line);
    else familyLines.set(occupation.family, [...lines]);
  }

  const families: DemandAnalysis[] = [];
  if ((options.withFamilies ?? true) && (part?.index ?? 0) === 0) {
    for (const [family, lines] of familyLines) {
      const subject = { kind: 'family', family, label: occupationFamilies[family] } as const;
      // A structure appears once per occupation of the family; the EPCI grouping keeps them all, which sums their hours.
      for (const group of groupByArea(lines, areas)) families.push(analyseDemand(data, subject, group.area, group.lines));
    }
  }

  const proposalKeys = (
    options.proposalsFor ?? [...new Set(occupations.filter((a) => a.isCandidate && a.subject.kind === 'occupation').map((a) => (a.subject.kind === 'occupation' ? a.subject.occupationKey : '')))]
  ).filter(isMine);
  const proposals = proposalKeys.flatMap((key) => proposePositionsFor(data, key, distanceKm, options.maxProposalsPerOccupation)).sort(byProposalRank);

  return {
    period,
    months: data.months,
    settings: data.settings,
    occupations: occupations.sort(byRank),
    families: families.sort(byRank),
    proposals,
  };
}
