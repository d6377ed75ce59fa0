import type { ErrorCode } from '../../../shared/api';
import type { AnalysisJob, JobStep } from './pooling-job';

/**
 * What the analysis worker posts back to the main process: steps, then the result, or for an
 * export the news that the workbook is written. The result travels as JSON text: parsing one
 * string blocks the main thread about half as long as deserialising the structured clone of the
 * same objects. An error the person can act on (a locked file) keeps its code and French message.
 */
export type WorkerReply = { id: number } & (
  | { type: 'step'; step: JobStep }
  | { type: 'result'; json: string }
  | { type: 'exported' }
  | { type: 'error'; message: string; code: ErrorCode | null }
);

/** What the main process posts to the analysis worker: one job, answered with replies carrying its id. */
export type WorkerRequest = { id: number; path: string; job: AnalysisJob };
