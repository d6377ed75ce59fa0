import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A built worker beside the running bundle: the calling module may sit in the entry file
 * (out/main/index.js) or in a chunk one folder down (out/host/assets/…), so both are searched.
 * From the sources (vitest) there is no built worker: null, and the work runs in process.
 */
export function findBuiltWorker(fileName: string, moduleUrl: string): string | null {
  if (!moduleUrl.startsWith('file:')) return null;
  for (const relative of [`./${fileName}`, `../${fileName}`]) {
    const candidate = fileURLToPath(new URL(relative, moduleUrl));
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

const warned = new Set<string>();
/** From the sources (vitest) running in process is expected; from a bundle it means the worker was not shipped. */
export function warnIfBuiltWithoutWorker(fileName: string, moduleUrl: string, consequence: string): void {
  if (warned.has(fileName) || !moduleUrl.endsWith('.js')) return;
  warned.add(fileName);
  console.warn(`[passerelles] ${fileName} est introuvable à côté de ${fileURLToPath(moduleUrl)} : ${consequence}`);
}

/** What a job makes of each reply of its worker: go on (progress), or settle. */
export type ReplyOutcome<T> = { done: T } | { failed: Error } | null;

export type JobHandlers<Reply, T> = {
  timeoutMs: number;
  onReply: (reply: Reply) => ReplyOutcome<T>;
  /** The error when the job outlives timeoutMs (the worker is stopped first). */
  timedOut: () => Error;
  /** The error when the worker throws or exits before answering. */
  crashed: (detail: string) => Error;
};

/** A worker left idle this long is stopped (its memory goes back); the next job starts another. */
const defaultIdleMs = 60_000;

/**
 * One worker kept between jobs (each job finds its code loaded and optimised: a fresh worker cost
 * up to a second), one job at a time, in the order asked. It keeps the process alive only while
 * a job runs. Replies carry the job's id; a reply of another job is not this job's.
 */
export class WorkerPool {
  private pooled: { script: string; worker: Worker; idle: ReturnType<typeof setTimeout> | null } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextJobId = 0;

  constructor(private readonly idleMs = defaultIdleMs) {}

  /** Starts the worker ahead of a job (while the person picks a file, say); stopped after the same idle time. */
  warm(script: string): void {
    if (this.pooled) return;
    this.release(this.workerFor(script));
  }

  /** Posts `{ id, ...request }` to the worker once the jobs asked before are done. */
  run<Reply extends { id: number }, T>(script: string, request: object, handlers: JobHandlers<Reply, T>): Promise<T> {
    const run = this.queue.then(() => this.runNow(script, request, handlers));
    this.queue = run.catch(() => {});
    return run;
  }

  private workerFor(script: string): Worker {
    if (this.pooled?.script === script) {
      if (this.pooled.idle) clearTimeout(this.pooled.idle);
      this.pooled.idle = null;
      return this.pooled.worker;
    }
    if (this.pooled) void this.pooled.worker.terminate();
    const worker = new Worker(script);
    const entry = { script, worker, idle: null };
    worker.on('exit', () => {
      if (this.pooled === entry) this.pooled = null;
    });
    // A failure is reported to the job that runs (below); without a job there is nothing to tell.
    worker.on('error', () => {});
    this.pooled = entry;
    return worker;
  }

  private release(worker: Worker): void {
    worker.unref();
    if (this.pooled?.worker !== worker) return;
    this.pooled.idle = setTimeout(() => void worker.terminate(), this.idleMs);
    this.pooled.idle.unref();
  }

  private runNow<Reply extends { id: number }, T>(script: string, request: object, handlers: JobHandlers<Reply, T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const worker = this.workerFor(script);
      worker.ref();
      const id = (this.nextJobId += 1);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        settle();
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        const outcome = handlers.onReply(reply);
        if (outcome === null) return;
        finish(() => ('done' in outcome ? resolve(outcome.done) : reject(outcome.failed)));
        this.release(worker);
      };
      const onError = (error: Error) => finish(() => reject(handlers.crashed(error.message)));
      const onExit = (code: number) => finish(() => reject(handlers.crashed(`the worker exited with code ${code} before answering`)));
      // Stopped, then refused: a runaway job does not go on eating memory, and it lets go of its files.
      const timer = setTimeout(() => finish(() => void worker.terminate().then(() => reject(handlers.timedOut()))), handlers.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ ...request, id });
    });
  }
}
