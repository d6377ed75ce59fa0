import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate, migrations, schemaVersionOf } from '../../../electron/main/store/migrations';
import { passerellesApplicationId } from '../../../electron/main/store/file-header';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

describe('migrations', () => {
  const tempFolder = useTempFolder();

  it('are numbered from 1 without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: latestSchemaVersion }, (_, i) => i + 1));
  });

  it('001 creates the association row and the default FTE setting', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(schemaVersionOf(db)).toBe(1);
    expect(db.prepare("SELECT value FROM setting WHERE key = 'fteHoursPerYear'").get()).toEqual({ value: '1607' });
    db.close();
  });

  it('a file at an older version is backed up, migrated on open, and keeps its data', async () => {
    const folder = tempFolder();
    const path = join(folder, 'ancien.passerelles');
    const old = new Database(path);
    old.pragma(`application_id = ${passerellesApplicationId}`);
    migrate(old, 1);
    old.prepare("INSERT INTO association VALUES (1, 'Ancienne', 'Orne', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')").run();
    old.close();

    const window = openTestWindow(folder);
    window.answer(path);
    const summary = await window.call('association.open');
    expect(summary).toMatchObject({ name: 'Ancienne', schemaVersion: latestSchemaVersion });
    const backups = await window.call('backups.list');
    expect(backups[0]?.reason).toBe('avant mise à jour du fichier');
    // The backup is the file as it was before the migration.
    const backupDb = new Database(join(folder, 'Sauvegardes Passerelles', 'ancien', backups[0]!.id), { readonly: true });
    expect(schemaVersionOf(backupDb)).toBe(1);
    backupDb.close();
    window.close();
  });

  it('a migration that fails leaves the file at its previous version', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.exec('CREATE TABLE structure (id INTEGER PRIMARY KEY)'); // makes 002 fail half-way
    expect(() => migrate(db)).toThrow();
    expect(schemaVersionOf(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'contact'").get()).toEqual({ n: 0 });
    db.close();
  });
});
