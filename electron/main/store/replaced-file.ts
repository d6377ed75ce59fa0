import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { backupFolderOf, takeBackup } from './backups';
import { readFileHeader } from './file-header';

/**
 * File › Nouvelle association over an existing file: the system's save dialog has asked to
 * confirm the replacement; before the new file takes its place, the old one is kept in the
 * backups folder beside it (with SQLite's backup API when it is a database, so a file left in
 * WAL mode is copied whole; as a plain copy otherwise). Returns where it went, or null when
 * there was nothing to keep.
 */
export async function keepReplacedFile(path: string, now = new Date()): Promise<string | null> {
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  if (readFileHeader(path).kind === 'sqlite') {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      const backup = await takeBackup(db, path, 'replaced', now);
      return join(backupFolderOf(path), backup.id);
    } finally {
      db.close();
    }
  }
  const folder = backupFolderOf(path);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, `${now.toISOString().replace(/[:.]/g, '-')}_remplacé_${basename(path)}`);
  copyFileSync(path, target);
  return target;
}
