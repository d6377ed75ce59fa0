import type { CellValue, GridRow } from './read-workbook';
import { attribute, decodeText, textOf } from './xml';

export type MergedRange = { top: number; left: number; bottom: number; right: number };

/** "C12" → { row: 12, column: 3 }. */
export function decodeReference(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(reference.toUpperCase());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** Column number of a cell reference ("AB12" → 28), read without a regular expression; 0 if none. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else if (code !== 36) break; // "$"
  }
  return column;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * An attribute of the tag between `from` and `to` in the part, read in place: the tag is not cut
 * out first (this runs for every cell of the file), and the search never leaves the tag. `needle`
 * is « name= ».
 */
function fastAttribute(xml: string, from: number, to: number, needle: string): string | null {
  for (let at = from + 1; at + needle.length < to; at += 1) {
    if (!isSpace(xml.charCodeAt(at - 1)) || !xml.startsWith(needle, at)) continue;
    const quote = xml[at + needle.length];
    const start = at + needle.length + 1;
    const end = xml.indexOf(quote ?? '"', start);
    return end < 0 || end > to ? null : xml.slice(start, end);
  }
  return null;
}

/** A tag name is whole when followed by a space, ">" or "/" ("<c" must not match "<col"). */
const endsName = (xml: string, at: number) => {
  const code = xml.charCodeAt(at);
  return code === 62 || code === 47 || isSpace(code);
};

/** The tags a part's cells are read with, built once per part (its namespace prefix, if any). */
type CellTags = { valueOpen: string; valueClose: string };

const indexWithin = (xml: string, needle: string, start: number, end: number) => {
  const at = xml.slice(start, end).indexOf(needle);
  return at < 0 ? -1 : start + at;
};

/** The value of the cell whose content runs from `start` to `end` in the part. */
function cellValue(type: string | null, xml: string, start: number, end: number, tags: CellTags, sharedStrings: readonly string[]): CellValue {
  if (type === 'inlineStr') return textOf(xml.slice(start, end));
  // A formula counts by its cached result, what the member saw on screen.
  // Nearly always the cell's first child; else (after a formula) looked for within the cell only.
  const open = xml.startsWith(tags.valueOpen, start) ? start : indexWithin(xml, tags.valueOpen, start, end);
  if (open < 0) {
    const content = xml.slice(start, end);
    return type === 'str' && content.includes('<is') ? textOf(content) : null;
  }
  const valueStart = xml.indexOf('>', open) + 1;
  if (xml.charCodeAt(valueStart - 2) === 47) return null; // <v/>
  const valueEnd = xml.indexOf(tags.valueClose, valueStart);
  const raw = xml.slice(valueStart, valueEnd < 0 || valueEnd > end ? end : valueEnd);
  switch (type) {
    case 's':
      return sharedStrings[Number(raw)] ?? null;
    case 'str':
    case 'd':
      return decodeText(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'e':
      return null;
    default: {
      const number = Number(raw);
      return raw !== '' && Number.isFinite(number) ? number : decodeText(raw);
    }
  }
}

/**
 * The rows of one worksheet part that hold a value, and its merged ranges. A scanner over the
 * text (indexOf, no regular expression per cell): it is the import's hot loop. Yields to the
 * event loop every few thousand rows (via `pause`) so a large file does not freeze the window.
 */
export async function parseWorksheet(
  xml: string,
  sharedStrings: readonly string[],
  pause: (rowsSoFar: number) => Promise<void>,
): Promise<{ rows: GridRow[]; merges: MergedRange[] }> {
  const rows: GridRow[] = [];
  const sheetData = /<(\w+:)?sheetData\b/.exec(xml);
  if (!sheetData) return { rows, merges: [] };
  // The OpenXML SDK writes "x:row", "x:c": one prefix for the whole part.
  const prefix = sheetData[1] ?? '';
  const rowOpen = `<${prefix}row`;
  const rowClose = `</${prefix}row>`;
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  const tags: CellTags = { valueOpen: `<${prefix}v`, valueClose: `</${prefix}v>` };
  const dataEnd = (() => {
    const end = xml.indexOf(`</${prefix}sheetData>`, sheetData.index);
    return end < 0 ? xml.length : end;
  })();
  let position = sheetData.index;
  let previousRow = 0;
  let count = 0;
  for (;;) {
    const rowAt = xml.indexOf(rowOpen, position);
    if (rowAt < 0 || rowAt >= dataEnd) break;
    const rowTagEnd = xml.indexOf('>', rowAt);
    if (!endsName(xml, rowAt + rowOpen.length)) {
      position = rowTagEnd + 1;
      continue;
    }
    const rowNumber = Number(fastAttribute(xml, rowAt + rowOpen.length, rowTagEnd, 'r=') ?? previousRow + 1);
    previousRow = rowNumber;
    count += 1;
    if (count % 5000 === 0) await pause(count);
    if (xml.charCodeAt(rowTagEnd - 1) === 47) {
      position = rowTagEnd + 1;
      continue;
    }
    const rowEnd = xml.indexOf(rowClose, rowTagEnd);
    const contentEnd = rowEnd < 0 ? dataEnd : rowEnd;
    const values: CellValue[] = [];
    let hasValue = false;
    let previousColumn = 0;
    let cellPosition = rowTagEnd + 1;
    for (;;) {
      const cellAt = xml.indexOf(cellOpen, cellPosition);
      if (cellAt < 0 || cellAt >= contentEnd) break;
      const cellTagEnd = xml.indexOf('>', cellAt);
      if (!endsName(xml, cellAt + cellOpen.length)) {
        cellPosition = cellTagEnd + 1;
        continue;
      }
      const attributesAt = cellAt + cellOpen.length;
      const reference = fastAttribute(xml, attributesAt, cellTagEnd, 'r=');
      const column = (reference ? columnOf(reference) : 0) || previousColumn + 1;
      previousColumn = column;
      if (xml.charCodeAt(cellTagEnd - 1) === 47) {
        cellPosition = cellTagEnd + 1;
        continue;
      }
      const cellEnd = xml.indexOf(cellClose, cellTagEnd);
      const contentStop = cellEnd < 0 ? contentEnd : cellEnd;
      cellPosition = cellEnd < 0 ? contentEnd : cellEnd + cellClose.length;
      const value = cellValue(fastAttribute(xml, attributesAt, cellTagEnd, 't='), xml, cellTagEnd + 1, contentStop, tags, sharedStrings);
      if (value === null || value === '') continue;
      while (values.length < column - 1) values.push(null);
      values[column - 1] = value;
      hasValue = true;
    }
    if (hasValue) rows.push({ number: rowNumber, values });
    position = rowEnd < 0 ? dataEnd : rowEnd + rowClose.length;
  }
  const merges: MergedRange[] = [];
  const tail = xml.slice(dataEnd);
  const mergePattern = /<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g;
  for (let match = mergePattern.exec(tail); match; match = mergePattern.exec(tail)) {
    const [from, to] = (attribute(match[1] ?? '', 'ref') ?? '').split(':');
    const start = from ? decodeReference(from) : null;
    const end = to ? decodeReference(to) : start;
    if (start && end) merges.push({ top: start.row, left: start.column, bottom: end.row, right: end.column });
  }
  return { rows, merges };
}

/** Every cell of a merged range reads as its top-left value, as the member sees it on screen. */
export function spreadMerges(rows: GridRow[], merges: readonly MergedRange[]): void {
  if (merges.length === 0) return;
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  for (const merge of merges) {
    const value = byNumber.get(merge.top)?.values[merge.left - 1] ?? null;
    if (value === null) continue;
    for (let r = merge.top; r <= merge.bottom; r += 1) {
      const row = byNumber.get(r);
      if (!row) continue;
      for (let c = merge.left; c <= merge.right; c += 1) {
        while (row.values.length < c) row.values.push(null);
        if (row.values[c - 1] === null || row.values[c - 1] === undefined) row.values[c - 1] = value;
      }
    }
  }
}
