import { basename } from 'node:path';
import { fail } from '../../errors';
import { runWorkbook, WorkbookJobFailure, writeInWorkbookWorker, type WorkbookRunOptions } from '../../workers/workbook';
import { refusalReasons, refusalText } from '../xlsx-reader/read-workbook';
import type { MembersWorkbookPreview } from '../../../../shared/api/member-imports';
import type { PackedSheet } from '../xlsx-reader/packed-grid';
import type { WorkbookCounts } from './commit';
import { gridOf, type SheetGrid } from './read-rows';
import type { MembersPlanRequest } from './worker-plan';
import { refuseWorkbook } from './xlsx-file';

/**
 * Reads an imported workbook (a members list, a fund's returned workbook, competency grids) in the
 * workbook worker (checks, zip, XML, rows) and brings its sheets back to the main process, unpacked
 * and packed as they came: a members import plans and commits from those, in the worker. A bad
 * file is refused with the same French message as when it was read in process.
 */
export async function readImportedWorkbook(path: string, options: WorkbookRunOptions = {}): Promise<{ grids: SheetGrid[]; packed: PackedSheet[]; sha256: string }> {
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
 * Plans the import in the workbook worker, on a connection of its own (10,000 rows held the window
 * a third of a second), which keeps the plan for the commit; only the preview comes back.
 * `onRows` hears how many rows are checked so far.
 */
export async function planMembersInWorker(path: string, request: MembersPlanRequest, options: WorkbookRunOptions = {}): Promise<MembersWorkbookPreview> {
  try {
    return await runWorkbook({ kind: 'members.plan', path, request }, options);
  } catch (error) {
    if (!(error instanceof WorkbookJobFailure)) throw error;
    console.error(`[passerelles] vérification de « ${request.fileName} » interrompue`, error);
    return fail('INTERNAL', `La vérification de « ${request.fileName} » n’a pas abouti ; rien n’a été modifié. Réessayez ; si l’erreur revient, relisez le fichier.`);
  }
}

/**
 * Saves the rows of the plan `request.planId` in the workbook worker, in one transaction (10,000
 * rows held the window half a second); a worker that lost the plan makes it again inside that
 * transaction. `onRows` hears how many rows are written so far.
 */
export function commitMembersInWorker(path: string, request: MembersPlanRequest, now: Date, importedBy: string, options: WorkbookRunOptions = {}): Promise<WorkbookCounts> {
  return writeInWorkbookWorker({ kind: 'members.commit', path, request, now: now.toISOString(), importedBy }, request.fileName, options);
}
