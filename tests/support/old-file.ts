import { join } from 'node:path';
import Database from 'better-sqlite3';
import { passerellesApplicationId } from '../../electron/main/store/file-header';
import { migrate } from '../../electron/main/store/migrations';

/**
 * An association file as an earlier version of the app left it: the schema up to `version`, its
 * association row, and what `fill` writes (through the old schema). Returns its path.
 */
export function oldAssociationFile(folder: string, fileName: string, version: number, fill: (db: Database.Database, stamp: string) => void = () => {}): string {
  const path = join(folder, fileName);
  const old = new Database(path);
  try {
    old.pragma(`application_id = ${passerellesApplicationId}`);
    migrate(old, version);
    const stamp = '2024-05-01T00:00:00.000Z';
    old.prepare("INSERT INTO association VALUES (1, 'MCE-M3S', 'Pays du Bocage', ?, ?)").run(stamp, stamp);
    fill(old, stamp);
  } finally {
    old.close();
  }
  return path;
}
