import type { CellValue, GridRow } from '../read-workbook';
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

function cellValue(type: string | null, content: string, sharedStrings: readonly string[]): CellValue {
  if (type === 'inlineStr') return textOf(content);
  // A formula counts by its cached result, what the member saw on screen.
  const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(content)?.[1];
  if (raw === undefined) return type === 'str' && content.includes('<is') ? textOf(content) : null;
  switch (type) {
    case 's':
      return sharedStrings[Number(raw)] ?? null;
    case 'str':
      return decodeText(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'e':
      return null;
    case 'd':
      return decodeText(raw);
    default: {
      const number = Number(raw);
      return Number.isFinite(number) ? number : decodeText(raw);
    }
  }
}

/**
 * The rows of one worksheet part that hold a value, and its merged ranges. Yields to the event
 * loop every few thousand rows (via `pause`) so a large file does not freeze the window.
 */
export async function parseWorksheet(
  xml: string,
  sharedStrings: readonly string[],
  pause: (rowsSoFar: number) => Promise<void>,
): Promise<{ rows: GridRow[]; merges: MergedRange[] }> {
  const rows: GridRow[] = [];
  const rowPattern = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  const cellPattern = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let previousRow = 0;
  let count = 0;
  for (let rowMatch = rowPattern.exec(xml); rowMatch; rowMatch = rowPattern.exec(xml)) {
    const rowNumber = Number(attribute(rowMatch[1] ?? '', 'r') ?? previousRow + 1);
    previousRow = rowNumber;
    const content = rowMatch[2];
    count += 1;
    if (count % 5000 === 0) await pause(count);
    if (!content) continue;
    const values: CellValue[] = [];
    let hasValue = false;
    let previousColumn = 0;
    cellPattern.lastIndex = 0;
    for (let cellMatch = cellPattern.exec(content); cellMatch; cellMatch = cellPattern.exec(content)) {
      const attributes = cellMatch[1] ?? '';
      const reference = attribute(attributes, 'r');
      const column = (reference ? decodeReference(reference)?.column : undefined) ?? previousColumn + 1;
      previousColumn = column;
      const inner = cellMatch[2];
      if (!inner) continue;
      const value = cellValue(attribute(attributes, 't'), inner, sharedStrings);
      if (value === null || value === '') continue;
      while (values.length < column - 1) values.push(null);
      values[column - 1] = value;
      hasValue = true;
    }
    if (hasValue) rows.push({ number: rowNumber, values });
  }
  const merges: MergedRange[] = [];
  const mergePattern = /<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g;
  for (let match = mergePattern.exec(xml); match; match = mergePattern.exec(xml)) {
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
