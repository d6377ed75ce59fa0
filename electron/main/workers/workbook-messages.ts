import type { ErrorCode } from '../../../shared/api';
import type { FinessCounts } from '../imports/finess/commit';
import type { NewImport } from '../store/cdd/imports';
import type { MembersWorkbookPreview } from '../../../shared/api/member-imports';
import type { WorkbookCounts } from '../workbooks/members-import/commit';
import type { MembersPlanRequest } from '../workbooks/members-import/worker-plan';
import type { PackedLines, PackedRowsResult } from '../workbooks/cdd-import/packed-lines';
import type { CheckContext, CheckRules } from '../workbooks/cdd-import/read-returned';
import type { FileState } from '../workbooks/cdd-import/returned-file';
import type { PackedSheet } from '../workbooks/xlsx-reader/packed-grid';

/** What the workbook worker is asked to do: plain data only (no functions, no database). */
export type WorkbookJob =
  /** Read a returned CDD file, recognise it and, when it is our template, check its rows. */
  | { kind: 'cdd.read'; path: string; fileIndex: number; context: CheckContext }
  /** Check the rows of a file already read, under the person's mapping and choices. */
  | { kind: 'cdd.check'; sheet: PackedSheet; rules: CheckRules; context: Pick<CheckContext, 'occupations' | 'maxHoursPerContractMonth'> }
  /** Read the members workbook: every sheet's non-empty rows, and the file's SHA-256. */
  | { kind: 'members.read'; path: string }
  /** Save a checked CDD file's lines into the association file at `path`, in one transaction (its own connection). */
  | { kind: 'cdd.commit'; path: string; value: PackedImport; now: string }
  /** Plan a members workbook import against the association file at `path` (its own connection): the preview comes back, the plan stays here. */
  | { kind: 'members.plan'; path: string; request: MembersPlanRequest }
  /** Save the rows of that plan (or of the same request planned again) in one transaction. */
  | { kind: 'members.commit'; path: string; request: MembersPlanRequest; now: string; importedBy: string }
  /**
   * Save a FINESS extract's planned establishments into the association file at `path`, in one
   * transaction (its own connection). `commit` is the FinessCommit as JSON: ten thousand small
   * objects cross faster as one string.
   */
  | { kind: 'finess.commit'; path: string; commit: string; now: string; importedBy: string };

/** An import to save, its lines packed (100,000 line objects are slow to clone). */
export type PackedImport = Omit<NewImport, 'lines'> & { lines: PackedLines };

/** Each job's answer, sheets and lines packed into typed arrays whose buffers are moved to the main thread. */
export type WorkbookAnswers = {
  'cdd.read': FileState & { sheets: PackedSheet[]; result: PackedRowsResult | null };
  'cdd.check': PackedRowsResult;
  'members.read': { sha256: string; sheets: PackedSheet[] };
  'cdd.commit': { importId: number; replacedIds: number[] };
  'members.plan': MembersWorkbookPreview;
  'members.commit': WorkbookCounts;
  'finess.commit': FinessCounts;
};
export type AnswerOf<J extends WorkbookJob> = WorkbookAnswers[J['kind']];

export type WorkbookRequest = { id: number; job: WorkbookJob };

/**
 * What the worker posts back: rows read (or written) so far, then the answer or the error. A refusal keeps its
 * code and French message, so the person reads the same words as when the file was read in process.
 */
export type WorkbookReply = { id: number } & (
  | { type: 'rows'; rows: number }
  | { type: 'answer'; answer: WorkbookAnswers[keyof WorkbookAnswers] }
  | { type: 'error'; code: ErrorCode | null; message: string }
);
