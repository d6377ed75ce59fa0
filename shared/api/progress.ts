// Progress of the long work a window has under way (issue 3: "long work runs off the main thread
// and reports progress"). Polled by the renderer while a long call is pending: polling works on
// every transport (Electron's IPC and the test host's HTTP bridge alike), no push channel needed.
import { z } from 'zod';
import { defineCall } from './define';

export const progressSchema = z.object({
  /** Which long call is running, e.g. "cdd.analysis". */
  task: z.string(),
  /** What it is doing now, in French, for the person ("Lecture des données CDD"). */
  label: z.string(),
  /** Steps (rows, files…) done so far. */
  done: z.number().min(0),
  /** Steps in all; null when unknown (the bar is then indeterminate). */
  total: z.number().min(0).nullable(),
  /** ISO date and time the task started. */
  startedAt: z.string(),
});
export type Progress = z.infer<typeof progressSchema>;

export const progressCalls = {
  /** The long task of this window under way, or null when there is none. */
  'progress.current': defineCall(z.void(), progressSchema.nullable()),
};
