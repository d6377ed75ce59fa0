import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupFolderOf, listBackups } from '../backups';
import type { PersonalDataSource } from './sources';

const isReplacedFile = (path: string) => /_replaced\.passerelles$/.test(path);

/** What is known of an erased person, in memory only, to find them in the backups. */
export type ErasedPerson = { id: number; lastName: string; firstName: string };

export type BackupScrub = { rewritten: number; removed: number; untouched: number };

const hasTable = (db: Database.Database, name: string) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The name's bytes as SQLite may store them (UTF-8 files; UTF-16 ones if a file was made so). */
function nameNeedles(people: ErasedPerson[]): Buffer[] {
  const words = people.flatMap((person) => [person.lastName]).filter((word) => word.trim().length >= 2);
  return words.flatMap((word) => [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le'), Buffer.from(word, 'utf16le').swap16()]);
}

const holdsBytes = (path: string, needles: Buffer[]) => {
  const bytes = readFileSync(path);
  return needles.some((needle) => bytes.includes(needle));
};

function removeWithCompanions(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Rewrites one backup without the people: their rows (and, by cascade, every row about them),
 * then VACUUM so no freed page keeps a byte of them, in rollback-journal mode so no -wal is left
 * beside it. Returns 'untouched' when the backup never held them.
 */
function scrubOne(path: string, people: ErasedPerson[], needles: Buffer[], sources: PersonalDataSource[]): 'rewritten' | 'untouched' {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF'); // a replaced file may come from elsewhere: its triggers run untrusted (issue 8)
    if (!hasTable(db, 'person')) return 'untouched';
    // A file that File › Nouvelle association replaced may be another association's: there an id
    // means the person only if the name matches too. In the file's own backups the id is enough,
    // so a person whose name was corrected since is still found.
    const find = isReplacedFile(path)
      ? (() => {
          const statement = db.prepare('SELECT 1 FROM person WHERE id = ? AND last_name = ?');
          return { get: (person: ErasedPerson) => statement.get(person.id, person.lastName) };
        })()
      : (() => {
          const statement = db.prepare('SELECT 1 FROM person WHERE id = ?');
          return { get: (person: ErasedPerson) => statement.get(person.id) };
        })();
    const holdsRow = people.some((person) => find.get(person) !== undefined);
    // A name in the bytes without its row: a homonym, or what an earlier edit left in free space.
    // Rewriting costs only time, so it is done in both cases.
    if (!holdsRow && !holdsBytes(path, needles)) return 'untouched';
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    const remove = db.prepare('DELETE FROM person WHERE id = ?');
    db.transaction(() => {
      for (const person of people) {
        if (find.get(person) === undefined) continue;
        for (const source of sources) source.erase?.(db, person.id);
        remove.run(person.id);
      }
    })();
    db.exec('VACUUM');
    return 'rewritten';
  } finally {
    db.close();
  }
}

/**
 * Every backup of the file that still holds one of the people is rewritten without them; one
 * that cannot be (damaged, or a schema a source's clean-up does not know) is deleted, since
 * keeping it would keep the person. The screen says so before the coordinator confirms.
 */
export function scrubBackups(filePath: string, people: ErasedPerson[], sources: PersonalDataSource[]): BackupScrub {
  const folder = backupFolderOf(filePath);
  const needles = nameNeedles(people);
  const outcome: BackupScrub = { rewritten: 0, removed: 0, untouched: 0 };
  for (const backup of listBackups(filePath)) {
    const path = join(folder, backup.id);
    try {
      const result = scrubOne(path, people, needles, sources);
      outcome[result] += 1;
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
    } catch {
      removeWithCompanions(path);
      outcome.removed += 1;
    }
  }
  return outcome;
}

/** How many backups hold one of the people now (for the confirmation, before anything is done). */
export function backupsHolding(filePath: string, personIds: number[]): { holding: number; total: number } {
  const backups = listBackups(filePath);
  const folder = backupFolderOf(filePath);
  let holding = 0;
  for (const backup of backups) {
    let db: Database.Database | null = null;
    const path = join(folder, backup.id);
    try {
      // Not read-only: backups are WAL files, and a read-only connection leaves a -wal and a -shm
      // beside them that it may not delete. A read-write one removes them when it closes.
      db = new Database(path, { fileMustExist: true });
      db.pragma('trusted_schema = OFF');
      if (!hasTable(db, 'person')) continue;
      const find = db.prepare('SELECT 1 FROM person WHERE id = ?');
      if (personIds.some((id) => find.get(id) !== undefined)) holding += 1;
    } catch {
      holding += 1; // unreadable: it will be deleted, so it counts among those touched
    } finally {
      db?.close();
      for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    }
  }
  return { holding, total: backups.length };
}
