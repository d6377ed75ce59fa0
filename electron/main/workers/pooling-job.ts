import type Database from 'better-sqlite3';
import { distanceBetweenLocations } from '../../../shared/domain/location';
import { analysePoolingSeries, consolidateSeries } from '../../../shared/domain/pooling';
import type { AnalysisPart, AreaMode, Consolidation, Period, PoolingAnalysis, PoolingInput, PoolingSeriesInput, PoolingSettings } from '../../../shared/domain/pooling/types';
import { loadPoolingOccupations, loadPoolingSeries, loadPoolingStructures, loadVolumes, type ParsedFilters } from '../store/cdd/queries';
import { writeAnalysisWorkbook } from '../workbooks/cdd-analysis-export';

/**
 * What the consolidation and the analysis read, minus the rows: small and plain (structured-
 * cloneable), so the main process can hand it to a worker that reads the rows itself.
 */
export type PoolingJob = {
  period: Period;
  filters: ParsedFilters;
  settings: Partial<PoolingSettings>;
};

/** Where the export workbook goes, and whose analysis it is. */
export type ExportTarget = { path: string; associationName: string };

/**
 * The analysis, and for the export the consolidated table of the same rows too (read once), and
 * the workbook written where the person chose (in the worker: it takes about half a second for a
 * regional file).
 */
export type AnalysisJob = PoolingJob & { areas?: AreaMode; withConsolidation?: boolean; part?: AnalysisPart; exportTo?: ExportTarget };
export type AnalysisResult = { analysis: PoolingAnalysis; consolidation: Consolidation | null };

/** One step of the analysis, for the progress bar. */
export type JobStep = { label: string; done: number; total: number };
export const analysisSteps = ['Lecture des données CDD', 'Lecture des structures et des métiers', 'Analyse de la mutualisation', 'Consolidation des volumes', 'Écriture du classeur'] as const;

const distanceFor = (settings: Partial<PoolingSettings>) =>
  // Within the distance set, from the structures' FINESS locations (same EPCI for a pair not located).
  typeof settings.maxDistanceKm === 'number' ? distanceBetweenLocations : undefined;

/** What every analysis input carries besides its volumes, whichever way those are read. */
function contextOf(db: Database.Database, job: PoolingJob) {
  return {
    structures: loadPoolingStructures(db),
    occupations: loadPoolingOccupations(db),
    period: job.period,
    settings: job.settings,
    filter: { ...job.filters },
    distanceKm: distanceFor(job.settings),
  };
}

/** The rows the job needs, one object per row: the plain reading the series path is checked against (tests compare both to the last bit). */
export function readPoolingInput(db: Database.Database, job: PoolingJob): PoolingInput {
  return { volumes: loadVolumes(db, job.period, job.filters), ...contextOf(db, job) };
}

const stepsOf = (job: AnalysisJob) => (job.exportTo ? 5 : job.withConsolidation ? 4 : 3);

/**
 * The same rows as monthly series per occupation and structure (the store's compact reader for a
 * regional file), with contracts only when the consolidated table is wanted. Once read, the file
 * is no longer needed.
 */
export function readAnalysisInput(db: Database.Database, job: AnalysisJob, onStep: (step: JobStep) => void = () => {}): PoolingSeriesInput {
  const total = stepsOf(job);
  onStep({ label: analysisSteps[0], done: 0, total });
  const read = loadPoolingSeries(db, job.period, job.filters, { contracts: job.withConsolidation ?? false });
  onStep({ label: analysisSteps[1], done: 1, total });
  return { ...read, ...contextOf(db, job) };
}

/** The pure part, on rows already read. */
export function analyseInput(input: PoolingSeriesInput, job: AnalysisJob, onStep: (step: JobStep) => void = () => {}): AnalysisResult {
  const total = stepsOf(job);
  onStep({ label: analysisSteps[2], done: 2, total });
  const analysis = analysePoolingSeries(input, { areas: job.areas, part: job.part });
  if (!job.withConsolidation) return { analysis, consolidation: null };
  onStep({ label: analysisSteps[3], done: 3, total });
  return { analysis, consolidation: consolidateSeries(input) };
}

/** The export workbook of an analysis read with its consolidated table (a job with `exportTo`). */
export async function writeExport(result: AnalysisResult, job: AnalysisJob, onStep: (step: JobStep) => void = () => {}): Promise<void> {
  const target = job.exportTo;
  if (!target) return;
  if (!result.consolidation) throw new Error('export: the consolidated table was not computed');
  const total = stepsOf(job);
  onStep({ label: analysisSteps[4], done: total - 1, total });
  await writeAnalysisWorkbook(target.path, { associationName: target.associationName, analysis: result.analysis, consolidation: result.consolidation });
}

/** The heavy part of `cdd.analysis` and its export: the same code runs in the worker and, as a fallback, in process. */
export function runAnalysisJob(db: Database.Database, job: AnalysisJob, onStep: (step: JobStep) => void = () => {}): AnalysisResult {
  return analyseInput(readAnalysisInput(db, job, onStep), job, onStep);
}
