import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AssociationSummary, NewAssociation } from '../../../shared/api/association';
import { fail, isAppError } from '../errors';
import { takeBackup } from './backups';
import { passerellesApplicationId, readFileHeader } from './file-header';
import { latestSchemaVersion, migrate, schemaVersionOf } from './migrations';
import { refreshSeries } from './cdd/series';

export const associationFileExtension = '.passerelles';

export type AssociationFile = {
  db: Database.Database;
  path: string;
};

const whatToDo = 'Le fichier n’a pas été modifié.';

/**
 * Journal and sync, chosen on purpose:
 * - WAL with synchronous=FULL: every committed transaction is on disk before the call returns,
 *   so an app crash (or a power cut) loses nothing that was saved; WAL also keeps reads cheap
 *   while a long import writes.
 * - On close we checkpoint and switch back to DELETE, so the .passerelles file alone is complete
 *   (no -wal/-shm beside it) when the coordinator copies or emails it.
 */
function configure(db: Database.Database): void {
  // A file received from someone else can carry triggers and views: they may not call functions
  // with side effects (SQLite's trusted_schema), whatever this build of SQLite defaults to.
  db.pragma('trusted_schema = OFF');
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 3000');
}

/**
 * A second connection to a file already open (and checked, and migrated) in a window, for work
 * done in a worker thread: same settings, so its writes are as safe as the window's. The caller
 * closes it as soon as it is done: while it is open the window cannot close the file.
 */
export function openSecondConnection(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function checkHeader(path: string): { userVersion: number } {
  if (!existsSync(path)) {
    fail('NOT_FOUND', `Le fichier « ${basename(path)} » est introuvable : il a peut-être été déplacé ou supprimé.`);
  }
  if (statSync(path).isDirectory()) {
    fail('INVALID_FILE', `« ${basename(path)} » est un dossier. Choisissez un fichier .passerelles.`);
  }
  const header = readFileHeader(path);
  if (header.kind !== 'sqlite') {
    fail(
      'INVALID_FILE',
      `« ${basename(path)} » n’est pas un fichier Passerelles (ce n’est pas une base de données). ` +
        `Choisissez un fichier qui se termine par .passerelles. ${whatToDo}`,
    );
  }
  if (header.applicationId !== passerellesApplicationId) {
    fail(
      'NOT_PASSERELLES',
      `« ${basename(path)} » est une base de données d’un autre logiciel, pas un fichier Passerelles. ` +
        `Choisissez le fichier .passerelles de votre association. ${whatToDo}`,
    );
  }
  if (header.userVersion > latestSchemaVersion) {
    fail(
      'NEWER_SCHEMA',
      `« ${basename(path)} » a été enregistré par une version plus récente de Passerelles ` +
        `(format ${header.userVersion}, cette version lit jusqu’au format ${latestSchemaVersion}). ` +
        `Installez la dernière version de Passerelles pour l’ouvrir. ${whatToDo}`,
    );
  }
  return { userVersion: header.userVersion };
}

function corrupt(path: string): never {
  fail(
    'CORRUPT',
    `« ${basename(path)} » est endommagé et ne peut pas être ouvert sans risque. ` +
      `Restaurez une sauvegarde (dossier « Sauvegardes Passerelles » à côté du fichier, ou Fichier › Restaurer une sauvegarde). ${whatToDo}`,
  );
}

/** Opens read-only first: nothing is written to a file we are about to refuse. */
function checkIntegrity(path: string): void {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    probe.pragma('trusted_schema = OFF');
    const result = probe.pragma('quick_check', { simple: true });
    if (result !== 'ok') corrupt(path);
  } catch (error) {
    if (isAppError(error)) throw error;
    corrupt(path);
  } finally {
    probe?.close();
  }
}

/** Checks, backs up, migrates and opens an association file. */
export async function openAssociationFile(path: string, now = new Date()): Promise<AssociationFile> {
  const { userVersion } = checkHeader(path);
  checkIntegrity(path);
  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
    const needsMigration = userVersion < latestSchemaVersion;
    await takeBackup(db, path, needsMigration ? 'migration' : 'open', now);
    if (needsMigration) migrate(db);
    // The CDD series a migration or an interrupted change left to compute (none, usually).
    refreshSeries(db);
    return { db, path };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates a new file next to the target, then moves it into place, so a failure never leaves
 * half a file where the coordinator asked for one.
 */
export async function createAssociationFile(
  path: string,
  association: Required<NewAssociation>,
  now = new Date(),
): Promise<AssociationFile> {
  const draft = `${path}.creation`;
  rmSync(draft, { force: true });
  const db = new Database(draft);
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma(`application_id = ${passerellesApplicationId}`);
    migrate(db);
    const stamp = now.toISOString();
    db.prepare('INSERT INTO association (id, name, territory, created_at, updated_at) VALUES (1, ?, ?, ?, ?)').run(
      association.name.trim(),
      association.territory.trim(),
      stamp,
      stamp,
    );
    db.close();
    renameSync(draft, path);
  } catch (error) {
    if (db.open) db.close();
    rmSync(draft, { force: true });
    throw error;
  }
  return openAssociationFile(path, now);
}

const isBusy = (error: unknown) => error instanceof Error && /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(`${(error as { code?: string }).code ?? ''} ${error.message}`);

/** Leaves one complete file on disk (see configure). */
export function closeAssociationFile(file: AssociationFile): void {
  if (!file.db.open) return;
  try {
    file.db.pragma('wal_checkpoint(TRUNCATE)');
    file.db.pragma('journal_mode = DELETE');
  } catch (error) {
    // Another connection still reads the file (the analysis worker, for a moment): leaving WAL is
    // refused then. Nothing is lost — every commit is already durable in the WAL, and the last
    // connection to close folds it back into the file.
    if (!isBusy(error)) throw error;
  } finally {
    file.db.close();
  }
}

export function summarize(file: AssociationFile): AssociationSummary {
  const row = file.db.prepare('SELECT name, territory, created_at AS createdAt FROM association WHERE id = 1').get() as
    | { name: string; territory: string; createdAt: string }
    | undefined;
  if (!row) fail('CORRUPT', 'Le fichier ne contient pas la fiche de l’association. Restaurez une sauvegarde.');
  return {
    name: row.name,
    territory: row.territory,
    createdAt: row.createdAt,
    fileName: basename(file.path),
    folder: dirname(file.path),
    schemaVersion: schemaVersionOf(file.db),
  };
}

export function renameAssociation(file: AssociationFile, association: Required<NewAssociation>, now = new Date()): void {
  file.db
    .prepare('UPDATE association SET name = ?, territory = ?, updated_at = ? WHERE id = 1')
    .run(association.name.trim(), association.territory.trim(), now.toISOString());
}
