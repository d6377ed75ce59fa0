import { collectionKind, sheetNames, type CollectionMeta } from '../cdd-collection/layout';
import type { SheetGrid } from '../xlsx-reader/read-workbook';

/** The _meta sheet of a collection workbook, if this is one (any spreadsheet program keeps the sheet). */
export function readCollectionMeta(sheets: readonly SheetGrid[]): CollectionMeta | null {
  const sheet = sheets.find((s) => s.name === sheetNames.meta);
  if (!sheet) return null;
  const values = new Map(sheet.rows.map((row) => [String(row.values[0] ?? '').trim(), row.values[1]]));
  if (values.get('kind') !== collectionKind) return null;
  const text = (key: string) => String(values.get(key) ?? '').trim();
  const structureId = Number(text('structureId'));
  return {
    kind: collectionKind,
    templateVersion: Number(text('templateVersion')) || 1,
    associationName: text('associationName'),
    associationCreatedAt: text('associationCreatedAt'),
    structureId: Number.isInteger(structureId) ? structureId : 0,
    structureName: text('structureName'),
    periodStart: text('periodStart'),
    periodEnd: text('periodEnd'),
    preparedAt: text('preparedAt'),
  };
}
