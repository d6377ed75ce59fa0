import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';

type Row = Record<string, unknown>;

describe('migration 008 (first hour: no schema change)', () => {
  const tempFolder = useTempFolder();

  it('a file at version 7 is migrated past 8 and keeps every table, column and row it had', async () => {
    const folder = tempFolder();
    let tablesBefore: Row[] = [];
    let structures: Row[] = [];
    let people: Row[] = [];
    const path = oldAssociationFile(folder, 'registre.passerelles', 7, (old, stamp) => {
      old
        .prepare("INSERT INTO structure (id, name, finess_et, source, created_at, updated_at) VALUES (3, 'EHPAD Les Tilleuls', '610000101', 'finess', ?, ?)")
        .run(stamp, stamp);
      old.prepare("INSERT INTO person (id, last_name, first_name, retention_until, created_at, updated_at) VALUES (1, 'Lemoine', 'Anaïs', '2028-01-01', ?, ?)").run(stamp, stamp);
      tablesBefore = old.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('structure', 'membership', 'person', 'audit_event') ORDER BY name").all() as Row[];
      structures = old.prepare('SELECT * FROM structure').all() as Row[];
      people = old.prepare('SELECT * FROM person').all() as Row[];
    });

    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    const db = window.context.session.file!.db;
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(8);
    // 008 is a no-op on purpose: every table of version 7 is still there and every row keeps its
    // values (later migrations may add columns, hence toMatchObject).
    const tablesAfter = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Row[];
    expect(tablesAfter.map((t) => t.name)).toEqual(expect.arrayContaining(tablesBefore.map((t) => t.name)));
    expect(tablesBefore).toHaveLength(4);
    expect(db.prepare('SELECT * FROM structure').all()).toMatchObject(structures);
    expect(db.prepare('SELECT * FROM person').all()).toMatchObject(people);
    expect(people).toHaveLength(1);
    window.close();
  });
});
