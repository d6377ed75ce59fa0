/**
 * Worker thread entry (built as out/main/workbook-worker.js and out/host/workbook-worker.js):
 * reads and checks imported workbooks (zip inflate, XML parse, row extraction, CDD row checks)
 * and saves the checked imports (CDD lines, members workbook rows, FINESS establishments),
 * so that a 100,000-row file does not hold the main process. It posts the rows read so far, then
 * the answer, whose typed arrays are moved, not copied. Between jobs it keeps only the last members
 * workbook plan, for the commit that follows its preview (see worker-plan.ts).
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors';
import { runWorkbookJob } from './workbook-jobs';
import type { WorkbookReply, WorkbookRequest } from './workbook-messages';

// Distributive, so each reply keeps its own shape once the id is added.
type Reply = WorkbookReply extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

parentPort?.on('message', ({ id, job }: WorkbookRequest) => {
  const post = (reply: Reply, transfer: ArrayBuffer[] = []) => parentPort?.postMessage({ ...reply, id }, transfer);
  runWorkbookJob(job, (rows) => post({ type: 'rows', rows })).then(
    ({ answer, transfer }) => post({ type: 'answer', answer }, transfer),
    (error: unknown) => {
      if (isAppError(error)) post({ type: 'error', code: error.code, message: error.message });
      else post({ type: 'error', code: null, message: error instanceof Error ? error.message : String(error) });
    },
  );
});
