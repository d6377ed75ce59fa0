import type { MembersWorkbookRead } from '../../../../shared/api/member-imports';
import { memberColumnFields, memberColumnFieldCodes } from '../../../../shared/api/member-imports';
import { cellText } from './cells';
import { findHeaderRow, suggestMapping, yearInHeaders } from './headers';
import type { SheetGrid } from './read-rows';
import { columnLetter } from './xlsx-file';

/** A sheet with its header found: what preview and commit work from. */
export type ReadSheet = {
  grid: SheetGrid;
  /** Index in grid.rows of the header row (-1 for an empty sheet). */
  headerIndex: number;
  score: number;
  headers: string[];
  membershipYear: number | null;
};

export type WorkbookRead = { fileName: string; sha256: string; sheets: ReadSheet[] };

export function readSheet(grid: SheetGrid): ReadSheet {
  const { index, score } = findHeaderRow(grid);
  const headerRow = grid.rows[index];
  const headers: string[] = [];
  for (let c = 1; c <= grid.columnCount; c += 1) headers[c] = headerRow ? cellText(headerRow.values[c] ?? null) : '';
  return { grid, headerIndex: index, score, headers, membershipYear: yearInHeaders(headers.slice(1)) };
}

const sampleSize = 3;

/** What the mapping screen shows: per sheet, its header row and each column with a suggestion. */
export function describeWorkbook(read: WorkbookRead, importId: string): MembersWorkbookRead {
  const sheets = read.sheets.map(({ grid, headerIndex, headers, membershipYear }) => {
    const dataRows = headerIndex >= 0 ? grid.rows.slice(headerIndex + 1) : [];
    // The first rows' values help the header decide (dates under « Adhésion »).
    const firstRows = dataRows.slice(0, 50);
    const suggestions = suggestMapping(headers.slice(1), (i) => firstRows.map((row) => row.values[i + 1] ?? null));
    const columns = headers.slice(1).flatMap((header, i) => {
      const index = i + 1;
      const sample: string[] = [];
      for (const row of dataRows) {
        const text = cellText(row.values[index] ?? null);
        if (text !== '') sample.push(text);
        if (sample.length === sampleSize) break;
      }
      // A column with neither header nor data is not offered.
      if (header === '' && sample.length === 0) return [];
      return [{ index, letter: columnLetter(index), header, sample, suggestedField: suggestions[i] ?? null }];
    });
    return { name: grid.name, headerRow: grid.rows[headerIndex]?.number ?? 0, dataRowCount: dataRows.length, columns, membershipYear };
  });
  const visible = read.sheets.filter((sheet) => !sheet.grid.isHidden);
  const best = [...(visible.length > 0 ? visible : read.sheets)].sort((a, b) => b.score - a.score)[0];
  return {
    importId,
    fileName: read.fileName,
    sheets,
    suggestedSheet: best?.grid.name ?? '',
    fields: memberColumnFieldCodes.map((key) => ({ key, label: memberColumnFields[key], required: key === 'name' })),
  };
}
