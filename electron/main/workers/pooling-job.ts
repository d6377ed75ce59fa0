import type Database from 'better-sqlite3';
import { distanceBetweenLocations } from '../../../shared/domain/location';
import { analysePooling, consolidate } from '../../../shared/domain/pooling';
import type { AreaMode, Consolidation, Period, PoolingAnalysis, PoolingInput, PoolingSettings } from '../../../shared/domain/pooling/types';
import { loadPoolingOccupations, loadPoolingStructures, loadVolumes, type ParsedFilters } from '../store/cdd/queries';

/**
 * What the consolidation and the analysis read, minus the rows: small and plain (structured-
 * cloneable), so the main process can hand it to a worker that reads the rows itself.
 */
export type PoolingJob = {
  period: Period;
  filters: ParsedFilters;
  settings: Partial<PoolingSettings>;
};

/** The analysis, and for the export the consolidated table of the same rows too (read once). */
export type AnalysisJob = PoolingJob & { areas?: AreaMode; withConsolidation?: boolean };
export type AnalysisResult = { analysis: PoolingAnalysis; consolidation: Consolidation | null };

/** One step of the analysis, for the progress bar. */
export type JobStep = { label: string; done: number; total: number };
export const analysisSteps = ['Lecture des données CDD', 'Lecture des structures et des métiers', 'Analyse de la mutualisation', 'Consolidation des volumes'] as const;

/** The rows the job needs, read from the file (by the window's connection or a worker's read-only one). */
export function readPoolingInput(db: Database.Database, job: PoolingJob, onStep: (step: JobStep) => void = () => {}, total = 3): PoolingInput {
  onStep({ label: analysisSteps[0], done: 0, total });
  const volumes = loadVolumes(db, job.period, job.filters);
  onStep({ label: analysisSteps[1], done: 1, total });
  return {
    volumes,
    structures: loadPoolingStructures(db),
    occupations: loadPoolingOccupations(db),
    period: job.period,
    settings: job.settings,
    filter: { ...job.filters },
    // Within the distance set, from the structures' FINESS locations (same EPCI for a pair not located).
    distanceKm: typeof job.settings.maxDistanceKm === 'number' ? distanceBetweenLocations : undefined,
  };
}

/** The heavy part of `cdd.analysis`: the same code runs in the worker and, as a fallback, in process. */
export function runAnalysisJob(db: Database.Database, job: AnalysisJob, onStep: (step: JobStep) => void = () => {}): AnalysisResult {
  return analyseInput(readPoolingInput(db, job, onStep, stepsOf(job)), job, onStep);
}

const stepsOf = (job: AnalysisJob) => (job.withConsolidation ? 4 : 3);

/** The rows read (all of them in memory): the file is no longer needed. */
export function readAnalysisInput(db: Database.Database, job: AnalysisJob, onStep: (step: JobStep) => void = () => {}): PoolingInput {
  return readPoolingInput(db, job, onStep, stepsOf(job));
}

/** The pure part, on rows already read. */
export function analyseInput(input: PoolingInput, job: AnalysisJob, onStep: (step: JobStep) => void = () => {}): AnalysisResult {
  const total = stepsOf(job);
  onStep({ label: analysisSteps[2], done: 2, total });
  const analysis = analysePooling(input, { areas: job.areas });
  if (!job.withConsolidation) return { analysis, consolidation: null };
  onStep({ label: analysisSteps[3], done: 3, total });
  return { analysis, consolidation: consolidate(input) };
}
