import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { CddColumn, ColumnMapping, ImportLogEntry, ReturnedFile } from '../../../../shared/api/cdd';
import type { OccupationMatch } from '../../../../shared/domain/occupations/match';
import { isAppError } from '../../errors';
import { sheetNames } from '../cdd-collection/layout';
import { monthText } from '../cdd-collection/layout';
import { cellText } from './cells';
import { columnLetter, guessHeaders, hasRequiredColumns, normaliseHeader } from './headers';
import { readCollectionMeta } from './meta';
import { checkWorkbookFile, readWorkbookGrid, type SheetGrid } from '../xlsx-reader/read-workbook';
import { validateRows, type RowsResult } from './validate-rows';

type Mapping = Record<CddColumn, number | null>;
type Period = { from: string; to: string };

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

/** One returned file between reading and commit (kept in memory by the handlers). */
export type PendingFile = {
  fileIndex: number;
  path: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  sheets: SheetGrid[];
  refusal: string | null;
  recognisedBy: 'meta' | 'mapping' | null;
  structure: { id: number; name: string } | null;
  /** From _meta or the mapping; null = the months found in the file. */
  declaredPeriod: Period | null;
  sheetName: string;
  headerRow: number | null;
  mapping: Mapping;
  suggestedStructureId: number | null;
  /** Unknown job titles the person resolved, for this file. */
  choices: Map<string, string>;
  result: RowsResult | null;
  committedImportId: number | null;
};

const emptyMapping = (): Mapping => ({ structureName: null, month: null, occupation: null, contracts: null, hours: null, reason: null });
const isMonthText = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The sheet holding the data: ours by name, else the visible sheet whose headers name the most fields. */
function dataSheetOf(sheets: readonly SheetGrid[]): SheetGrid | null {
  const ours = sheets.find((sheet) => sheet.name === sheetNames.data);
  if (ours) return ours;
  const candidates = sheets.filter((sheet) => sheet.name !== sheetNames.meta && sheet.name !== sheetNames.lists);
  let best: { sheet: SheetGrid; found: number } | null = null;
  for (const sheet of candidates) {
    const found = guessHeaders(sheet)?.found ?? 0;
    if (!best || found > best.found || (found === best.found && best.sheet.isHidden && !sheet.isHidden)) best = { sheet, found };
  }
  return best?.sheet ?? null;
}

const genericWords = new Set(['ehpad', 'saad', 'ssiad', 'esat', 'siae', 'marpa', 'cmpr', 'centre', 'sante', 'maison', 'residence', 'association', 'foyer', 'service', 'services', 'domicile', 'aide', 'soins', 'tableau', 'fichier', 'donnees', 'retour']);
const distinctiveWords = (name: string) => normaliseHeader(name).split(' ').filter((word) => word.length >= 4 && !genericWords.has(word));

function suggestStructure(file: PendingFile, context: ImportContext): number | null {
  const sheet = file.sheets.find((s) => s.name === file.sheetName);
  const column = file.mapping.structureName;
  const named = sheet && column ? sheet.rows.find((row) => row.number > (file.headerRow ?? 0) && cellText(row.values[column - 1] ?? null) !== '') : undefined;
  const candidates = [named && column ? cellText(named.values[column - 1] ?? null) : '', basename(file.fileName, '.xlsx')].map(normaliseHeader);
  for (const candidate of candidates) {
    if (candidate === '') continue;
    const exact = context.structures.find((s) => normaliseHeader(s.name) === candidate);
    if (exact) return exact.id;
    // Else the structure whose own words ("Tilleuls", not "EHPAD") appear in the file's name, if only one does.
    const words = new Set(candidate.split(' '));
    const scored = context.structures
      .map((s) => ({ id: s.id, score: distinctiveWords(s.name).filter((word) => words.has(word)).length }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score);
    if (scored[0] && scored[0].score > (scored[1]?.score ?? 0)) return scored[0].id;
  }
  return null;
}

function refused(base: Omit<PendingFile, 'refusal'>, message: string): PendingFile {
  return { ...base, refusal: message };
}

/** Reads one returned file and, when it is our template, checks every row at once. Never throws for a bad file. */
export async function readReturnedFile(path: string, fileIndex: number, context: ImportContext): Promise<PendingFile> {
  const base: Omit<PendingFile, 'refusal'> = {
    fileIndex,
    path,
    fileName: basename(path),
    sha256: '',
    sizeBytes: 0,
    sheets: [],
    recognisedBy: null,
    structure: null,
    declaredPeriod: null,
    sheetName: '',
    headerRow: null,
    mapping: emptyMapping(),
    suggestedStructureId: null,
    choices: new Map(),
    result: null,
    committedImportId: null,
  };
  try {
    base.sizeBytes = checkWorkbookFile(path);
    base.sha256 = await sha256Of(path);
    base.sheets = await readWorkbookGrid(path);
  } catch (error) {
    if (isAppError(error)) return refused(base, error.message);
    throw error;
  }
  const file: PendingFile = { ...base, refusal: null };
  const sheet = dataSheetOf(file.sheets);
  if (!sheet) return refused(base, `« ${file.fileName} » ne contient aucune feuille de données : vérifiez que c’est bien le tableau des CDD.`);
  file.sheetName = sheet.name;
  const guess = guessHeaders(sheet);
  if (guess) {
    file.headerRow = guess.row;
    file.mapping = guess.mapping;
  }

  const meta = readCollectionMeta(file.sheets);
  if (meta) {
    if (meta.associationCreatedAt !== context.association.createdAt) {
      const whose =
        meta.associationName === context.association.name
          ? `un autre fichier d’association nommé lui aussi « ${meta.associationName} »`
          : `l’association « ${meta.associationName} », pas pour « ${context.association.name} »`;
      return refused(base, `« ${file.fileName} » a été préparé pour ${whose} : ouvrez ce fichier .passerelles pour l’importer. Rien n’a été importé.`);
    }
    const structure = context.structures.find((s) => s.id === meta.structureId);
    if (!structure)
      return refused(
        base,
        `« ${file.fileName} » a été préparé pour « ${meta.structureName} », qui n’est plus dans le registre : recréez la structure, puis importez le fichier avec « Associer les colonnes ».`,
      );
    file.structure = structure;
    if (isMonthText(meta.periodStart) && isMonthText(meta.periodEnd) && meta.periodStart <= meta.periodEnd) file.declaredPeriod = { from: meta.periodStart, to: meta.periodEnd };
    file.recognisedBy = 'meta';
    if (file.headerRow !== null && hasRequiredColumns(file.mapping)) revalidate(file, context);
  } else {
    file.recognisedBy = 'mapping';
    file.suggestedStructureId = suggestStructure(file, context);
  }
  return file;
}

/** Applies the person's choices for a member's own workbook, then checks every row again. */
export function applyMapping(
  file: PendingFile,
  choice: { sheetName: string; headerRow: number; mapping: ColumnMapping; structure: { id: number; name: string }; period: Period | null },
  context: ImportContext,
): void {
  if (choice.sheetName !== '') file.sheetName = choice.sheetName;
  file.headerRow = choice.headerRow;
  file.mapping = { ...choice.mapping };
  file.structure = choice.structure;
  if (file.recognisedBy !== 'meta' || choice.period) file.declaredPeriod = choice.period;
  revalidate(file, context);
}

export function revalidate(file: PendingFile, context: ImportContext): void {
  const sheet = file.sheets.find((s) => s.name === file.sheetName);
  if (!sheet || !file.structure || file.headerRow === null || !hasRequiredColumns(file.mapping)) {
    file.result = null;
    return;
  }
  file.result = validateRows({
    sheet,
    headerRow: file.headerRow,
    mapping: file.mapping,
    period: file.declaredPeriod,
    structureName: file.structure.name,
    match: context.match,
    choices: file.choices,
    maxHoursPerContractMonth: context.maxHoursPerContractMonth,
  });
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
  const headerValues = sheet && file.headerRow !== null ? (sheet.rows.find((row) => row.number === file.headerRow)?.values ?? []) : [];
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
  if (file.committedImportId !== null) return blocked(`« ${file.fileName} » est déjà importé : relisez-le si vous voulez l’importer à nouveau.`, true);
  const period = periodOf(file);
  if (!file.structure || !file.result) return blocked(`« ${file.fileName} » n’est pas un classeur préparé par Passerelles : associez d’abord ses colonnes, la structure et la période.`);
  if (!period) return blocked(`« ${file.fileName} » ne contient aucun mois lisible : indiquez la période du fichier.`);
  if (file.result.counts.accepted === 0 && file.result.counts.refused > 0)
    return blocked(`Aucune ligne de « ${file.fileName} » n’est acceptée : corrigez les lignes refusées (voir la liste), puis relisez le fichier.`);
  return { structure: file.structure, period, result: file.result };
}

export const describePeriod = (period: Period) => `${monthText(period.from)} à ${monthText(period.to)}`;
