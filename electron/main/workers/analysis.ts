import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { mergeAnalysisParts } from '../../../shared/domain/pooling/parts';
import { AppError, fail, isAppError } from '../errors';
import type { ProgressHandle } from '../progress';
import type { AssociationFile } from '../store/association-file';
import type { WorkerReply, WorkerRequest } from './analysis-messages';
import { findBuiltWorker, warnIfBuiltWithoutWorker, WorkerPool, type ReplyOutcome } from './worker-pool';
import { runAnalysisJob, writeExport, type AnalysisJob, type AnalysisResult, type ExportTarget, type JobStep } from './pooling-job';

export const analysisWorkerFileName = 'analysis-worker.js';
/** Far above a regional file's analysis (about a second): only a hang or a runaway reaches it. */
export const defaultAnalysisTimeoutMs = 120_000;

/** The built analysis worker beside the running bundle; null from the sources (vitest): the analysis then runs in process. */
export const findAnalysisWorker = (moduleUrl: string = import.meta.url): string | null => findBuiltWorker(analysisWorkerFileName, moduleUrl);

export type AnalysisRun = AnalysisResult & { ranIn: 'worker' | 'main' };
export type AnalysisOptions = {
  /** The built worker to use; null runs in process (the sources under vitest). Found beside the bundle by default. */
  workerScript?: string | null;
  timeoutMs?: number;
  /** How many workers share the analysis; one per core by default (analysisPartCount). */
  parts?: number;
};

const showStep = (progress: ProgressHandle | undefined) => (step: JobStep) => progress?.update(step.done, step.total, step.label);

const seconds = (ms: number) => {
  const n = Math.max(1, Math.ceil(ms / 1000));
  return `${n} seconde${n > 1 ? 's' : ''}`;
};
const timeoutMessage = (ms: number) =>
  `L’analyse a dépassé ${seconds(ms)} et a été interrompue ; rien n’a été modifié. ` +
  'Réduisez la période ou filtrez les structures ou les métiers, puis relancez-la.';
const workerFailedMessage =
  'L’analyse n’a pas pu aboutir ; rien n’a été modifié. Réessayez ; si l’erreur revient, notez la période et les filtres choisis et signalez-le.';

/** In the main process: the fallback when no worker is built. Same code as the worker. */
export function analyseInProcess(file: AssociationFile, job: AnalysisJob, progress?: ProgressHandle): AnalysisRun {
  return { ...runAnalysisJob(file.db, job, showStep(progress)), ranIn: 'main' };
}

/** One worker per part of an analysis run side by side. */
const pools = [new WorkerPool(), new WorkerPool()];

/**
 * How many parts an analysis is cut into: one per processor core, two at most (the app's
 * machines have two cores or more; a third part would mostly repeat the reading of the file).
 */
export const analysisPartCount = () => Math.max(1, Math.min(pools.length, availableParallelism()));

/**
 * In a worker thread that opens the file read-only and closes it once the rows are read, before
 * it answers: the main process stays responsive, and when the answer comes the worker no longer
 * holds the file (closing the file switches it out of WAL, which needs every other connection gone).
 */
export function analyseInWorker(script: string, path: string, job: AnalysisJob, progress?: ProgressHandle, timeoutMs = defaultAnalysisTimeoutMs, pool = pools[0]!): Promise<AnalysisRun> {
  return runJob<AnalysisRun>(pool, script, path, job, progress, timeoutMs, (reply) =>
    reply.type === 'result' ? { done: { ...(JSON.parse(reply.json) as AnalysisResult), ranIn: 'worker' } } : { failed: new Error('analysis worker: an export answer to an analysis') },
  );
}

/** One job in one worker: steps go to the bar, a refusal keeps its code and French message, the answer is read by `answer`. */
function runJob<T>(
  pool: WorkerPool,
  script: string,
  path: string,
  job: AnalysisJob,
  progress: ProgressHandle | undefined,
  timeoutMs: number,
  answer: (reply: Extract<WorkerReply, { type: 'result' } | { type: 'exported' }>) => ReplyOutcome<T>,
): Promise<T> {
  return pool.run<WorkerReply, T>(script, { path, job } satisfies Omit<WorkerRequest, 'id'>, {
    timeoutMs,
    onReply: (reply) => {
      if (reply.type === 'step') {
        showStep(progress)(reply.step);
        return null;
      }
      if (reply.type === 'error') return { failed: reply.code ? new AppError(reply.code, reply.message) : new Error(`analysis worker: ${reply.message}`) };
      return answer(reply);
    },
    // Stopped, then refused: the worker's connection to the file is gone before the caller goes on.
    timedOut: () => new AppError('INTERNAL', timeoutMessage(timeoutMs)),
    crashed: (detail) => new Error(`analysis worker: ${detail}`),
  });
}

/**
 * The analysis cut in parts, each in its own worker at the same time, then put together (the same
 * result as in one piece: shared/domain/pooling/parts.ts). Part 0 reports the steps and, for the
 * export, sums the consolidated table.
 */
export async function analyseInParts(script: string, path: string, job: AnalysisJob, count: number, progress?: ProgressHandle, timeoutMs = defaultAnalysisTimeoutMs): Promise<AnalysisRun> {
  if (count <= 1) return analyseInWorker(script, path, job, progress, timeoutMs);
  const runs = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      analyseInWorker(script, path, { ...job, part: { index, count }, withConsolidation: index === 0 && job.withConsolidation }, index === 0 ? progress : undefined, timeoutMs, pools[index]),
    ),
  );
  return { analysis: mergeAnalysisParts(runs.map((run) => run.analysis)), consolidation: runs[0]?.consolidation ?? null, ranIn: 'worker' };
}

const exportFailedMessage = 'L’export n’a pas pu aboutir ; rien n’a été modifié. Réessayez ; si l’erreur revient, notez la période et les filtres choisis et signalez-le.';

/**
 * The analysis with its consolidated table, written as a workbook where the person chose, in one
 * worker (the workbook needs the whole analysis; writing a regional one takes about half a second
 * that the window would otherwise freeze for). From the sources, in process.
 */
export async function exportAnalysis(file: AssociationFile, job: AnalysisJob & { exportTo: ExportTarget }, progress?: ProgressHandle, options: AnalysisOptions = {}): Promise<void> {
  const exportJob = { ...job, withConsolidation: true, part: undefined };
  const workerScript = options.workerScript === undefined ? findAnalysisWorker() : options.workerScript;
  if (workerScript === null || !existsSync(file.path)) {
    await writeExport(analyseInProcess(file, exportJob, progress), exportJob, showStep(progress));
    return;
  }
  try {
    await runJob<null>(pools[0]!, workerScript, file.path, exportJob, progress, options.timeoutMs ?? defaultAnalysisTimeoutMs, (reply) =>
      reply.type === 'exported' ? { done: null } : { failed: new Error('analysis worker: an analysis answer to an export') },
    );
  } catch (error) {
    if (isAppError(error)) throw error;
    console.error('[passerelles] l’export de l’analyse en arrière-plan a échoué', error);
    fail('INTERNAL', exportFailedMessage);
  }
}

/**
 * Runs the pooling analysis of an open file: in the built worker when there is one (in parts side
 * by side), else in process. A file that is not on disk (in-memory tests) is analysed in process too.
 */
export async function analyse(file: AssociationFile, job: AnalysisJob, progress?: ProgressHandle, options: AnalysisOptions = {}): Promise<AnalysisRun> {
  const workerScript = options.workerScript === undefined ? findAnalysisWorker() : options.workerScript;
  if (workerScript === null && options.workerScript === undefined) warnIfBuiltWithoutWorker(analysisWorkerFileName, import.meta.url, 'l’analyse tourne dans le processus principal.');
  if (workerScript === null || !existsSync(file.path)) return analyseInProcess(file, job, progress);
  try {
    return await analyseInParts(workerScript, file.path, job, options.parts ?? analysisPartCount(), progress, options.timeoutMs);
  } catch (error) {
    if (isAppError(error)) throw error;
    console.error('[passerelles] le calcul de l’analyse en arrière-plan a échoué', error);
    return fail('INTERNAL', workerFailedMessage);
  }
}
