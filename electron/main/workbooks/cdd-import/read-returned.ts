// The heavy half of a returned file's import, run in the workbook worker (or in process from the
// sources): reading the workbook, recognising it, checking every row. It sees the association
// file only through a CheckContext of plain data, which crosses to the worker.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createOccupationMatcher, type MatchableOccupation, type OccupationMatch } from '../../../../shared/domain/occupations/match';
import { isAppError } from '../../errors';
import { sheetNames } from '../cdd-collection/layout';
import { checkWorkbookFile, readWorkbookGrid, type SheetGrid } from '../xlsx-reader/read-workbook';
import { cellText } from './cells';
import { guessHeaders, hasRequiredColumns, normaliseHeader } from './headers';
import { readCollectionMeta } from './meta';
import { unreadFile, type FileState, type Mapping, type Period } from './returned-file';
import { validateRows, type RowsResult } from './validate-rows';

/** What reading and checking need from the open association file. */
export type CheckContext = {
  association: { name: string; createdAt: string };
  structures: readonly { id: number; name: string }[];
  occupations: readonly MatchableOccupation[];
  maxHoursPerContractMonth: number;
};

/** A file as read here: its sheets still as rows. */
export type ReadFile = FileState & { sheets: SheetGrid[]; result: RowsResult | null };

/** What a check of the rows needs besides the sheet: the person's choices for the file. */
export type CheckRules = {
  headerRow: number;
  mapping: Mapping;
  period: Period | null;
  structureName: string;
  /** Typed title → occupation key, chosen by the person for this file. */
  choices: readonly (readonly [string, string])[];
};

const isMonthText = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

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

function suggestStructure(file: ReadFile, context: CheckContext): number | null {
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

// Headers of a members list (the register's own workbook or a coordinator's), never of a CDD table.
const membersHeaderPattern = /\b(finess|siret|adherent|adhesion|cotisation|directeur|directrice|president|presidente|effectif|opca|opco|raison sociale)\b/;

/** The headers of the first rows that say « members list », as written. */
function membersListSigns(sheet: SheetGrid): string[] {
  const found = new Set<string>();
  for (const row of sheet.rows.slice(0, 20)) {
    for (const value of row.values) {
      const text = cellText(value ?? null);
      if (text.length <= 40 && membersHeaderPattern.test(normaliseHeader(text))) found.add(text);
    }
    if (found.size >= 3) break;
  }
  return [...found];
}

/** Checks every row of `sheet` under the person's choices. */
export function checkRows(sheet: SheetGrid, rules: CheckRules, context: Pick<CheckContext, 'occupations' | 'maxHoursPerContractMonth'>, match?: (typed: string) => OccupationMatch): RowsResult {
  return validateRows({
    sheet,
    headerRow: rules.headerRow,
    mapping: rules.mapping,
    period: rules.period,
    structureName: rules.structureName,
    match: match ?? createOccupationMatcher(context.occupations),
    choices: new Map(rules.choices),
    maxHoursPerContractMonth: context.maxHoursPerContractMonth,
  });
}

/**
 * Reads one returned file and, when it is our template, checks every row at once. Never throws
 * for a bad file: it comes back with its refusal. `onRows` hears how many rows are read so far.
 */
export async function readReturnedFile(path: string, fileIndex: number, context: CheckContext, onRows?: (rows: number) => void): Promise<ReadFile> {
  const base: ReadFile = { ...unreadFile(path, fileIndex), sheets: [], result: null };
  // As before the worker: a file refused once read keeps its sheets (their names show in the preview).
  const refused = (message: string): ReadFile => ({ ...base, refusal: message });
  try {
    // Its size even when it is refused below: « 71 octets » says more than « 0 o ».
    base.sizeBytes = statSync(path).size;
  } catch {
    // checkWorkbookFile says the file is gone.
  }
  try {
    base.sizeBytes = checkWorkbookFile(path);
    // Already below the size limit: hashed in one go (the worker has nothing else to do meanwhile).
    base.sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    base.sheets = await readWorkbookGrid(path, onRows);
  } catch (error) {
    if (isAppError(error)) return refused(error.message);
    throw error;
  }
  const file: ReadFile = { ...base };
  const sheet = dataSheetOf(file.sheets);
  if (!sheet) return refused(`« ${file.fileName} » ne contient aucune feuille de données : vérifiez que c’est bien le tableau des CDD.`);
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
          ? `un autre fichier d’association nommé lui aussi « ${meta.associationName} »`
          : `l’association « ${meta.associationName} », pas pour « ${context.association.name} »`;
      return refused(`« ${file.fileName} » a été préparé pour ${whose} : ouvrez ce fichier .passerelles pour l’importer. Rien n’a été importé.`);
    }
    const structure = context.structures.find((s) => s.id === meta.structureId);
    if (!structure)
      return refused(
        `« ${file.fileName} » a été préparé pour « ${meta.structureName} », qui n’est plus dans le registre : recréez la structure, puis importez le fichier avec « Associer les colonnes ».`,
      );
    file.structure = structure;
    if (isMonthText(meta.periodStart) && isMonthText(meta.periodEnd) && meta.periodStart <= meta.periodEnd) file.declaredPeriod = { from: meta.periodStart, to: meta.periodEnd };
    file.recognisedBy = 'meta';
    if (file.headerRow !== null && hasRequiredColumns(file.mapping)) {
      file.result = checkRows(sheet, { headerRow: file.headerRow, mapping: file.mapping, period: file.declaredPeriod, structureName: structure.name, choices: [] }, context);
    }
  } else {
    // Any sheet may hold the list (a « Notes » sheet often comes first).
    const members = file.sheets.map(membersListSigns).sort((a, b) => b.length - a.length)[0] ?? [];
    if (!hasRequiredColumns(file.mapping) && members.length >= 2) {
      return refused(
        `«\u00a0${file.fileName}\u00a0» ressemble à une liste d’adhérents (colonnes ${members.slice(0, 3).map((h) => `«\u00a0${h}\u00a0»`).join(', ')}), pas à un tableau de CDD : ` +
          'importez-la depuis Adhérents, bouton «\u00a0Importer un classeur d’adhérents…\u00a0». Rien n’a été importé ici.',
      );
    }
    file.recognisedBy = 'mapping';
    file.suggestedStructureId = suggestStructure(file, context);
  }
  return file;
}
