import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderOf } from '../../../electron/main/store/backups';
import { filesHolding, filesUnder } from '../../support/bytes';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';
import { addNotesSource } from './privacy-window';

// Unusual words, so that finding them anywhere can only mean the person's data is still there.
const secrets = ['Quastrelle', 'Zéphyrine', 'Zéphirine', 'zephyrine.quastrelle@exemple.fr', '06 47 81 92 03', 'aime les jardins suspendus', '12 impasse des Mirabelles'];

describe('erasure for good', () => {
  const tempFolder = useTempFolder();
  let removeSource: (() => void) | null = null;
  afterEach(() => {
    removeSource?.();
    removeSource = null;
  });

  it('leaves no byte of the person in the file, its WAL, its -shm or any backup, and keeps everyone else', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation();
    removeSource = addNotesSource(window.db());

    const created = await window.call('people.create', {
      civility: 'Mme',
      lastName: 'Quastrelle',
      firstName: 'Zéphirine', // a typo fixed below: the old spelling must go too
      email: 'zephyrine.quastrelle@exemple.fr',
      phone: '06 47 81 92 03',
      kind: 'candidate',
      lastContactOn: '2026-01-15',
      notes: 'Entretien : aime les jardins suspendus.',
    });
    const id = created.person.id;
    await window.call('people.update', { id, changes: { firstName: 'Zéphyrine' } });
    const other = await window.call('people.create', { civility: 'M.', lastName: 'Tournesol', firstName: 'Marcellin', kind: 'replacement' });
    window.db().prepare('INSERT INTO test_note (person_id, text) VALUES (?, ?), (?, ?)').run(id, 'Habite 12 impasse des Mirabelles', other.person.id, 'Disponible en juin');
    window.db().prepare('INSERT INTO test_mailing (person_id, address) VALUES (?, ?)').run(id, '12 impasse des Mirabelles');

    // Reopening takes a backup that holds her; then more writes stay in the WAL.
    window.close();
    await window.reopen(path);
    await window.call('people.update', { id, changes: { notes: 'Entretien : aime les jardins suspendus. Relancée.' } });
    expect(filesHolding(folder, ['Quastrelle']).length).toBeGreaterThanOrEqual(2);

    const preview = await window.call('privacy.erasePreview', { personId: id });
    expect(preview).toMatchObject({ displayName: 'Mme Quastrelle Zéphyrine', backupsHolding: 1, backupsTotal: 2 });
    expect(preview.holdings.filter((h) => h.count > 0)).toEqual([{ sourceId: 'test-notes', label: 'Notes d’entretien', count: 1 }]);

    // Looking into the backups left nothing beside them (no -wal or -shm of a backup).
    expect(filesUnder(backupFolderOf(path)).every((file) => file.endsWith('.passerelles'))).toBe(true);
    const result = await window.call('privacy.erase', { personId: id });
    expect(filesUnder(backupFolderOf(path)).every((file) => file.endsWith('.passerelles'))).toBe(true);
    expect(result).toEqual({ erased: 1, backups: { rewritten: 1, removed: 0, untouched: 1 }, isWalEmptied: true });

    // While the file is still open (its -wal and -shm beside it), then once closed.
    expect(filesUnder(folder).some((file) => file.endsWith('-wal'))).toBe(true);
    expect(filesHolding(folder, secrets)).toEqual([]);
    expect((await window.refusal('people.get', { id })).code).toBe('NOT_FOUND');
    expect(window.db().prepare('SELECT COUNT(*) AS n FROM test_note').get()).toEqual({ n: 1 });
    expect(window.db().prepare('SELECT COUNT(*) AS n FROM test_mailing').get()).toEqual({ n: 0 });
    window.close();
    expect(filesHolding(folder, secrets)).toEqual([]);

    // Everyone else is still there, in the file and in the rewritten backup.
    expect(filesHolding(folder, ['Tournesol', 'Disponible en juin']).length).toBeGreaterThanOrEqual(2);
    const backups = filesUnder(backupFolderOf(path));
    for (const backup of backups) {
      const db = new Database(backup, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    await window.reopen(path);
    expect((await window.call('people.list', {})).map((p) => p.lastName)).toEqual(['Tournesol']);

    // The audit trail says what happened, never to whom.
    const audit = await window.call('privacy.audit', {});
    expect(audit.map((line) => line.action)).toContain('erasure');
    expect(JSON.stringify(window.db().prepare('SELECT * FROM audit_event').all())).not.toMatch(/Quastrelle|Zéphyrine|zephyrine|Mirabelles/i);
    window.close();
  });

  it('deletes a backup it cannot rewrite, and says so', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation();
    const { person } = await window.call('people.create', { lastName: 'Quastrelle', firstName: 'Zéphyrine' });
    window.close();
    await window.reopen(path);
    // A backup damaged on disk (its header overwritten) but still holding her name.
    const damaged = join(backupFolderOf(path), '2020-01-01T00-00-00-000_manual.passerelles');
    const { copyFileSync, writeFileSync, readFileSync } = await import('node:fs');
    copyFileSync(filesUnder(backupFolderOf(path)).sort().at(-1)!, damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0x41, 0, 100);
    writeFileSync(damaged, bytes);

    const result = await window.call('privacy.erase', { personId: person.id });
    expect(result.backups.removed).toBe(1);
    expect(filesHolding(folder, ['Quastrelle', 'Zéphyrine'])).toEqual([]);
    window.close();
  });

  it('leaves alone someone else with the same id in a replaced file kept among the backups', async () => {
    const { copyFileSync, mkdirSync } = await import('node:fs');
    const other = openTestWindow(tempFolder());
    const otherPath = await other.createAssociation('Autre association');
    const { person: bergamote } = await other.call('people.create', { lastName: 'Bergamote' });
    other.close();

    const folder = tempFolder();
    const window = openTestWindow(folder);
    const path = await window.createAssociation();
    const { person } = await window.call('people.create', { lastName: 'Quastrelle' });
    expect(person.id).toBe(bergamote.id);
    // What File › Nouvelle association keeps of a file it replaced at this path.
    mkdirSync(backupFolderOf(path), { recursive: true });
    const replaced = join(backupFolderOf(path), '2020-01-01T00-00-00-000_replaced.passerelles');
    copyFileSync(otherPath, replaced);

    await window.call('privacy.erase', { personId: person.id });
    const kept = new Database(replaced, { readonly: true });
    expect(kept.prepare('SELECT last_name AS lastName FROM person').all()).toEqual([{ lastName: 'Bergamote' }]);
    kept.close();
    expect(filesHolding(folder, ['Quastrelle'])).toEqual([]);
    window.close();
  });

  it('« Nettoyer le fichier » leaves no readable trace of what earlier edits replaced', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    await window.createAssociation();
    const { person } = await window.call('people.create', { lastName: 'Quastrelle', firstName: 'Zéphirine' });
    await window.call('people.update', { id: person.id, changes: { firstName: 'Zéphyrine' } });
    expect(filesHolding(folder, ['Zéphirine']).length).toBeGreaterThan(0);
    expect(await window.call('privacy.scrubFile')).toEqual({ isWalEmptied: true });
    expect(filesHolding(folder, ['Zéphirine'])).toEqual([]);
    expect(filesHolding(folder, ['Zéphyrine'])).toEqual(['association.passerelles']);
    window.close();
  });

  it('refuses a person who is no longer there, and changes nothing', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    await window.call('people.create', { lastName: 'Tournesol' });
    const refusal = await window.refusal('privacy.erase', { personId: 999 });
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toMatch(/n’existe plus/);
    expect(await window.call('people.list', {})).toHaveLength(1);
    window.close();
  });
});
