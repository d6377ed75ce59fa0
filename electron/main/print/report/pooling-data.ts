import type { Consolidation, PooledPositionProposal, PoolingAnalysis, ProposalMonth } from '../../../../shared/domain/pooling/types';
import { cddFiltersSchema } from '../../../../shared/api/cdd';
import { consolidateSeries, proposalPlan } from '../../../../shared/domain/pooling';
import type { AssociationFile } from '../../store/association-file';
import { defaultPeriod, loadConsolidationInput } from '../../store/cdd/queries';
import { ensureOccupations } from '../../store/cdd/seed-occupations';
import { readCddSettings } from '../../store/cdd/settings';
import { analyse } from '../../workers/analysis';

export type PlannedProposal = { proposal: PooledPositionProposal; plan: ProposalMonth[] };
export type PoolingReportData = {
  analysis: PoolingAnalysis;
  consolidation: Consolidation;
  /** The candidate pooled positions, each with its month-by-month plan. */
  proposals: PlannedProposal[];
  structureNames: Map<number, string>;
};

/** How many pooled positions the report details (the best ones first, as the screen ranks them). */
const maxDetailed = 12;

/**
 * The same analysis as the « Mutualisation » tab, with the saved thresholds, over every month with
 * data: run where the screen runs it (the analysis worker when it is there), then the concrete
 * month-by-month plan of each candidate position.
 */
export async function poolingReportData(file: AssociationFile, now: Date): Promise<PoolingReportData> {
  ensureOccupations(file.db, now);
  const saved = readCddSettings(file.db);
  const settings = {
    fteHoursPerYear: saved.fteHoursPerYear,
    maxHoursPerMonth: saved.maxHoursPerMonth ?? undefined,
    minCombinedFte: saved.minCombinedFte,
    minStructures: saved.minStructures,
    minOccupancy: saved.minOccupancy,
    maxDistanceKm: saved.maxDistanceKm,
  };
  const period = defaultPeriod(file.db, now);
  const filters = cddFiltersSchema.parse(undefined) as Parameters<typeof loadConsolidationInput>[2];
  const run = await analyse(file, { period, filters, settings, areas: 'both', withConsolidation: true });
  const input = loadConsolidationInput(file.db, period, filters, settings);
  const consolidation = run.consolidation ?? consolidateSeries(input);
  const proposals = run.analysis.proposals
    .filter((proposal) => proposal.isCandidate)
    .slice(0, maxDetailed)
    .map((proposal) => ({ proposal, plan: proposalPlan(input, proposal.occupationKey, proposal.structures.map((s) => s.structureId)) ?? [] }));
  const structureNames = new Map((file.db.prepare('SELECT id, name FROM structure').all() as { id: number; name: string }[]).map((row) => [row.id, row.name]));
  return { analysis: run.analysis, consolidation, proposals, structureNames };
}
