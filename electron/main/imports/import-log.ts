import type Database from 'better-sqlite3';
import { prepared } from '../store/register/prepared';

export type ImportKind = 'finess' | 'membersWorkbook';

export type ImportLogEntry = {
  kind: ImportKind;
  fileName: string;
  sha256: string;
  added: number;
  updated: number;
  refused: number;
  details: Record<string, unknown>;
  /** Who imports it (the computer account). */
  importedBy: string;
};

const insertStatement = prepared<[Record<string, unknown>]>(
  `INSERT INTO import_log (kind, file_name, sha256, imported_at, imported_by, added, updated, refused, details)
   VALUES (@kind, @fileName, @sha256, @importedAt, @importedBy, @added, @updated, @refused, @details)`,
);
const lastStatement = prepared<[string, string], { importedAt: string }>(
  'SELECT imported_at AS importedAt FROM import_log WHERE kind = ? AND sha256 = ? ORDER BY id DESC LIMIT 1',
);

/** Written inside the import's transaction: the log says exactly what was committed. */
export function logImport(db: Database.Database, entry: ImportLogEntry, now: Date): void {
  const { kind, fileName, sha256, added, updated, refused, details, importedBy } = entry;
  insertStatement(db).run({ kind, fileName, sha256, added, updated, refused, importedBy, importedAt: now.toISOString(), details: JSON.stringify(details) });
}

/** When this very file (same bytes) was last imported, if ever. */
export function lastImportOf(db: Database.Database, kind: ImportKind, sha256: string): string | null {
  return lastStatement(db).get(kind, sha256)?.importedAt ?? null;
}
