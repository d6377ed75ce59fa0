import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFolderOf, backupsToDelete } from '../../../electron/main/store/backups';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

describe('backups', () => {
  const tempFolder = useTempFolder();

  it('are taken on open, listed newest first, and restore puts the old state back without losing the current one', async () => {
    const window = openTestWindow(tempFolder());
    const path = await window.createAssociation('Association A');
    await window.call('association.rename', { name: 'Association B', territory: '' });
    await window.call('association.close');
    window.answer(path);
    await window.call('association.open');

    const backups = await window.call('backups.list');
    expect(backups.map((b) => b.reason)).toEqual(['ouverture', 'ouverture']);
    expect(backups[0]!.createdAt >= backups[1]!.createdAt).toBe(true);

    // The oldest backup was taken when the file was created, before the rename.
    const restored = await window.call('backups.restore', { id: backups[1]!.id });
    expect(restored.name).toBe('Association A');

    const after = await window.call('backups.list');
    const beforeRestore = after.find((b) => b.reason === 'avant restauration');
    expect(beforeRestore).toBeDefined();
    const back = await window.call('backups.restore', { id: beforeRestore!.id });
    expect(back.name).toBe('Association B');
    window.close();
  });

  it('refuse an id that is not one of this file’s backups', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    for (const id of ['../../etc/passwd', '2026-01-01T00-00-00-000_open.passerelles', '']) {
      const result = await window.raw('backups.restore', { id });
      expect(result.ok).toBe(false);
    }
    expect((await window.call('association.current'))?.name).toBe('MCE-M3S');
    window.close();
  });

  it('rotate: the newest are kept, then one per earlier day, within a bound', () => {
    const names = [
      ...Array.from({ length: 12 }, (_, i) => `2026-11-23T10-00-${String(59 - i).padStart(2, '0')}-000_open.passerelles`),
      '2026-11-22T18-00-00-000_open.passerelles',
      '2026-11-22T09-00-00-000_import.passerelles',
      '2026-11-20T09-00-00-000_open.passerelles',
    ];
    const deleted = backupsToDelete(names, { keepNewest: 10, keepTotal: 12 });
    // Today is already kept; the 22nd keeps its latest; the 20th is kept too (12 in all).
    expect(deleted).toEqual([names[10], names[11], names[13]]);
    expect(backupsToDelete(names, { keepNewest: 10, keepTotal: 11 })).toEqual([names[10], names[11], names[13], names[14]]);
  });

  it('rotation keeps the backup folder bounded after many opens', async () => {
    const window = openTestWindow(tempFolder());
    const path = await window.createAssociation();
    for (let i = 0; i < 14; i += 1) {
      await window.call('association.close');
      window.answer(path);
      await window.call('association.open');
    }
    const files = readdirSync(backupFolderOf(path));
    // All taken today: only the newest ten are kept.
    expect(files).toHaveLength(10);
    window.close();
  });
});
