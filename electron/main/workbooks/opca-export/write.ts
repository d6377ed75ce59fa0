import ExcelJS from 'exceljs';
import { renameSync, rmSync } from 'node:fs';
import { exportFields, type ExportField, type OpcaLayout } from '../../../../shared/domain/trainings/opca-layout';
import type { ParticipantLine } from '../../store/trainings/participant-lines';
import { savedOrExplained } from '../saved-or-explained';

type Cell = string | number | Date | null;

const isoToDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The value of one field for one line: numbers as numbers, dates as dates, money in euros. */
export function cellOf(line: ParticipantLine, field: ExportField): Cell {
  switch (field) {
    case 'startDate':
      return isoToDate(line.startDate);
    case 'endDate':
      return isoToDate(line.endDate);
    case 'hours':
      return line.hours;
    case 'cost':
      return line.costCents / 100;
    default:
      return line[field] === '' ? null : line[field];
  }
}

// A text a spreadsheet could take for a formula (`= + - @`): exceljs writes strings as strings,
// and the text format keeps it so when someone edits the cell (formula injection).
const looksLikeFormula = (text: string) => /^[=+\-@]/.test(text);

export function numberFormatOf(field: ExportField, layout: OpcaLayout): string | undefined {
  const kind = exportFields[field].kind;
  if (kind === 'code') return '@';
  if (kind === 'date') return layout.dateFormat;
  if (kind === 'money') return layout.moneyFormat;
  return undefined;
}

export type FundWorkbook = {
  layout: OpcaLayout;
  lines: readonly ParticipantLine[];
  fundLabel: string;
  associationName: string;
  scopeLabel: string;
};

export type StructureTotal = { structureName: string; siret: string; participants: number; hours: number; costCents: number };

export function totalsByStructure(lines: readonly ParticipantLine[]): StructureTotal[] {
  const totals = new Map<string, StructureTotal>();
  for (const line of lines) {
    const key = String(line.structureId);
    const total = totals.get(key) ?? { structureName: line.structureName, siret: line.structureSiret, participants: 0, hours: 0, costCents: 0 };
    total.participants += 1;
    total.hours += line.hours;
    total.costCents += line.costCents;
    totals.set(key, total);
  }
  return [...totals.values()];
}

const headerStyle = (row: ExcelJS.Row) => {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5D62' } };
};

/**
 * The workbook sent to one fund: its participants in the profile's columns, then a summary with
 * the totals per structure and the grand total. Streaming writer (a regional plan is thousands of
 * lines), to a draft beside the target moved into place at the end: never half a file.
 */
export async function writeFundWorkbook(path: string, book: FundWorkbook): Promise<StructureTotal[]> {
  const draft = `${path}.export`;
  const totals = totalsByStructure(book.lines);
  await savedOrExplained(path, async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: draft, useStyles: true, useSharedStrings: true });
    workbook.creator = book.associationName;
    try {
      const { layout } = book;
      const sheet = workbook.addWorksheet(layout.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
      // Formats go on the cells that need them (dates, euros, codes), not on whole columns: a column
      // style is copied into every cell of the column by exceljs, which doubled the writing time.
      sheet.columns = layout.columns.map((column) => ({ header: column.header, width: Math.max(12, Math.min(40, column.header.length + 4)) }));
      const formats = layout.columns.map((column) => numberFormatOf(column.field, layout));
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.columns.length } };
      headerStyle(sheet.getRow(1));
      sheet.getRow(1).commit();
      const fields = layout.columns.map((column) => column.field);
      for (const line of book.lines) {
        const values = fields.map((field) => cellOf(line, field));
        const row = sheet.addRow(values);
        for (let i = 0; i < values.length; i += 1) {
          const value = values[i];
          if (value === null) continue;
          const format = typeof value === 'string' && looksLikeFormula(value) ? '@' : formats[i];
          if (format) row.getCell(i + 1).numFmt = format;
        }
        row.commit();
      }
      sheet.commit();

      const summary = workbook.addWorksheet(layout.summarySheetName);
      summary.columns = [
        { header: 'Structure', width: 40 },
        { header: 'SIRET', width: 17, style: { numFmt: '@' } },
        { header: 'Stagiaires', width: 11, style: { numFmt: '0' } },
        { header: 'Heures', width: 10, style: { numFmt: '0.##' } },
        { header: 'Coût pédagogique', width: 18, style: { numFmt: layout.moneyFormat } },
      ];
      headerStyle(summary.getRow(1));
      summary.getRow(1).commit();
      let participants = 0;
      let hours = 0;
      let cost = 0;
      for (const total of totals) {
        summary.addRow([total.structureName, total.siret || null, total.participants, total.hours, total.costCents / 100]).commit();
        participants += total.participants;
        hours += total.hours;
        cost += total.costCents;
      }
      const grand = summary.addRow(['Total', null, participants, hours, cost / 100]);
      grand.font = { bold: true };
      grand.commit();
      summary.addRow([]).commit();
      summary.addRow([`${book.fundLabel} — ${book.scopeLabel}`]).commit();
      summary.addRow([`Préparé par ${book.associationName}`]).commit();
      summary.commit();
      await workbook.commit();
      renameSync(draft, path);
    } catch (error) {
      rmSync(draft, { force: true });
      throw error;
    }
  });
  return totals;
}
