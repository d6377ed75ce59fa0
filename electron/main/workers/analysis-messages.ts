import type { PoolingAnalysis } from '../../../shared/domain/pooling/types';
import type { JobStep } from './pooling-job';

/** What the analysis worker posts back to the main process. */
export type WorkerReply = { type: 'step'; step: JobStep } | { type: 'result'; analysis: PoolingAnalysis } | { type: 'error'; message: string };
