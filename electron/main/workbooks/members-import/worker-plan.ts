import type Database from 'better-sqlite3';
import type { MembersWorkbookPreview } from '../../../../shared/api/member-imports';
import type { PackedSheet } from '../xlsx-reader/packed-grid';
import { commitOf, commitWorkbook, type WorkbookCommit, type WorkbookCounts } from './commit';
import type { ReadSheet, WorkbookRead } from './describe';
import { planWorkbookImport, previewOfPlan, type WorkbookChoice } from './plan';
import { gridOf } from './read-rows';

/** A sheet as the plan needs it: its packed cells (as read) and where its header was found. */
export type PackedReadSheet = Omit<ReadSheet, 'grid'> & { packed: PackedSheet };

/**
 * Everything the workbook worker needs to plan a members workbook import on its own connection:
 * the chosen sheet (or none, when the choice names a sheet the file does not have: the plan then
 * refuses it in French), the person's choices, and the year a membership column is for by default.
 */
export type MembersPlanRequest = {
  /** Chosen by the main process, unique across windows and worker restarts. */
  planId: string;
  fileName: string;
  sha256: string;
  sheets: PackedReadSheet[];
  choice: WorkbookChoice;
  thisYear: number;
};

/** The chosen sheet of a workbook read in the main process, packed as the worker read it. */
export function packedSheetsFor(read: WorkbookRead, packed: readonly PackedSheet[], sheetName: string): PackedReadSheet[] {
  const index = read.sheets.findIndex((sheet) => sheet.grid.name === sheetName);
  const sheet = read.sheets[index];
  const cells = packed[index];
  if (!sheet || !cells) return [];
  const { grid: _grid, ...found } = sheet;
  return [{ ...found, packed: cells }];
}

const readOf = (request: MembersPlanRequest): WorkbookRead => ({
  fileName: request.fileName,
  sha256: request.sha256,
  sheets: request.sheets.map(({ packed, ...found }) => ({ ...found, grid: gridOf(packed) })),
});

function planOf(db: Database.Database, request: MembersPlanRequest): WorkbookCommit {
  const read = readOf(request);
  return commitOf(read, planWorkbookImport(db, read, request.choice, request.thisYear));
}

/**
 * The last plan made in this thread, kept for the commit that follows its preview: ten thousand
 * planned rows then need not cross to this thread (6 MB of JSON, about 120 ms of a 10,000-row
 * import). One plan only, for one file: another preview, in any window, replaces it.
 */
let keptPlan: { planId: string; path: string; commit: WorkbookCommit } | null = null;

/** Plans on `db` (the association file at `path`), keeps the rows to write, and returns the preview; `onRows` hears the rows checked so far. */
export function planMembersImport(db: Database.Database, path: string, request: MembersPlanRequest, onRows?: (rows: number) => void): MembersWorkbookPreview {
  keptPlan = null;
  const read = readOf(request);
  const plan = planWorkbookImport(db, read, request.choice, request.thisYear, onRows);
  keptPlan = { planId: request.planId, path, commit: commitOf(read, plan) };
  return previewOfPlan(plan);
}

/**
 * Writes the plan the preview kept, or, when this thread no longer has it (the worker was stopped
 * after its idle minutes, another preview replaced it), plans again inside the write transaction,
 * so the rows written are decided against the register as it is when they are written.
 */
export function commitMembersImport(db: Database.Database, path: string, request: MembersPlanRequest, now: Date, importedBy: string, onRows?: (rows: number) => void): WorkbookCounts {
  const kept = keptPlan?.planId === request.planId && keptPlan.path === path ? keptPlan.commit : null;
  keptPlan = null;
  if (kept) return commitWorkbook(db, kept, now, importedBy, onRows);
  // IMMEDIATE from the plan on: nobody writes between the plan and its rows.
  return db.transaction(() => commitWorkbook(db, planOf(db, request), now, importedBy, onRows)).immediate();
}
