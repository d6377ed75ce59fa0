import { basename } from 'node:path';
import { fail } from '../../errors';
import { runWorkbook, WorkbookJobFailure, writeInWorkbookWorker, type WorkbookRunOptions } from '../../workers/workbook';
import { refusalReasons, refusalText } from '../xlsx-reader/read-workbook';
import type { WorkbookCommit, WorkbookCounts } from './commit';
import { gridOf, type SheetGrid } from './read-rows';
import { refuseWorkbook } from './xlsx-file';

/**
 * Reads the members workbook in the workbook worker (checks, zip, XML, rows) and brings its sheets
 * back to the main process, where the preview and the commit work against the register. A bad
 * file is refused with the same French message as when it was read in process.
 */
export async function readMembersWorkbook(path: string, options: WorkbookRunOptions = {}): Promise<{ grids: SheetGrid[]; sha256: string }> {
  try {
    const { sha256, sheets } = await runWorkbook({ kind: 'members.read', path }, options);
    return { sha256, grids: sheets.map(gridOf) };
  } catch (error) {
    if (!(error instanceof WorkbookJobFailure)) throw error;
    console.error(`[passerelles] lecture de « ${basename(path)} » interrompue`, error);
    if (error.reason === 'timeout') fail('INVALID_FILE', refusalText(path, refusalReasons.tooSlow));
    return refuseWorkbook(path);
  }
}

/**
 * Saves the planned rows in the workbook worker, on a connection of its own, in one transaction
 * (10,000 rows held the window half a second). `onRows` hears how many rows are written so far.
 */
export function commitMembersInWorker(path: string, commit: WorkbookCommit, now: Date, importedBy: string, options: WorkbookRunOptions = {}): Promise<WorkbookCounts> {
  const job = { kind: 'members.commit' as const, path, commit: JSON.stringify(commit), now: now.toISOString(), importedBy };
  return writeInWorkbookWorker(job, commit.fileName, options);
}
