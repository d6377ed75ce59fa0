import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

describe('creating, renaming and reopening an association', () => {
  const tempFolder = useTempFolder();

  it('creates the file with the chosen name, adds the extension, and reopens it', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    window.answer(join(folder, 'bocage'));
    const created = await window.call('association.create', { name: '  MCE-M3S ', territory: 'Pays du Bocage' });
    expect(created).toMatchObject({ name: 'MCE-M3S', territory: 'Pays du Bocage', fileName: 'bocage.passerelles' });
    expect(existsSync(join(folder, 'bocage.passerelles'))).toBe(true);
    expect(existsSync(join(folder, 'bocage.passerelles.creation'))).toBe(false);

    await window.call('association.close');
    expect(await window.call('association.current')).toBeNull();
    const [recent] = await window.call('association.recent');
    expect(recent).toMatchObject({ name: 'MCE-M3S', fileName: 'bocage.passerelles' });
    const reopened = await window.call('association.openRecent', { id: recent?.id ?? '' });
    expect(reopened.name).toBe('MCE-M3S');
    window.close();
  });

  it('refuses a name that is too short, in French, and creates nothing', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    window.answer(join(folder, 'x.passerelles'));
    const result = await window.raw('association.create', { name: ' ', territory: '' });
    expect(result.ok ? null : result.error).toEqual({
      code: 'VALIDATION',
      message: 'Indiquez le nom de l’association (2 caractères au moins).',
    });
    expect(existsSync(join(folder, 'x.passerelles'))).toBe(false);
  });

  it('a call that needs an open file says how to open one', async () => {
    const window = openTestWindow(tempFolder());
    const result = await window.raw('backups.list');
    expect(result.ok ? null : result.error.code).toBe('NO_ASSOCIATION');
    expect(result.ok ? '' : result.error.message).toContain('menu Fichier');
  });

  it('an unknown call or a malformed input is refused without reaching a handler', async () => {
    const window = openTestWindow(tempFolder());
    expect(await window.raw('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await window.raw('association.openRecent', { id: 42 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await window.raw('association.openRecent', { id: 'x', path: '/etc' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('uses WAL while open and full sync, with foreign keys on', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const db = window.context.session.file?.db as Database.Database;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    window.close();
  });
});

describe('closing while another connection still reads the file', () => {
  const tempFolder = useTempFolder();

  it('closes without error, and the file holds every committed change once the reader is gone', async () => {
    const window = openTestWindow(tempFolder());
    const path = await window.createAssociation();
    await window.call('association.rename', { name: 'Renommée', territory: 'Orne' });
    // As the analysis worker does: a read-only connection in the middle of a read.
    const reader = new Database(path, { readonly: true });
    const rows = reader.prepare('SELECT name FROM association').iterate();
    rows.next();
    await window.call('association.close');
    rows.return?.();
    reader.close();

    const again = openTestWindow(tempFolder());
    again.answer(path);
    expect((await again.call('association.open')).name).toBe('Renommée');
    again.close();
  });
});
