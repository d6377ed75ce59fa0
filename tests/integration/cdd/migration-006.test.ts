import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';
import { useTempFolder } from '../../support/temp-folder';

describe('migration 006 (who imported)', () => {
  const tempFolder = useTempFolder();

  it('earlier imports keep everything and say nobody; the next ones say who', async () => {
    const folder = tempFolder();
    const path = oldAssociationFile(folder, 'ancien.passerelles', 5, (old, stamp) => {
      old.prepare("INSERT INTO structure (id, name, created_at, updated_at) VALUES (7, 'EHPAD Les Tilleuls', ?, ?)").run(stamp, stamp);
      old
        .prepare(
          `INSERT INTO cdd_import (id, structure_id, structure_name, period_start, period_end, file_name, sha256, imported_at, recognised_by, rows_accepted)
           VALUES (1, 7, 'EHPAD Les Tilleuls', '2024-01', '2024-12', 'retour.xlsx', 'abc', ?, 'meta', 12)`,
        )
        .run(stamp);
      old.prepare("INSERT INTO import_log (kind, file_name, sha256, imported_at, added, updated, refused, details) VALUES ('finess', 'finess.csv', 'def', ?, 3, 0, 0, '{}')").run(stamp);
    });
    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    expect(schemaVersionOf(window.context.session.file!.db)).toBeGreaterThanOrEqual(6);
    expect(await window.call('cdd.imports', {})).toMatchObject([{ id: 1, fileName: 'retour.xlsx', sha256: 'abc', rowsAccepted: 12, importedBy: '' }]);
    expect(window.context.session.file!.db.prepare('SELECT file_name AS fileName, imported_by AS importedBy FROM import_log').all()).toEqual([{ fileName: 'finess.csv', importedBy: '' }]);
    window.close();
  });
});
