// The work of the workbook worker, as plain functions: the worker thread runs them, and so does
// the main process when no worker is built (the sources under vitest). Both paths pack the answer
// the same way, so the in-process tests cover the packing too. Besides reading workbooks it saves
// a checked CDD file (a 100,000-row import held the main process for about a second), plans and
// saves a members workbook's rows, and saves a FINESS extract's establishments (10,000 rows: half a second).
import { checkRows, readReturnedFile } from '../workbooks/cdd-import/read-returned';
import { commitFiness, type FinessCommit } from '../imports/finess/commit';
import { openSecondConnection } from '../store/association-file';
import { commitImport } from '../store/cdd/imports';
import { buffersOfLines, packRowsResult, unpackLines } from '../workbooks/cdd-import/packed-lines';
import { readWorkbookRows } from '../workbooks/members-import/read-rows';
import { commitMembersImport, planMembersImport } from '../workbooks/members-import/worker-plan';
import { buffersOf, packSheet, unpackSheet } from '../workbooks/xlsx-reader/packed-grid';
import type { AnswerOf, WorkbookAnswers, WorkbookJob } from './workbook-messages';

export type JobOutcome<J extends WorkbookJob> = { answer: AnswerOf<J>; transfer: ArrayBuffer[] };

/** The window's connection stays free meanwhile: it answers the screen while this one writes. */
function withSecondConnection<T>(path: string, write: (db: ReturnType<typeof openSecondConnection>) => T): T {
  const db = openSecondConnection(path);
  try {
    // 32 MB of page cache (2 MB by default): ten thousand new rows and their indexes stay in
    // memory until the commit, rather than spilling to the WAL halfway through the transaction.
    db.pragma('cache_size = -32768');
    return write(db);
  } finally {
    db.close();
  }
}

async function run(job: WorkbookJob, onRows: (rows: number) => void): Promise<{ answer: WorkbookAnswers[keyof WorkbookAnswers]; transfer: ArrayBuffer[] }> {
  switch (job.kind) {
    case 'cdd.read': {
      const file = await readReturnedFile(job.path, job.fileIndex, job.context, onRows);
      const sheets = file.sheets.map(packSheet);
      const result = file.result ? packRowsResult(file.result) : null;
      return { answer: { ...file, sheets, result }, transfer: [...buffersOf(sheets), ...(result ? buffersOfLines(result.lines) : [])] };
    }
    case 'cdd.check': {
      const result = packRowsResult(checkRows(unpackSheet(job.sheet), job.rules, job.context));
      return { answer: result, transfer: buffersOfLines(result.lines) };
    }
    case 'cdd.commit': {
      const answer = withSecondConnection(job.path, (db) => commitImport(db, { ...job.value, lines: unpackLines(job.value.lines) }, new Date(job.now)));
      return { answer, transfer: [] };
    }
    case 'members.plan':
      return { answer: withSecondConnection(job.path, (db) => planMembersImport(db, job.path, job.request, onRows)), transfer: [] };
    case 'members.commit':
      return { answer: withSecondConnection(job.path, (db) => commitMembersImport(db, job.path, job.request, new Date(job.now), job.importedBy, onRows)), transfer: [] };
    case 'finess.commit': {
      const commit = JSON.parse(job.commit) as FinessCommit;
      return { answer: withSecondConnection(job.path, (db) => commitFiness(db, commit, new Date(job.now), job.importedBy, onRows)), transfer: [] };
    }
    case 'members.read': {
      const { grids, sha256 } = await readWorkbookRows(job.path, onRows);
      const sheets = grids.map(packSheet);
      return { answer: { sha256, sheets }, transfer: buffersOf(sheets) };
    }
  }
}

/** Runs one job; `onRows` hears how many rows of the workbook are read (or written) so far. */
export const runWorkbookJob = <J extends WorkbookJob>(job: J, onRows: (rows: number) => void = () => {}) => run(job, onRows) as Promise<JobOutcome<J>>;
