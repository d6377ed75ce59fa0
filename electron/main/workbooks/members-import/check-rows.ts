import type { PackedSheet } from '../xlsx-reader/packed-grid';
import { rowCountOf, valuesAt } from '../xlsx-reader/packed-grid';
import type { SheetRow } from './read-rows';
import { createRowChecker, isTotalsRow, type CheckedRow, type ColumnMapping } from './rows';

/** The fields whose text tells a structure's row from a totals row (see isTotalsRow). */
const textFields = new Set(['name', 'finessEt', 'finessEj', 'siret', 'communeName', 'communeCode', 'address', 'directorName', 'email']);
export const textIndexesOf = (mapping: ColumnMapping) => mapping.filter((column) => textFields.has(column.field)).map((column) => column.index);

/** A row the plan leaves out before checking it: empty in every mapped column. */
export const isBlankFor = (mapping: ColumnMapping, row: SheetRow) => mapping.every((column) => (row.values[column.index] ?? null) === null);

/** Each data row checked on its own (see createRowChecker); null for a blank or a totals row, which the plan tells apart. */
export function checkDataRows(rows: readonly SheetRow[], mapping: ColumnMapping): (CheckedRow | null)[] {
  const check = createRowChecker(mapping);
  const textIndexes = textIndexesOf(mapping);
  return rows.map((row) => (isBlankFor(mapping, row) || isTotalsRow(row, textIndexes) ? null : check(row)));
}

/** The rows `from` to `to` of a packed sheet, as the import reads them (values[0] is empty, values[1] column A). */
export function rowsOfPacked(sheet: PackedSheet, from: number, to: number): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let i = from; i < Math.min(to, rowCountOf(sheet)); i += 1) rows.push({ number: sheet.rowNumbers[i] ?? 0, values: valuesAt(sheet, i) });
  return rows;
}
