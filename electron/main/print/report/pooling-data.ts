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
async function runSavedAnalysis(file: AssociationFile, now: Date, withConsolidation: boolean) {
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
  const run = await analyse(file, { period, filters, settings, areas: 'both', withConsolidation });
  return { run, period, filters, settings };
}

export async function poolingReportData(file: AssociationFile, now: Date): Promise<PoolingReportData> {
  const { run, period, filters, settings } = await runSavedAnalysis(file, now, true);
  const input = loadConsolidationInput(file.db, period, filters, settings);
  const consolidation = run.consolidation ?? consolidateSeries(input);
  const proposals = run.analysis.proposals
    .filter((proposal) => proposal.isCandidate)
    .slice(0, maxDetailed)
    .map((proposal) => ({ proposal, plan: proposalPlan(input, proposal.occupationKey, proposal.structures.map((s) => s.structureId)) ?? [] }));
  const structureNames = new Map((file.db.prepare('SELECT id, name FROM structure').all() as { id: number; name: string }[]).map((row) => [row.id, row.name]));
  return { analysis: run.analysis, consolidation, proposals, structureNames };
}

/** What the analysis reads: when none of it changed, the count of pooled positions is still right. */
const analysisFingerprint = (file: AssociationFile) =>
  JSON.stringify([
    file.path,
    file.db.prepare('SELECT count(*) AS n, coalesce(sum(hours), 0) AS h, coalesce(sum(contracts), 0) AS c, coalesce(max(rowid), 0) AS r FROM cdd_entry').get(),
    file.db.prepare("SELECT group_concat(id || ':' || coalesce(commune_code, '') || ':' || coalesce(updated_at, ''), ',') AS s FROM structure").get(),
    file.db.prepare('SELECT count(*) AS n, coalesce(sum(is_member * year), 0) AS m FROM membership').get(),
    readCddSettings(file.db),
  ]);
const countCache = new Map<string, number>();

/**
 * How many pooled positions the analysis proposes now, with the saved thresholds (the newsletter's
 * key figure); null when no CDD volume is imported yet. The analysis takes up to a second on a
 * big file, and a draft letter is read at every save: the count is kept until its inputs change.
 */
export async function pooledPositionCount(file: AssociationFile, now: Date): Promise<number | null> {
  const { n } = file.db.prepare('SELECT count(*) AS n FROM cdd_entry WHERE hours > 0').get() as { n: number };
  if (n === 0) return null;
  const key = analysisFingerprint(file);
  const known = countCache.get(key);
  if (known !== undefined) return known;
  const { run } = await runSavedAnalysis(file, now, false);
  const count = run.analysis.proposals.filter((proposal) => proposal.isCandidate).length;
  countCache.clear();
  countCache.set(key, count);
  return count;
}
