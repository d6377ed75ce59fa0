import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync, copyFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/main/store/migrations';
import { passerellesApplicationId } from '../../../electron/main/store/file-header';
import { backupFolderOf } from '../../../electron/main/store/backups';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

const listing = (path: string) => {
  const folder = backupFolderOf(path);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
};
const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('opening an association file refuses what it cannot safely open, and changes nothing', () => {
  const tempFolder = useTempFolder();

  async function refusal(path: string) {
    const window = openTestWindow(tempFolder());
    window.answer(path);
    const before = existsSync(path) ? hashOf(path) : null;
    const backupsBefore = listing(path);
    const result = await window.raw('association.open');
    expect(result.ok).toBe(false);
    if (existsSync(path)) expect(hashOf(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(listing(path)).toEqual(backupsBefore);
    expect(await window.call('association.current')).toBeNull();
    return result.ok ? null : result.error;
  }

  it('a text file', async () => {
    const path = join(tempFolder(), 'notes.passerelles');
    writeFileSync(path, 'Compte rendu du comité de pilotage\n');
    const error = await refusal(path);
    expect(error?.code).toBe('INVALID_FILE');
    expect(error?.message).toContain('n’est pas un fichier Passerelles');
  });

  it('an empty file', async () => {
    const path = join(tempFolder(), 'vide.passerelles');
    writeFileSync(path, '');
    expect((await refusal(path))?.code).toBe('INVALID_FILE');
  });

  it('a SQLite file of another program', async () => {
    const path = join(tempFolder(), 'autre.passerelles');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    const error = await refusal(path);
    expect(error?.code).toBe('NOT_PASSERELLES');
    expect(error?.message).toContain('autre logiciel');
  });

  it('a file from a newer version of the app', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation();
    window.close();
    const db = new Database(path);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const error = await refusal(path);
    expect(error?.code).toBe('NEWER_SCHEMA');
    expect(error?.message).toContain('version plus récente');
    expect(error?.message).toContain('Le fichier n’a pas été modifié');
  });

  it('a corrupt file', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation();
    await window.call('association.rename', { name: 'MCE-M3S', territory: 'Orne' });
    window.close();
    // Overwrite the second page (the first table's b-tree) with garbage, keep the header intact.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096);
    closeSync(fd);
    const error = await refusal(path);
    expect(error?.code).toBe('CORRUPT');
    expect(error?.message).toContain('Restaurez une sauvegarde');
  });

  it('a file that does not exist any more', async () => {
    const error = await refusal(join(tempFolder(), 'disparu.passerelles'));
    expect(error?.code).toBe('NOT_FOUND');
  });

  it('a file already open in another window', async () => {
    const folder = tempFolder();
    const first = openTestWindow(folder);
    const path = await first.createAssociation();
    // A second window of the same app shares the open-files registry.
    const second = openTestWindow(folder);
    second.context.app.openFiles = first.context.app.openFiles;
    second.answer(path);
    const result = await second.raw('association.open');
    expect(result.ok ? null : result.error.code).toBe('ALREADY_OPEN');
    expect(result.ok ? '' : result.error.message).toContain('autre fenêtre');
    first.close();
  });

  it('a cancelled dialog changes nothing and says so quietly', async () => {
    const window = openTestWindow(tempFolder());
    window.answer(null);
    const result = await window.raw('association.open');
    expect(result.ok ? null : result.error.code).toBe('CANCELLED');
  });

  it('the application id marks our own files', async () => {
    const window = openTestWindow(tempFolder());
    const path = await window.createAssociation();
    window.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(passerellesApplicationId);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });

  it('a copy of a closed file is complete on its own (no -wal beside it)', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation();
    await window.call('association.rename', { name: 'Association du Bocage', territory: 'Orne' });
    window.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const copy = join(folder, 'copie-envoyee.passerelles');
    copyFileSync(path, copy);
    const reader = openTestWindow(tempFolder());
    reader.answer(copy);
    const summary = await reader.call('association.open');
    expect(summary.name).toBe('Association du Bocage');
    reader.close();
  });
});
