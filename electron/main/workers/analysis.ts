import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, fail, isAppError } from '../errors';
import type { ProgressHandle } from '../progress';
import type { AssociationFile } from '../store/association-file';
import type { WorkerReply } from './analysis-messages';
import { runAnalysisJob, type AnalysisJob, type AnalysisResult, type JobStep } from './pooling-job';

export const analysisWorkerFileName = 'analysis-worker.js';
/** Far above a regional file's analysis (about a second): only a hang or a runaway reaches it. */
export const defaultAnalysisTimeoutMs = 120_000;

/**
 * The built worker beside the running bundle: this module may sit in the entry file
 * (out/main/index.js) or in a chunk one folder down (out/host/chunks/…), so both are searched.
 * From the sources (vitest) there is no built worker: null, and the analysis runs in process.
 */
export function findAnalysisWorker(moduleUrl: string = import.meta.url): string | null {
  if (!moduleUrl.startsWith('file:')) return null;
  for (const relative of [`./${analysisWorkerFileName}`, `../${analysisWorkerFileName}`]) {
    const candidate = fileURLToPath(new URL(relative, moduleUrl));
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export type AnalysisRun = AnalysisResult & { ranIn: 'worker' | 'main' };
export type AnalysisOptions = {
  /** The built worker to use; null runs in process (the sources under vitest). Found beside the bundle by default. */
  workerScript?: string | null;
  timeoutMs?: number;
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

/**
 * In a worker thread that opens the file read-only: the main process stays responsive. Settles
 * only once the worker has exited, so its connection is closed before the caller goes on (closing
 * the file switches it out of WAL, which needs every other connection gone).
 */
export function analyseInWorker(workerScript: string, path: string, job: AnalysisJob, progress?: ProgressHandle, timeoutMs = defaultAnalysisTimeoutMs): Promise<AnalysisRun> {
  return new Promise<AnalysisRun>((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: { path, job } });
    let outcome: { result: AnalysisResult } | { error: Error } | null = null;
    const timer = setTimeout(() => {
      outcome = { error: new AppError('INTERNAL', timeoutMessage(timeoutMs)) };
      void worker.terminate();
    }, timeoutMs);
    worker.on('message', (reply: WorkerReply) => {
      if (outcome) return;
      if (reply.type === 'step') showStep(progress)(reply.step);
      else if (reply.type === 'result') outcome = { result: JSON.parse(reply.json) as AnalysisResult };
      else outcome = { error: new Error(`analysis worker: ${reply.message}`) };
    });
    worker.on('error', (error) => {
      outcome ??= { error };
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      const settled = outcome ?? { error: new Error(`analysis worker exited with code ${code} before answering`) };
      if ('result' in settled) resolve({ ...settled.result, ranIn: 'worker' });
      else reject(settled.error);
    });
  });
}

/**
 * Runs the pooling analysis of an open file: in the built worker when there is one, else in
 * process. A file that is not on disk (in-memory tests) is analysed in process too.
 */
export async function analyse(file: AssociationFile, job: AnalysisJob, progress?: ProgressHandle, options: AnalysisOptions = {}): Promise<AnalysisRun> {
  const workerScript = options.workerScript === undefined ? findAnalysisWorker() : options.workerScript;
  if (workerScript === null || !existsSync(file.path)) return analyseInProcess(file, job, progress);
  try {
    return await analyseInWorker(workerScript, file.path, job, progress, options.timeoutMs);
  } catch (error) {
    if (isAppError(error)) throw error;
    console.error('[passerelles] le calcul de l’analyse en arrière-plan a échoué', error);
    return fail('INTERNAL', workerFailedMessage);
  }
}
