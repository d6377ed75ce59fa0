import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { passerellesApplicationId } from '../../../electron/main/store/file-header';
import { latestSchemaVersion, migrate, schemaVersionOf } from '../../../electron/main/store/migrations';
import { openRegisterWindow, useRegisterFolder } from './register-window';

const newFolder = useRegisterFolder();

/** A file as version 1 of the app left it, with data in every table. */
function fileAtVersion1(path: string) {
  const db = new Database(path);
  db.pragma(`application_id = ${passerellesApplicationId}`);
  migrate(db, 1);
  db.prepare("INSERT INTO association (id, name, territory, created_at, updated_at) VALUES (1, 'MCE-M3S', 'Pays du Bocage', '2025-01-02T10:00:00.000Z', '2025-01-02T10:00:00.000Z')").run();
  db.prepare("UPDATE setting SET value = '1820' WHERE key = 'fteHoursPerYear'").run();
  db.prepare("INSERT INTO import_log (kind, file_name, sha256, imported_at, added) VALUES ('cdd', 'cdd-2024.xlsx', 'abc', '2025-01-03T09:00:00.000Z', 12)").run();
  return db;
}

describe('migration 002 (member register)', () => {
  it('keeps the data of version 1 and adds usable register tables', () => {
    const db = fileAtVersion1(join(newFolder(), 'v1.passerelles'));
    expect(schemaVersionOf(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'structure'").get()).toBeUndefined();

    expect(migrate(db, 2)).toEqual([2]);
    expect(schemaVersionOf(db)).toBe(2);
    expect(db.prepare('SELECT name, territory FROM association').get()).toEqual({ name: 'MCE-M3S', territory: 'Pays du Bocage' });
    expect(db.prepare("SELECT value FROM setting WHERE key = 'fteHoursPerYear'").get()).toEqual({ value: '1820' });
    expect(db.prepare('SELECT file_name AS fileName, added FROM import_log').all()).toEqual([{ fileName: 'cdd-2024.xlsx', added: 12 }]);

    db.pragma('foreign_keys = ON');
    const stamp = '2025-02-01T00:00:00.000Z';
    const { lastInsertRowid: id } = db
      .prepare("INSERT INTO structure (name, finess_et, siret, created_at, updated_at) VALUES ('EHPAD Notre-Dame', '610000101', '73282932000074', ?, ?)")
      .run(stamp, stamp);
    db.prepare("INSERT INTO contact (structure_id, name, created_at, updated_at) VALUES (?, 'Marie', ?, ?)").run(id, stamp, stamp);
    db.prepare('INSERT INTO membership (structure_id, year, is_member, fee_cents) VALUES (?, 2025, 1, 15000)').run(id);
    // The unique indexes hold for numbers, not for the empty value many rows share.
    expect(() => db.prepare("INSERT INTO structure (name, finess_et, created_at, updated_at) VALUES ('Doublon', '610000101', ?, ?)").run(stamp, stamp)).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO structure (name, created_at, updated_at) VALUES ('Sans numéro 1', ?, ?)").run(stamp, stamp);
    db.prepare("INSERT INTO structure (name, created_at, updated_at) VALUES ('Sans numéro 2', ?, ?)").run(stamp, stamp);
    // STRICT tables refuse a wrong type; is_member is 0 or 1.
    expect(() => db.prepare("INSERT INTO membership (structure_id, year, is_member) VALUES (?, 'deux mille', 1)").run(id)).toThrow();
    expect(() => db.prepare('INSERT INTO membership (structure_id, year, is_member) VALUES (?, 2026, 2)').run(id)).toThrow(/CHECK/);
    db.prepare('DELETE FROM structure WHERE id = ?').run(id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM contact').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM membership').get()).toEqual({ n: 0 });
    db.close();
  });

  it('is applied when the app opens a version 1 file, which then serves the register', async () => {
    const folder = newFolder();
    const path = join(folder, 'ancien.passerelles');
    fileAtVersion1(path).close();
    const window = openRegisterWindow(folder);
    const summary = await window.reopen(path);
    expect(summary).toMatchObject({ name: 'MCE-M3S', schemaVersion: latestSchemaVersion });
    expect(await window.call('structures.list')).toEqual([]);
    const { structure } = await window.call('structures.create', { name: 'EHPAD Notre-Dame', communeCode: '61063' });
    expect(structure.epciName).toBe('CA Flers Agglo');
    window.close();
  });
});
