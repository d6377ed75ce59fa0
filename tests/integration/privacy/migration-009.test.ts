import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';
import { useTempFolder } from '../../support/temp-folder';

describe('migration 009 (retention settings)', () => {
  const tempFolder = useTempFolder();

  it('keeps the people of a file at 008 and gives it the default retention periods', async () => {
    const folder = tempFolder();
    const path = oldAssociationFile(folder, 'ancien.passerelles', 8, (old, stamp) => {
      old.prepare("INSERT INTO person (id, last_name, civility, kind, retention_until, created_at, updated_at) VALUES (3, 'Quastrelle', 'Mme', 'candidate', '2026-06-01', ?, ?)").run(stamp, stamp);
    });
    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    expect(schemaVersionOf(window.db())).toBeGreaterThanOrEqual(9);
    expect(await window.call('privacy.retentionSettings')).toEqual([
      { kind: 'employee', months: 24 },
      { kind: 'replacement', months: 24 },
      { kind: 'candidate', months: 24 },
      { kind: 'trainee', months: 36 },
      { kind: 'other', months: 12 },
    ]);
    expect((await window.call('people.get', { id: 3 })).person).toMatchObject({ lastName: 'Quastrelle', civility: 'Mme', retentionUntil: '2026-06-01' });
    window.close();
  });
});
