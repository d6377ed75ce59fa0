import { AppError, fail } from '../errors';
import { importLimits } from '../workbooks/xlsx-reader/read-workbook';
import { runWorkbookJob } from './workbook-jobs';
import type { AnswerOf, WorkbookJob, WorkbookReply, WorkbookRequest } from './workbook-messages';
import { findBuiltWorker, warnIfBuiltWithoutWorker, WorkerPool } from './worker-pool';

export const workbookWorkerFileName = 'workbook-worker.js';
/** Beyond the reader's own limit (it refuses a file still unread after importLimits.timeoutMs): only a hang reaches it. */
export const defaultWorkbookTimeoutMs = importLimits.timeoutMs + 30_000;

/** The built workbook worker beside the running bundle; null from the sources (vitest): workbooks are then read in process. */
export const findWorkbookWorker = (moduleUrl: string = import.meta.url): string | null => findBuiltWorker(workbookWorkerFileName, moduleUrl);

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

/**
 * One worker kept between jobs (a person reads several files in a row, then maps columns); the
 * files read stay in the main process, the worker keeps at most the last members workbook plan
 * (rebuilt from the file if it is gone). Kept five idle minutes rather than one: the person reads
 * the mapping, then the preview, before the next job, and a stopped worker costs the next one its
 * start (up to a second), the commune directory (a third of a second) and the plan made again.
 */
const workbookIdleMs = 5 * 60_000;
const pool = new WorkerPool(workbookIdleMs);

/**
 * Starts the worker ahead of a read, while the person picks the file in the dialog: loading it
 * costs ~150–200 ms that the read would otherwise wait for. Stopped after the same idle time.
 */
export function warmWorkbookWorker(workerScript: string | null = findWorkbookWorker()): void {
  if (workerScript !== null) pool.warm(workerScript);
}

/** In a worker thread, after the jobs queued before it. */
export function runInWorkbookWorker<J extends WorkbookJob>(workerScript: string, job: J, options: WorkbookRunOptions = {}): Promise<AnswerOf<J>> {
  const timeoutMs = options.timeoutMs ?? defaultWorkbookTimeoutMs;
  return pool.run<WorkbookReply, AnswerOf<J>>(workerScript, { job } satisfies Omit<WorkbookRequest, 'id'>, {
    timeoutMs,
    onReply: (reply) => {
      if (reply.type === 'rows') {
        options.onRows?.(reply.rows);
        return null;
      }
      if (reply.type === 'answer') return { done: reply.answer as AnswerOf<J> };
      return { failed: reply.code ? new AppError(reply.code, reply.message) : new WorkbookJobFailure('failed', reply.message) };
    },
    // Stopped, then refused: a runaway read (a pathological part) does not go on eating memory.
    timedOut: () => new WorkbookJobFailure('timeout', `no answer after ${timeoutMs} ms`),
    crashed: (detail) => new WorkbookJobFailure('failed', `workbook worker: ${detail}`),
  });
}

/**
 * Runs a workbook job in the built worker when there is one, else in process (the same code,
 * which yields to the event loop every few thousand rows). A workbook's refusal comes back as the
 * AppError it would have thrown in process; a worker that fails or hangs, as a WorkbookJobFailure.
 */
export async function runWorkbook<J extends WorkbookJob>(job: J, options: WorkbookRunOptions = {}): Promise<AnswerOf<J>> {
  const workerScript = options.workerScript === undefined ? findWorkbookWorker() : options.workerScript;
  if (workerScript === null && options.workerScript === undefined) warnIfBuiltWithoutWorker(workbookWorkerFileName, import.meta.url, 'les classeurs sont lus dans le processus principal.');
  if (workerScript === null) return (await runWorkbookJob(job, options.onRows)).answer;
  return runInWorkbookWorker(workerScript, job, options);
}

/**
 * Runs a job that writes into the association file (a commit). A refusal of the store (a
 * duplicate FINESS, a structure deleted meanwhile) comes back as it was thrown; a worker that
 * fails or hangs wrote nothing (its transaction never committed): said in French, for the file.
 */
export async function writeInWorkbookWorker<J extends WorkbookJob>(job: J, fileName: string, options: WorkbookRunOptions = {}): Promise<AnswerOf<J>> {
  try {
    return await runWorkbook(job, options);
  } catch (error) {
    if (!(error instanceof WorkbookJobFailure)) throw error;
    console.error(`[passerelles] enregistrement de « ${fileName} » interrompu`, error);
    return fail('INTERNAL', `L’enregistrement de « ${fileName} » n’a pas abouti ; rien n’a été enregistré. Réessayez ; si l’erreur revient, relisez le fichier.`);
  }
}
