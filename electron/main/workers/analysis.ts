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

/** A worker left idle this long is stopped (its memory goes back); the next analysis starts another. */
const idleMs = 60_000;

/**
 * One worker kept between analyses (its code stays loaded and optimised: a fresh worker per run
 * cost about a second on the regional file), one job at a time. It keeps the process alive only
 * while a job runs.
 */
let pooled: { script: string; worker: Worker; idle: ReturnType<typeof setTimeout> | null } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextJobId = 0;

function workerFor(script: string): Worker {
  if (pooled?.script === script) {
    if (pooled.idle) clearTimeout(pooled.idle);
    pooled.idle = null;
    return pooled.worker;
  }
  if (pooled) void pooled.worker.terminate();
  const worker = new Worker(script);
  const entry = { script, worker, idle: null };
  worker.on('exit', () => {
    if (pooled === entry) pooled = null;
  });
  // A failure is reported to the job that runs (below); without a job there is nothing to tell.
  worker.on('error', () => {});
  pooled = entry;
  return worker;
}

function release(worker: Worker): void {
  worker.unref();
  if (pooled?.worker !== worker) return;
  pooled.idle = setTimeout(() => void worker.terminate(), idleMs);
  pooled.idle.unref();
}

function runInWorker(script: string, path: string, job: AnalysisJob, progress: ProgressHandle | undefined, timeoutMs: number): Promise<AnalysisRun> {
  return new Promise<AnalysisRun>((resolve, reject) => {
    const worker = workerFor(script);
    worker.ref();
    const id = (nextJobId += 1);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      settle();
    };
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      if (reply.type === 'step') showStep(progress)(reply.step);
      else if (reply.type === 'result') {
        finish(() => resolve({ ...(JSON.parse(reply.json) as AnalysisResult), ranIn: 'worker' }));
        release(worker);
      } else {
        finish(() => reject(new Error(`analysis worker: ${reply.message}`)));
        release(worker);
      }
    };
    const onError = (error: Error) => finish(() => reject(error));
    const onExit = (code: number) => finish(() => reject(new Error(`analysis worker exited with code ${code} before answering`)));
    // Stopped, then refused: the worker's connection to the file is gone before the caller goes on.
    const timer = setTimeout(() => finish(() => void worker.terminate().then(() => reject(new AppError('INTERNAL', timeoutMessage(timeoutMs))))), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, path, job });
  });
}

/**
 * In a worker thread that opens the file read-only and closes it once the rows are read, before
 * it answers: the main process stays responsive, and when the answer comes the worker no longer
 * holds the file (closing the file switches it out of WAL, which needs every other connection gone).
 */
export function analyseInWorker(workerScript: string, path: string, job: AnalysisJob, progress?: ProgressHandle, timeoutMs = defaultAnalysisTimeoutMs): Promise<AnalysisRun> {
  const run = queue.then(() => runInWorker(workerScript, path, job, progress, timeoutMs));
  queue = run.catch(() => {});
  return run;
}

let warned = false;
/** From the sources (vitest) running in process is expected; from a bundle it means the worker was not shipped. */
function warnIfBuiltWithoutWorker(): void {
  if (warned || !import.meta.url.endsWith('.js')) return;
  warned = true;
  console.warn(`[passerelles] ${analysisWorkerFileName} est introuvable à côté de ${fileURLToPath(import.meta.url)} : l’analyse tourne dans le processus principal.`);
}

/**
 * Runs the pooling analysis of an open file: in the built worker when there is one, else in
 * process. A file that is not on disk (in-memory tests) is analysed in process too.
 */
export async function analyse(file: AssociationFile, job: AnalysisJob, progress?: ProgressHandle, options: AnalysisOptions = {}): Promise<AnalysisRun> {
  const workerScript = options.workerScript === undefined ? findAnalysisWorker() : options.workerScript;
  if (workerScript === null && options.workerScript === undefined) warnIfBuiltWithoutWorker();
  if (workerScript === null || !existsSync(file.path)) return analyseInProcess(file, job, progress);
  try {
    return await analyseInWorker(workerScript, file.path, job, progress, options.timeoutMs);
  } catch (error) {
    if (isAppError(error)) throw error;
    console.error('[passerelles] le calcul de l’analyse en arrière-plan a échoué', error);
    return fail('INTERNAL', workerFailedMessage);
  }
}
