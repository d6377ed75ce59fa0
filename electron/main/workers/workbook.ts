import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import { importLimits } from '../workbooks/xlsx-reader/read-workbook';
import { runWorkbookJob } from './workbook-jobs';
import type { AnswerOf, WorkbookJob, WorkbookReply, WorkbookRequest } from './workbook-messages';

export const workbookWorkerFileName = 'workbook-worker.js';
/** Beyond the reader's own limit (it refuses a file still unread after importLimits.timeoutMs): only a hang reaches it. */
export const defaultWorkbookTimeoutMs = importLimits.timeoutMs + 30_000;

/**
 * The built worker beside the running bundle: this module may sit in the entry file
 * (out/main/index.js) or in a chunk one folder down (out/host/assets/…), so both are searched.
 * From the sources (vitest) there is no built worker: null, and workbooks are read in process.
 */
export function findWorkbookWorker(moduleUrl: string = import.meta.url): string | null {
  if (!moduleUrl.startsWith('file:')) return null;
  for (const relative of [`./${workbookWorkerFileName}`, `../${workbookWorkerFileName}`]) {
    const candidate = fileURLToPath(new URL(relative, moduleUrl));
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Why a job gave no answer although the workbook did not refuse it: the callers say it in French, for their file. */
export class WorkbookJobFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookJobFailure';
  }
}

export type WorkbookRunOptions = {
  /** The built worker to use; null runs in process (the sources under vitest). Found beside the bundle by default. */
  workerScript?: string | null;
  timeoutMs?: number;
  /** How many rows of the workbook are read so far. */
  onRows?: (rows: number) => void;
};

/** A worker left idle this long is stopped (its memory goes back); the next job starts another. */
const idleMs = 60_000;

/**
 * One worker kept between jobs (a person reads several files in a row, then maps columns: each
 * job finds its code loaded and optimised), one job at a time. It keeps the process alive only
 * while a job runs, and holds nothing between jobs: the files read stay in the main process.
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

/**
 * Starts the worker ahead of a read, while the person picks the file in the dialog: loading it
 * costs ~150–200 ms that the read would otherwise wait for. Stopped after the same idle minute.
 */
export function warmWorkbookWorker(workerScript: string | null = findWorkbookWorker()): void {
  if (workerScript === null || pooled) return;
  release(workerFor(workerScript));
}

function runInWorker<J extends WorkbookJob>(script: string, job: J, options: WorkbookRunOptions): Promise<AnswerOf<J>> {
  const timeoutMs = options.timeoutMs ?? defaultWorkbookTimeoutMs;
  return new Promise<AnswerOf<J>>((resolve, reject) => {
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
    const onMessage = (reply: WorkbookReply) => {
      if (reply.id !== id) return;
      if (reply.type === 'rows') options.onRows?.(reply.rows);
      else {
        finish(() =>
          reply.type === 'answer'
            ? resolve(reply.answer as AnswerOf<J>)
            : reject(reply.code ? new AppError(reply.code, reply.message) : new WorkbookJobFailure('failed', reply.message)),
        );
        release(worker);
      }
    };
    const onError = (error: Error) => finish(() => reject(new WorkbookJobFailure('failed', error.message)));
    const onExit = (code: number) => finish(() => reject(new WorkbookJobFailure('failed', `workbook worker exited with code ${code} before answering`)));
    // Stopped, then refused: a runaway read (exceljs-like hangs, a pathological part) does not go on eating memory.
    const timer = setTimeout(() => finish(() => void worker.terminate().then(() => reject(new WorkbookJobFailure('timeout', `no answer after ${timeoutMs} ms`)))), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, job } satisfies WorkbookRequest);
  });
}

/** In a worker thread, after the jobs queued before it. */
export function runInWorkbookWorker<J extends WorkbookJob>(workerScript: string, job: J, options: WorkbookRunOptions = {}): Promise<AnswerOf<J>> {
  const run = queue.then(() => runInWorker(workerScript, job, options));
  queue = run.catch(() => {});
  return run;
}

let warned = false;
/** From the sources (vitest) reading in process is expected; from a bundle it means the worker was not shipped. */
function warnIfBuiltWithoutWorker(): void {
  if (warned || !import.meta.url.endsWith('.js')) return;
  warned = true;
  console.warn(`[passerelles] ${workbookWorkerFileName} est introuvable à côté de ${fileURLToPath(import.meta.url)} : les classeurs sont lus dans le processus principal.`);
}

/**
 * Runs a workbook job in the built worker when there is one, else in process (the same code,
 * which yields to the event loop every few thousand rows). A workbook's refusal comes back as the
 * AppError it would have thrown in process; a worker that fails or hangs, as a WorkbookJobFailure.
 */
export async function runWorkbook<J extends WorkbookJob>(job: J, options: WorkbookRunOptions = {}): Promise<AnswerOf<J>> {
  const workerScript = options.workerScript === undefined ? findWorkbookWorker() : options.workerScript;
  if (workerScript === null && options.workerScript === undefined) warnIfBuiltWithoutWorker();
  if (workerScript === null) return (await runWorkbookJob(job, options.onRows)).answer;
  return runInWorkbookWorker(workerScript, job, options);
}
