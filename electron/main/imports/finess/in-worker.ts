import { writeInWorkbookWorker, type WorkbookRunOptions } from '../../workers/workbook';
import type { FinessCommit, FinessCounts } from './commit';

/**
 * Saves the planned establishments in the workbook worker, on a connection of its own, in one
 * transaction: a department's extract (thousands of establishments) does not hold the window.
 */
export function commitFinessInWorker(path: string, commit: FinessCommit, now: Date, importedBy: string, options: WorkbookRunOptions = {}): Promise<FinessCounts> {
  const job = { kind: 'finess.commit' as const, path, commit: JSON.stringify(commit), now: now.toISOString(), importedBy };
  return writeInWorkbookWorker(job, commit.fileName, options);
}
