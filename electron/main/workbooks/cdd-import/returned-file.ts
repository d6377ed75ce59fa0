import { basename } from 'node:path';
import type { CddColumn, ColumnMapping, ImportLogEntry, ReturnedFile } from '../../../../shared/api/cdd';
import type { MatchableOccupation, OccupationMatch } from '../../../../shared/domain/occupations/match';
import { sheetNames } from '../cdd-collection/layout';
import { monthText } from '../cdd-collection/layout';
import { valuesOfRow, type PackedSheet } from '../xlsx-reader/packed-grid';
import { cellText } from './cells';
import { columnLetter, hasRequiredColumns } from './headers';
import type { CheckContext, CheckRules } from './read-returned';
import type { RowsResult } from './validate-rows';

export type Mapping = Record<CddColumn, number | null>;
export type Period = { from: string; to: string };

/** What the import needs from the open association file. */
export type ImportContext = {
  association: { name: string; createdAt: string };
  structures: readonly { id: number; name: string }[];
  match: (typed: string) => OccupationMatch;
  occupationLabels: ReadonlyMap<string, string>;
  maxHoursPerContractMonth: number;
  /** Earlier imports still counting that this one would replace. */
  replacedBy: (structureId: number, period: Period, sha256: string) => (ImportLogEntry & { reason: 'same-file' | 'same-period' })[];
};

/** What the worker reads and checks with: the import's context as plain data (the matcher is rebuilt there from the occupations). */
export const checkContextOf = (context: ImportContext, occupations: readonly MatchableOccupation[]): CheckContext => ({
  association: context.association,
  structures: context.structures,
  occupations,
  maxHoursPerContractMonth: context.maxHoursPerContractMonth,
});

/** What is known of a returned file once read, besides its sheets and rows. */
export type FileState = {
  fileIndex: number;
  path: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  refusal: string | null;
  recognisedBy: 'meta' | 'mapping' | null;
  structure: { id: number; name: string } | null;
  /** From _meta or the mapping; null = the months found in the file. */
  declaredPeriod: Period | null;
  sheetName: string;
  headerRow: number | null;
  mapping: Mapping;
  suggestedStructureId: number | null;
};

const emptyMapping = (): Mapping => ({ structureName: null, month: null, occupation: null, contracts: null, hours: null, reason: null });

/** A file not read yet: nothing known but its name. */
export const unreadFile = (path: string, fileIndex: number): FileState => ({
  fileIndex,
  path,
  fileName: basename(path),
  sha256: '',
  sizeBytes: 0,
  refusal: null,
  recognisedBy: null,
  structure: null,
  declaredPeriod: null,
  sheetName: '',
  headerRow: null,
  mapping: emptyMapping(),
  suggestedStructureId: null,
});

/**
 * One returned file between reading and commit, kept in memory by the handlers of the main
 * process. Its sheets stay packed (a few typed arrays: 100,000 rows weigh ~8 MB, not ~50 MB of
 * row objects) and go back to the worker whenever the rows must be checked again.
 */
export type PendingFile = FileState & {
  sheets: PackedSheet[];
  /** Unknown job titles the person resolved, for this file. */
  choices: Map<string, string>;
  result: RowsResult | null;
  committedImportId: number | null;
  /** Moves with each new check, so that an older check finishing late is ignored. */
  checks: number;
};

/** Applies the person's choices for a member's own workbook; the rows are then checked again (rulesOf, in the worker). */
export function applyMapping(file: PendingFile, choice: { sheetName: string; headerRow: number; mapping: ColumnMapping; structure: { id: number; name: string }; period: Period | null }): void {
  if (choice.sheetName !== '') file.sheetName = choice.sheetName;
  file.headerRow = choice.headerRow;
  file.mapping = { ...choice.mapping };
  file.structure = choice.structure;
  if (file.recognisedBy !== 'meta' || choice.period) file.declaredPeriod = choice.period;
}

/** The sheet and rules to check the file's rows with, or null when the file cannot be checked yet (its result is then cleared). */
export function rulesOf(file: PendingFile): { sheet: PackedSheet; rules: CheckRules } | null {
  const sheet = file.sheets.find((s) => s.name === file.sheetName);
  if (!sheet || !file.structure || file.headerRow === null || !hasRequiredColumns(file.mapping)) return null;
  return {
    sheet,
    rules: { headerRow: file.headerRow, mapping: file.mapping, period: file.declaredPeriod, structureName: file.structure.name, choices: [...file.choices] },
  };
}

/** The period the file will be recorded for: declared, else the months found in it. */
export const periodOf = (file: PendingFile): Period | null => file.declaredPeriod ?? file.result?.monthRange ?? null;

export function statusOf(file: PendingFile): ReturnedFile['status'] {
  if (file.refusal) return 'refused';
  if (file.committedImportId !== null) return 'committed';
  if (!file.result || !file.structure || !periodOf(file)) return 'needs-mapping';
  return 'ready';
}

const previewLines = 500;

export function previewOf(file: PendingFile, context: ImportContext): ReturnedFile {
  const sheet = file.sheets.find((s) => s.name === file.sheetName);
  const headerValues = sheet && file.headerRow !== null ? (valuesOfRow(sheet, file.headerRow) ?? []) : [];
  const period = periodOf(file);
  const result = file.result;
  const replaces = file.structure && period && !file.refusal && file.committedImportId === null ? context.replacedBy(file.structure.id, period, file.sha256) : [];
  return {
    fileIndex: file.fileIndex,
    fileName: file.fileName,
    sha256: file.sha256,
    sizeBytes: file.sizeBytes,
    status: statusOf(file),
    recognisedBy: file.recognisedBy,
    refusal: file.refusal,
    structure: file.structure,
    period,
    sheetName: file.sheetName,
    sheetNames: file.sheets.filter((s) => s.name !== sheetNames.meta).map((s) => s.name),
    headerRow: file.headerRow,
    headers: headerValues.map((value, index) => ({ column: index + 1, letter: columnLetter(index + 1), text: cellText(value) })).filter((header) => header.text !== ''),
    mapping: file.mapping,
    suggestedStructureId: file.suggestedStructureId,
    counts: result?.counts ?? { accepted: 0, refused: 0, blank: 0, warnings: 0 },
    totals: result?.totals ?? { hours: 0, contracts: 0 },
    lines: (result?.lines.slice(0, previewLines) ?? []).map((line) => ({
      ...line,
      occupationLabel: context.occupationLabels.get(line.occupationKey) ?? line.occupationKey,
    })),
    issues: result?.issues ?? [],
    replaces,
    committedImportId: file.committedImportId,
  };
}

export type CommitReady = { structure: { id: number; name: string }; period: Period; result: RowsResult };

/** What a commit needs, or why the file cannot be committed now (French, says what to do). */
export function readyToCommit(file: PendingFile): CommitReady | { blocker: string; isDone: boolean } {
  const blocked = (blocker: string, isDone = false) => ({ blocker, isDone });
  if (file.refusal) return blocked(file.refusal);
  if (file.committedImportId !== null) return blocked(`« ${file.fileName} » est déjà importé : relisez-le si vous voulez l’importer à nouveau.`, true);
  const period = periodOf(file);
  if (!file.structure || !file.result) return blocked(`« ${file.fileName} » n’est pas un classeur préparé par Passerelles : associez d’abord ses colonnes, la structure et la période.`);
  if (!period) return blocked(`« ${file.fileName} » ne contient aucun mois lisible : indiquez la période du fichier.`);
  if (file.result.counts.accepted === 0 && file.result.counts.refused > 0)
    return blocked(`Aucune ligne de « ${file.fileName} » n’est acceptée : corrigez les lignes refusées (voir la liste), puis relisez le fichier.`);
  return { structure: file.structure, period, result: file.result };
}

export const describePeriod = (period: Period) => `${monthText(period.from)} à ${monthText(period.to)}`;
