import ExcelJS from 'exceljs';
import { collectionKind, collectionTemplateVersion, dataColumns, monthText, reasonLabels, sheetNames, type CollectionMeta } from './layout';
import { savedOrExplained } from '../saved-or-explained';
import { fteExplanation, fullTimeMonthExample } from '../../../../shared/domain/pooling/fte-story';

export type CollectionContent = {
  associationName: string;
  associationCreatedAt: string;
  structure: { id: number; name: string };
  months: string[];
  /** Every occupation label of the file, for the dropdown list. */
  occupationLabels: string[];
  /** Occupations this structure reported before: prefilled one line per month so the member only types figures. */
  prefilledOccupations: string[];
  preparedAt: string;
  /** The association's setting: the hours of one FTE a year (1,607 by default). */
  fteHoursPerYear: number;
};

type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const spareRows = 200;

function addInstructions(workbook: ExcelJS.Workbook, content: CollectionContent) {
  const sheet = workbook.addWorksheet(sheetNames.instructions);
  sheet.getColumn(1).width = 110;
  const first = monthText(content.months[0] ?? '');
  const last = monthText(content.months.at(-1) ?? '');
  const lines = [
    `Recensement des CDD — ${content.structure.name}`,
    `Association : ${content.associationName} — période du ${first} au ${last}`,
    '',
    'Ce classeur sert à recenser les contrats à durée déterminée (CDD) de votre structure, par métier et par mois.',
    `1. Ouvrez l’onglet « ${sheetNames.data} ». Chaque ligne correspond à un métier pour un mois.`,
    '2. Choisissez le mois et le métier dans les listes déroulantes (flèche à droite de la cellule).',
    `3. Indiquez le nombre de CDD et le total des heures travaillées en CDD ce mois-là pour ce métier (par exemple ${fullTimeMonthExample(content.fteHoursPerYear)} pour un temps plein tout le mois).`,
    `   ${fteExplanation(content.fteHoursPerYear)}`,
    '4. Choisissez le motif principal dans la liste (remplacement maladie, congés, formation…).',
    '5. Laissez vides les lignes sans CDD ; ajoutez des lignes en dessous si besoin (sans changer les titres des colonnes).',
    '6. Enregistrez le fichier au format .xlsx et renvoyez-le à l’association, sans le renommer si possible.',
    '',
    'Un métier absent de la liste ? Écrivez son intitulé habituel : l’association le rattachera au bon métier.',
    'Ne modifiez pas les onglets masqués : ils permettent de reconnaître votre fichier au retour.',
  ];
  lines.forEach((text, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
  });
  return sheet;
}

/** Hidden lists the dropdowns point to (a list in the validation itself is limited to 255 characters). */
function addLists(workbook: ExcelJS.Workbook, content: CollectionContent) {
  const sheet = workbook.addWorksheet(sheetNames.lists, { state: 'hidden' });
  const columns = [content.occupationLabels, reasonLabels, content.months.map(monthText)];
  columns.forEach((values, index) => {
    values.forEach((value, row) => {
      sheet.getCell(row + 1, index + 1).value = value;
    });
  });
}

function listRanges(content: CollectionContent) {
  const range = (column: string, length: number) => `'${sheetNames.lists}'!$${column}$1:$${column}$${Math.max(1, length)}`;
  return { occupations: range('A', content.occupationLabels.length), reasons: range('B', reasonLabels.length), months: range('C', content.months.length) };
}

function addData(workbook: ExcelJS.Workbook, content: CollectionContent, lists: ReturnType<typeof listRanges>) {
  const sheet = workbook.addWorksheet(sheetNames.data, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = dataColumns.map((column) => ({ header: column.header, key: column.field, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = headerFill;
  header.alignment = { vertical: 'middle', wrapText: true };

  const prefilled = content.prefilledOccupations.flatMap((occupation) => content.months.map((month) => ({ occupation, month })));
  const lastRow = 1 + prefilled.length + spareRows;
  for (let r = 2; r <= lastRow; r += 1) {
    const line = prefilled[r - 2];
    const row = sheet.getRow(r);
    row.getCell(1).value = content.structure.name;
    if (line) {
      row.getCell(2).value = monthText(line.month);
      row.getCell(3).value = line.occupation;
    }
    row.getCell(2).numFmt = '@';
    row.getCell(4).numFmt = '0';
    row.getCell(5).numFmt = '#,##0.00';
    // Only the data cells are editable; the header stays as the import expects it.
    for (let c = 1; c <= dataColumns.length; c += 1) row.getCell(c).protection = { locked: false };
  }
  // Validations on the used range plus spare rows only: whole-column validations hang exceljs.
  // Range validations exist at run time (one <dataValidation> per range) but not in exceljs's types.
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  const span = (column: string) => `${column}2:${column}${lastRow}`;
  const list = (formula: string, title: string, message: string): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: title,
    error: message,
  });
  validations.add(span('B'), list(lists.months, 'Mois', 'Choisissez un mois de la période (MM/AAAA).'));
  validations.add(span('C'), list(lists.occupations, 'Métier', 'Ce métier n’est pas dans la liste : vérifiez l’intitulé.'));
  validations.add(span('F'), list(lists.reasons, 'Motif', 'Choisissez un motif dans la liste.'));
  validations.add(span('D'), {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: 'Nombre de CDD',
    error: 'Indiquez un nombre entier de contrats (0 ou plus).',
  });
  validations.add(span('E'), {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 10000],
    showErrorMessage: true,
    errorTitle: 'Heures',
    error: `Indiquez un nombre d’heures travaillées (par exemple ${fullTimeMonthExample(content.fteHoursPerYear)} pour un temps plein tout le mois).`,
  });
  return sheet;
}

function addMeta(workbook: ExcelJS.Workbook, content: CollectionContent) {
  const sheet = workbook.addWorksheet(sheetNames.meta, { state: 'hidden' });
  const meta = {
    kind: collectionKind,
    templateVersion: collectionTemplateVersion,
    associationName: content.associationName,
    associationCreatedAt: content.associationCreatedAt,
    structureId: content.structure.id,
    structureName: content.structure.name,
    periodStart: content.months[0] ?? '',
    periodEnd: content.months.at(-1) ?? '',
    preparedAt: content.preparedAt,
  } satisfies CollectionMeta;
  Object.entries(meta).forEach(([key, value], index) => {
    sheet.getCell(index + 1, 1).value = key;
    // Text, so a spreadsheet program does not turn the period into a date on the way back.
    sheet.getCell(index + 1, 2).value = String(value);
  });
}

/** Writes one structure's collection workbook. */
export async function writeCollectionWorkbook(path: string, content: CollectionContent): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelles';
  workbook.created = new Date(content.preparedAt);
  addInstructions(workbook, content);
  const data = addData(workbook, content, listRanges(content));
  addLists(workbook, content);
  addMeta(workbook, content);
  await data.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  await savedOrExplained(path, () => workbook.xlsx.writeFile(path));
}
