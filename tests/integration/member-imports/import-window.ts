import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { openTestWindow } from '../../support/host';

/** The shared test window, with the register's default file name. */
export function openImportWindow(folder: string) {
  const window = openTestWindow(folder);
  return { ...window, createAssociation: (fileName = 'bocage.passerelles') => window.createAssociation('MCE-M3S', fileName) };
}

/** Row counts and a hash of every register table: "the refusal changed nothing" in one comparison. */
export function registerFingerprint(db: Database.Database) {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of ['structure', 'contact', 'membership', 'import_log']) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    counts[table] = rows.length;
    hash.update(JSON.stringify(rows));
  }
  return { counts, sha256: hash.digest('hex') };
}
