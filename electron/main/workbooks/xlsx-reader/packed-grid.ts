import type { CellValue, GridRow, SheetGrid } from './read-workbook';

/**
 * A sheet as a few flat typed arrays and one table of its distinct texts: the form in which a
 * workbook read in the worker thread reaches the main process, and in which the main process
 * keeps it until the import is committed. Measured on a 100,000-row CDD return: the structured
 * clone of the row arrays costs the main thread 100–150 ms to deserialise (and ~50 MB of
 * objects to keep); these buffers are moved, not copied, and only the table of texts (a few
 * dozen in a CDD return) is cloned.
 */
export type PackedSheet = {
  name: string;
  isHidden: boolean;
  /** Excel's number of each row, in the order of the file. */
  rowNumbers: Int32Array;
  /** The cells of row i are at rowStarts[i] up to rowStarts[i + 1]; length rows + 1. */
  rowStarts: Int32Array;
  kinds: Uint8Array;
  /** The number, or the index of the text in `texts`. */
  slots: Float64Array;
  texts: string[];
};

// One byte per cell says what its slot holds.
const none = 0;
const number = 1;
const text = 2;
const no = 3;
const yes = 4;

/** A column is deduplicated until this many of its texts show it repeats less than one time in eight. */
const dedupTrial = 256;

export function packSheet(sheet: SheetGrid): PackedSheet {
  let cellCount = 0;
  for (const row of sheet.rows) cellCount += row.values.length;
  const rowNumbers = new Int32Array(sheet.rows.length);
  const rowStarts = new Int32Array(sheet.rows.length + 1);
  const kinds = new Uint8Array(cellCount);
  const slots = new Float64Array(cellCount);
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  // Per column: texts seen and found again. A column of names or e-mails (all different) is not
  // looked up any more once tried: hashing 100,000 distinct texts cost more than cloning them.
  const seen: number[] = [];
  const found: number[] = [];
  let cell = 0;
  for (const [i, row] of sheet.rows.entries()) {
    rowNumbers[i] = row.number;
    rowStarts[i] = cell;
    // A hole of a sparse array reads as undefined: packed as an empty cell, like null.
    for (let c = 0; c < row.values.length; c += 1, cell += 1) {
      const value = row.values[c];
      if (typeof value === 'number') {
        kinds[cell] = number;
        slots[cell] = value;
      } else if (typeof value === 'string') {
        const tried = seen[c] ?? 0;
        const isRepeating = tried < dedupTrial || (found[c] ?? 0) * 8 >= tried;
        let index = isRepeating ? textIndex.get(value) : undefined;
        if (index === undefined) {
          index = texts.push(value) - 1;
          if (isRepeating) textIndex.set(value, index);
        } else found[c] = (found[c] ?? 0) + 1;
        if (isRepeating) seen[c] = tried + 1;
        kinds[cell] = text;
        slots[cell] = index;
      } else if (typeof value === 'boolean') kinds[cell] = value ? yes : no;
      else kinds[cell] = none;
    }
  }
  rowStarts[sheet.rows.length] = cell;
  return { name: sheet.name, isHidden: sheet.isHidden, rowNumbers, rowStarts, kinds, slots, texts };
}

export const rowCountOf = (sheet: PackedSheet) => sheet.rowNumbers.length;

function valueAt(sheet: PackedSheet, cell: number): CellValue {
  switch (sheet.kinds[cell]) {
    case number:
      return sheet.slots[cell] ?? null;
    case text:
      return sheet.texts[sheet.slots[cell] ?? -1] ?? null;
    case yes:
      return true;
    case no:
      return false;
    default:
      return null;
  }
}

/** The values of the i-th row of the sheet (values[0] is column A). */
export function valuesAt(sheet: PackedSheet, index: number): CellValue[] {
  const start = sheet.rowStarts[index] ?? 0;
  const end = sheet.rowStarts[index + 1] ?? start;
  const values: CellValue[] = [];
  for (let cell = start; cell < end; cell += 1) values.push(valueAt(sheet, cell));
  return values;
}

/** The values of the row Excel numbers `rowNumber`, or null when the sheet has no such row. */
export function valuesOfRow(sheet: PackedSheet, rowNumber: number): CellValue[] | null {
  const index = sheet.rowNumbers.indexOf(rowNumber);
  return index < 0 ? null : valuesAt(sheet, index);
}

export function unpackSheet(sheet: PackedSheet): SheetGrid {
  const rows: GridRow[] = [];
  for (let i = 0; i < rowCountOf(sheet); i += 1) rows.push({ number: sheet.rowNumbers[i] ?? 0, values: valuesAt(sheet, i) });
  return { name: sheet.name, isHidden: sheet.isHidden, rows };
}

/** The buffers to move (not copy) with a message that carries these sheets. */
export const buffersOf = (sheets: readonly PackedSheet[]): ArrayBuffer[] =>
  sheets.flatMap((sheet) => [sheet.rowNumbers.buffer, sheet.rowStarts.buffer, sheet.kinds.buffer, sheet.slots.buffer] as ArrayBuffer[]);
