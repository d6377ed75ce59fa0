import type { Progress } from '../../shared/api/progress';
import type { WindowContext } from './context';

/** What a long handler holds while it works: it moves the bar, then ends it. */
export type ProgressHandle = {
  /** Sets the steps done (and optionally the total and the label). */
  update(done: number, total?: number | null, label?: string): void;
  /** Moves to another stage of the same task. */
  stage(label: string, total?: number | null): void;
  /** The task is over (successfully or not): the bar disappears. */
  end(): void;
};

/**
 * The long tasks of one window. A handler starts a task, updates it while it works and ends it
 * in a `finally`; `progress.current` reads the latest one. Several may overlap (a second window
 * action while one runs): the last started is shown, the others come back when it ends.
 */
export class ProgressTracker {
  readonly #running: Progress[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  start(task: string, label: string, total: number | null = null): ProgressHandle {
    const state: Progress = { task, label, done: 0, total, startedAt: this.now().toISOString() };
    this.#running.push(state);
    return {
      update: (done, nextTotal, nextLabel) => {
        state.done = Math.max(0, done);
        if (nextTotal !== undefined) state.total = nextTotal;
        if (nextLabel !== undefined) state.label = nextLabel;
      },
      stage: (nextLabel, nextTotal = null) => {
        state.label = nextLabel;
        state.done = 0;
        state.total = nextTotal;
      },
      end: () => {
        const index = this.#running.indexOf(state);
        if (index >= 0) this.#running.splice(index, 1);
      },
    };
  }

  current(): Progress | null {
    const state = this.#running.at(-1);
    return state ? { ...state } : null;
  }
}

/** The window's tracker, created on first use (contexts made before progress existed need no change). */
export function progressOf(ctx: WindowContext): ProgressTracker {
  ctx.progress ??= new ProgressTracker(ctx.app.now);
  return ctx.progress;
}

/** Runs `work` as a task of the window: the task ends however `work` ends. */
export async function withProgress<T>(ctx: WindowContext, task: string, label: string, work: (progress: ProgressHandle) => Promise<T> | T, total: number | null = null): Promise<T> {
  const handle = progressOf(ctx).start(task, label, total);
  try {
    return await work(handle);
  } finally {
    handle.end();
  }
}
