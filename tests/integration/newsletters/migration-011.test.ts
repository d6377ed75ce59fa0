import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';
import { useTempFolder } from '../../support/temp-folder';

describe('migration 011 (charter and newsletters)', () => {
  const tempFolder = useTempFolder();

  it('a file at 010 keeps its register and gets empty charter, letters and unsubscribe list', async () => {
    const folder = tempFolder();
    const path = oldAssociationFile(folder, 'ancien.passerelles', 10, (old, stamp) => {
      old.prepare("INSERT INTO structure (id, name, created_at, updated_at) VALUES (3, 'SSIAD du Bocage', ?, ?)").run(stamp, stamp);
    });
    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    const db = window.db();
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(11);
    expect(db.prepare('SELECT name FROM structure').all()).toEqual([{ name: 'SSIAD du Bocage' }]);
    for (const table of ['charter_version', 'charter_signatory', 'charter_territory', 'newsletter', 'newsletter_image', 'glossary_entry', 'newsletter_unsubscribe']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    // A signatory is a structure or a person, never both nor neither.
    const stamp = '2024-06-01T00:00:00.000Z';
    db.prepare("INSERT INTO charter_version (id, title, content, adopted_on, created_at, updated_at) VALUES (1, 'Charte', '{}', '2024-06-01', ?, ?)").run(stamp, stamp);
    expect(() =>
      db.prepare("INSERT INTO charter_signatory (version_id, signed_on, created_at, updated_at) VALUES (1, '2024-06-02', ?, ?)").run(stamp, stamp),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO charter_signatory (structure_id, version_id, signed_on, created_at, updated_at) VALUES (3, 1, '2024-06-02', ?, ?)").run(stamp, stamp);
    expect(db.prepare('SELECT count(*) AS n FROM charter_signatory').get()).toEqual({ n: 1 });
    window.close();
  });
});
