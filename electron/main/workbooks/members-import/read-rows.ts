import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { fail, isAppError } from '../../errors';
import { inspectWorkbookFile, refuseWorkbook, type SheetInfo } from './xlsx-file';

/** A cell as the import sees it: formulas replaced by their cached result, rich text by its text. */
export type PlainValue = string | number | boolean | Date | null;

export type SheetRow = {
  /** Row number as Excel shows it. */
  number: number;
  /** 1-based, as Excel counts columns; holes are null. */
  values: PlainValue[];
  /** A SUM/SOMME formula somewhere in the row: a totals row. */
  hasSum: boolean;
};

export type SheetGrid = { name: string; isHidden: boolean; rows: SheetRow[]; columnCount: number };

/** Bounds on what one import may hold; a members list is far below them. */
export const workbookLimits = { maxRows: 100_000, maxColumns: 200, timeoutMs: 120_000 };

type RawValue = ExcelJS.CellValue | { sharedString: number } | undefined;

function plainOf(value: RawValue): { value: PlainValue; isSum: boolean } {
  if (value === null || value === undefined) return { value: null, isSum: false };
  if (typeof value === 'string') return { value: value.trim() === '' ? null : value, isSum: false };
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : null, isSum: false };
  if (typeof value === 'boolean' || value instanceof Date) return { value, isSum: false };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? String(value.formula ?? '') : '';
    const result = 'result' in value ? value.result : undefined;
    const cached = plainOf(result as RawValue);
    return { value: cached.value, isSum: /\b(SUM|SOMME|SUBTOTAL|SOUS\.TOTAL)\s*\(/i.test(formula) };
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText.map((run) => run.text).join('');
    return { value: text.trim() === '' ? null : text, isSum: false };
  }
  if ('text' in value) return plainOf(typeof value.text === 'string' ? value.text : (value.text as RawValue));
  // An Excel error (#N/A, #REF!) carries no value the register could use.
  return { value: null, isSum: false };
}

/** Fills every cell of a merged range with its top-left (master) value, as the person sees it. */
function applyMerges(rows: SheetRow[], info: SheetInfo): void {
  if (info.merges.length === 0) return;
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  for (const range of info.merges) {
    const master = byNumber.get(range.top)?.values[range.left] ?? null;
    if (master === null) continue;
    for (let r = range.top; r <= range.bottom; r += 1) {
      let row = byNumber.get(r);
      if (!row) {
        row = { number: r, values: [], hasSum: false };
        byNumber.set(r, row);
        rows.push(row);
      }
      for (let c = range.left; c <= range.right; c += 1) if (r !== range.top || c !== range.left) row.values[c] = master;
    }
  }
  rows.sort((a, b) => a.number - b.number);
}

/**
 * Reads every sheet with exceljs's streaming reader (the same reader, options and cost as a
 * plain read of the file), keeping cell values only. A file exceljs cannot read is refused with
 * the advice to save it again as .xlsx.
 */
export async function readWorkbookRows(path: string, now = () => Date.now()): Promise<{ grids: SheetGrid[]; sha256: string }> {
  const { sheets: infos, sha256, repacked } = inspectWorkbookFile(path);
  const infoByPath = new Map(infos.map((info) => [info.path, info]));
  const infoByName = new Map(infos.map((info) => [info.name, info]));
  const started = now();
  const grids: SheetGrid[] = [];
  let rowCount = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([repacked]), {});
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { id: number | string; name: string };
      const info = infoByName.get(sheet.name) ?? infoByPath.get(`xl/worksheets/sheet${sheet.id}.xml`);
      const rows: SheetRow[] = [];
      let columnCount = 0;
      for await (const row of sheet) {
        rowCount += 1;
        if (rowCount > workbookLimits.maxRows) {
          fail('INVALID_FILE', `« ${basename(path)} » compte plus de ${workbookLimits.maxRows.toLocaleString('fr-FR')} lignes : gardez la liste des adhérents seule dans un classeur et importez celui-ci.`);
        }
        if (now() - started > workbookLimits.timeoutMs) {
          fail('INVALID_FILE', `La lecture de « ${basename(path)} » prend trop de temps : enregistrez la liste des adhérents seule dans un nouveau classeur .xlsx et importez celui-ci.`);
        }
        const raw = row.values as RawValue[];
        const values: PlainValue[] = [];
        let hasSum = false;
        let hasValue = false;
        for (let c = 1; c < Math.min(raw.length, workbookLimits.maxColumns + 1); c += 1) {
          const { value, isSum } = plainOf(raw[c]);
          values[c] = value;
          hasSum ||= isSum;
          hasValue ||= value !== null;
        }
        if (!hasValue) continue;
        columnCount = Math.max(columnCount, values.length - 1);
        rows.push({ number: row.number, values, hasSum });
      }
      if (info) applyMerges(rows, info);
      grids.push({ name: info?.name ?? sheet.name, isHidden: info?.isHidden ?? false, rows, columnCount });
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    refuseWorkbook(path);
  }
  return { grids, sha256 };
}
