import { basename } from 'node:path';
import { fail } from '../../errors';
import { findWorkbookWorker, runInWorkbookWorker, runWorkbook, WorkbookJobFailure, writeInWorkbookWorker, type WorkbookRunOptions } from '../../workers/workbook';
import type { PackedSheet } from '../xlsx-reader/packed-grid';
import { checkDataRows } from './check-rows';
import { refusalReasons, refusalText } from '../xlsx-reader/read-workbook';
import type { WorkbookCommit, WorkbookCounts } from './commit';
import { gridOf, type SheetGrid, type SheetRow } from './read-rows';
import type { CheckedRow, ColumnMapping } from './rows';
import { refuseWorkbook } from './xlsx-file';

/**
 * Reads the members workbook in the workbook worker (checks, zip, XML, rows) and brings its sheets
 * back to the main process, where the preview and the commit work against the register. A bad
 * file is refused with the same French message as when it was read in process.
 */
export async function readMembersWorkbook(path: string, options: WorkbookRunOptions = {}): Promise<{ grids: SheetGrid[]; packed: PackedSheet[]; sha256: string }> {
  try {
    const { sha256, sheets } = await runWorkbook({ kind: 'members.read', path }, options);
    return { sha256, grids: sheets.map(gridOf), packed: sheets };
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

/** Below this many rows one thread checks them all: posting half of them costs more than it saves. */
export const splitFromRows = 2000;

/** The sheet to check: its rows as the main process holds them, and the same sheet packed, for the worker. */
export type SheetToCheck = { rows: readonly SheetRow[]; firstDataRow: number; packed: PackedSheet | null };

/**
 * Checks the data rows of a sheet on two cores: the workbook worker checks the second half of
 * the rows while this thread checks the first (10,000 rows took ~150 ms on one). The worker is
 * handed the packed sheet, whose buffers copy in a millisecond. If it fails, this thread checks
 * its half too: the result is the same, only slower.
 */
export async function checkSheetRows(sheet: SheetToCheck, mapping: ColumnMapping, options: WorkbookRunOptions = {}): Promise<(CheckedRow | null)[]> {
  const rows = sheet.rows.slice(sheet.firstDataRow);
  const workerScript = options.workerScript === undefined ? findWorkbookWorker() : options.workerScript;
  if (workerScript === null || sheet.packed === null || rows.length < splitFromRows) return checkDataRows(rows, mapping);
  const half = Math.ceil(rows.length / 2);
  const job = { kind: 'members.check' as const, sheet: sheet.packed, mapping, from: sheet.firstDataRow + half, to: sheet.firstDataRow + rows.length };
  const theirs = runInWorkbookWorker(workerScript, job, options).then(
    (answer) => answer.rows,
    (error: unknown) => {
      console.error('[passerelles] vérification des lignes dans le worker interrompue : elles sont vérifiées ici', error);
      return null;
    },
  );
  // A turn of the event loop first: the job is posted before this thread starts on its half.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const ours = checkDataRows(rows.slice(0, half), mapping);
  const checked = await theirs;
  return [...ours, ...(checked && checked.length === rows.length - half ? checked : checkDataRows(rows.slice(half), mapping))];
}
