import { unpackSheet, type PackedSheet } from '../xlsx-reader/packed-grid';
import { readWorkbookGrid } from '../xlsx-reader/read-workbook';
import { checkWorkbookFile } from './xlsx-file';

/** A cell as the import sees it: formulas replaced by their cached result, rich text by its text, dates as serials. */
export type PlainValue = string | number | boolean | null;

export type SheetRow = {
  /** Row number as Excel shows it. */
  number: number;
  /** 1-based, as Excel counts columns (values[1] is column A); holes are null. */
  values: PlainValue[];
};

export type SheetGrid = { name: string; isHidden: boolean; rows: SheetRow[]; columnCount: number };

/**
 * Reads every sheet with the small zip+XML reader the CDD import already uses (merged cells spread
 * from their master cell, cached formula results, rich text joined), rather than exceljs's
 * streaming reader: that one drops entries of files whose zip puts workbook.xml last, as SheetJS
 * and LibreOffice write them (12 reads in 40 of the same file), ignores merges, and is three to
 * four times slower. Limits (size, rows, time) are enforced here and by that reader.
 */
export async function readWorkbookRows(path: string, onRows?: (rows: number) => void): Promise<{ grids: SheetGrid[]; sha256: string }> {
  const sha256 = checkWorkbookFile(path);
  const grids = (await readWorkbookGrid(path, onRows)).map((grid) => {
    let columnCount = 0;
    const rows: SheetRow[] = [];
    for (const row of grid.rows) {
      const values: PlainValue[] = [null];
      let isEmpty = true;
      for (const value of row.values) {
        const plain = typeof value === 'string' && value.trim() === '' ? null : (value ?? null);
        values.push(plain);
        isEmpty &&= plain === null;
      }
      if (isEmpty) continue;
      columnCount = Math.max(columnCount, values.length - 1);
      rows.push({ number: row.number, values });
    }
    return { name: grid.name, isHidden: grid.isHidden, rows, columnCount };
  });
  return { grids, sha256 };
}

/** A sheet as it comes back packed from the workbook worker, as the import works with it. */
export function gridOf(packed: PackedSheet): SheetGrid {
  const { name, isHidden, rows } = unpackSheet(packed);
  let columnCount = 0;
  for (const row of rows) columnCount = Math.max(columnCount, row.values.length - 1);
  return { name, isHidden, rows, columnCount };
}
