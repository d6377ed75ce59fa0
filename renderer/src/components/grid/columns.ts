import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { formatDate } from '../../../../shared/format/dates';
import { formatDecimal, formatInteger, parseFrenchNumber } from '../../../../shared/format/numbers';

/** Number filters accept what French people type: "12,5", "1 607". */
const frenchNumberFilter = {
  allowedCharPattern: '\\d\\-\\,\\.\\s',
  numberParser: (text: string | null) => (text == null ? null : parseFrenchNumber(text)),
  numberFormatter: (value: number | null) => (value == null ? null : formatDecimal(value)),
};

/**
 * Edited as text showing the French value ("72,5"): the browser's number input would refuse the comma.
 * The edit request carries the typed text; the page parses it (parseFrenchNumber) and says what is wrong.
 */
const frenchNumberEditing = {
  cellDataType: false,
  cellEditor: 'agTextCellEditor',
  cellEditorParams: { useFormatter: true },
} as const;

const asNumber = (p: ValueFormatterParams) => (typeof p.value === 'number' ? p.value : null);

/** An integer column: French thousands, right-aligned, number filter. */
export const integerColumn = <T>(def: ColDef<T>): ColDef<T> => ({
  ...frenchNumberEditing,
  type: 'numericColumn',
  filter: 'agNumberColumnFilter',
  filterParams: frenchNumberFilter,
  valueFormatter: (p) => formatInteger(asNumber(p)),
  ...def,
});

/** A decimal column ("12,5"). */
export const decimalColumn = <T>(def: ColDef<T>): ColDef<T> => ({
  ...frenchNumberEditing,
  type: 'numericColumn',
  filter: 'agNumberColumnFilter',
  filterParams: frenchNumberFilter,
  valueFormatter: (p) => formatDecimal(asNumber(p)),
  ...def,
});

/** An ISO date column shown "23/11/2026". */
export const dateColumn = <T>(def: ColDef<T>): ColDef<T> => ({
  filter: 'agDateColumnFilter',
  valueFormatter: (p) => formatDate(typeof p.value === 'string' ? p.value : null),
  ...def,
});

/** A text column with a "contient" filter. */
export const textColumn = <T>(def: ColDef<T>): ColDef<T> => ({
  filter: 'agTextColumnFilter',
  filterParams: { defaultOption: 'contains' },
  ...def,
});
