/**
 * Worker thread entry (built as out/main/analysis-worker.js and out/host/analysis-worker.js):
 * opens the association file READ-ONLY (WAL lets it read beside the window's connection), runs
 * the pooling analysis and posts its steps, then the result, or for an export writes the
 * workbook. The main process stays free to answer the UI (and `progress.current`) meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { isAppError } from '../errors';
import type { JobStep } from './pooling-job';
import { analyseInput, readAnalysisInput, writeExport } from './pooling-job';
import type { WorkerReply, WorkerRequest } from './analysis-messages';

// Distributive, so each reply keeps its own shape once the id is added.
type Reply = WorkerReply extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

async function run({ id, path, job }: WorkerRequest): Promise<void> {
  const post = (reply: Reply) => parentPort?.postMessage({ ...reply, id });
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    db.pragma('busy_timeout = 3000');
    const onStep = (step: JobStep) => post({ type: 'step', step });
    const input = readAnalysisInput(db, job, onStep);
    // The file is let go as soon as the rows are read: while this connection is open, the window
    // cannot close the file (leaving WAL needs every other connection gone).
    db.close();
    const result = analyseInput(input, job, onStep);
    if (job.exportTo) {
      await writeExport(result, job, onStep);
      post({ type: 'exported' });
    } else post({ type: 'result', json: JSON.stringify(result) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), code: isAppError(error) ? error.code : null });
  } finally {
    if (db?.open) db.close();
  }
}

parentPort?.on('message', (request: WorkerRequest) => void run(request));
