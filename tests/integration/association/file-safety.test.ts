import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolderOf } from '../../../electron/main/store/backups';
import { openSecondConnection } from '../../../electron/main/store/association-file';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

describe('the association file, against files from elsewhere', () => {
  const tempFolder = useTempFolder();

  it('turns trusted_schema off on every connection it opens', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation();
    expect(window.db().pragma('trusted_schema', { simple: true })).toBe(0);
    const second = openSecondConnection(path);
    try {
      expect(second.pragma('trusted_schema', { simple: true })).toBe(0);
    } finally {
      second.close();
    }
    window.close();
  });

  it('File › New over an existing file keeps the replaced one among the backups', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation('Ancienne association', 'bocage.passerelles');
    window.close();

    const again = openTestWindow(folder);
    again.answer(path);
    const created = await again.call('association.create', { name: 'Nouvelle association', territory: '' });
    expect(created.name).toBe('Nouvelle association');
    const backups = await again.call('backups.list');
    const replaced = backups.find((backup) => backup.reason === 'avant remplacement par un nouveau fichier');
    expect(replaced).toBeDefined();
    const old = new Database(join(backupFolderOf(path), replaced?.id ?? ''), { readonly: true });
    expect(old.prepare('SELECT name FROM association').get()).toEqual({ name: 'Ancienne association' });
    old.close();
    // And it can be put back from the app.
    const restored = await again.call('backups.restore', { id: replaced?.id ?? '' });
    expect(restored.name).toBe('Ancienne association');
    again.close();
  });

  it('a replaced file that is not a database is kept as a plain copy', async () => {
    const folder = tempFolder();
    const path = join(folder, 'notes.passerelles');
    writeFileSync(path, 'des notes importantes');
    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.create', { name: 'MCE-M3S', territory: '' });
    const kept = readdirSync(backupFolderOf(path)).filter((name) => name.endsWith('_remplacé_notes.passerelles'));
    expect(kept).toHaveLength(1);
    window.close();
  });

  it('proposes a file name without the characters a file system refuses', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    // No answer queued: the test host's save dialog takes the proposed name, as a person pressing Enter would.
    const created = await window.call('association.create', { name: 'Réseau: Santé/Social "61"', territory: '' });
    expect(created.fileName).toBe('Réseau Santé Social 61.passerelles');
    expect(existsSync(join(folder, 'Réseau Santé Social 61.passerelles'))).toBe(true);
    window.close();
  });
});
