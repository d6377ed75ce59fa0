import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { personalDataSources } from '../privacy/sources';
import { backupFolderOf } from '../backups';
import { fail } from '../../errors';

type Named = { id: number; lastName: string; firstName: string };

/**
 * SQLite only marks deleted rows free; with secure_delete it overwrites them (and the freed
 * overflow pages of a CV) with zeros, so erased bytes are no longer readable in the file.
 */
const scrubOnDelete = (db: Database.Database) => db.pragma('secure_delete = ON');

function deletePeople(db: Database.Database, people: Named[], byName: boolean): number {
  const statement = byName
    ? db.prepare('DELETE FROM person WHERE id = ? AND last_name = ? AND first_name = ?')
    : db.prepare('DELETE FROM person WHERE id = ?');
  let count = 0;
  for (const person of people) {
    for (const source of personalDataSources) source.erase?.(db, person.id);
    const result = byName ? statement.run(person.id, person.lastName, person.firstName) : statement.run(person.id);
    count += result.changes;
  }
  return count;
}

/** Folds the WAL into the file and empties it: its frames still hold the pages as they were before the erasure. */
function emptyWal(db: Database.Database): void {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (result && result.busy !== 0) {
    fail('CONFLICT', 'L’effacement est enregistré, mais une analyse lit encore le fichier : attendez qu’elle se termine, puis effacez de nouveau pour nettoyer le journal du fichier.');
  }
}

/**
 * The same erasure in one backup copy (the person is matched by id and name, so a copy where the
 * id meant someone else is left alone). A copy made before the people table existed holds nobody.
 */
function scrubBackup(path: string, people: Named[]): boolean {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('trusted_schema = OFF'); // its triggers and views run as the file's, not ours (issue 8)
    const hasPeople = copy.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'person'").get() !== undefined;
    if (!hasPeople) return false;
    copy.pragma('foreign_keys = ON');
    scrubOnDelete(copy);
    const erased = copy.transaction(() => deletePeople(copy, people, true))();
    if (copy.pragma('journal_mode', { simple: true }) === 'wal') copy.pragma('wal_checkpoint(TRUNCATE)');
    copy.pragma('journal_mode = DELETE');
    return erased > 0;
  } finally {
    copy.close();
  }
}

/**
 * Erases people for good (GDPR): every feature's rows go by ON DELETE CASCADE (and each source's
 * own clean-up), the freed pages are zeroed, the WAL is emptied, and every backup beside the file
 * gets the same treatment. Returns how many backups held one of them. `inTransaction` runs with
 * the deletion (the audit line), so the trail and the erasure commit together.
 */
export function erasePeople(db: Database.Database, filePath: string, ids: number[], inTransaction: (count: number) => void): { erased: number; backupsScrubbed: number } {
  const select = db.prepare('SELECT id, last_name AS lastName, first_name AS firstName FROM person WHERE id = ?');
  const people = ids.map((id) => select.get(id) as Named | undefined).filter((p): p is Named => p !== undefined);
  scrubOnDelete(db);
  const erased = db.transaction(() => {
    const count = deletePeople(db, people, false);
    inTransaction(count);
    return count;
  })();
  emptyWal(db);
  let backupsScrubbed = 0;
  const folder = backupFolderOf(filePath);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.passerelles')) continue;
      if (scrubBackup(join(folder, name), people)) backupsScrubbed += 1;
    }
  }
  return { erased, backupsScrubbed };
}
