import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

describe('undo points', () => {
  const tempFolder = useTempFolder();

  it('a deletion takes a real backup first, and « Annuler » puts the structure, its contacts and years back', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const { structure } = await window.call('structures.create', { name: 'EHPAD Les Tilleuls', communeCode: '61169', postcode: '61100' });
    await window.call('contacts.save', { structureId: structure.id, contact: { name: 'Marie Lefèvre', role: 'director' } });
    await window.call('memberships.save', { structureId: structure.id, membership: { year: 2026, isMember: true } });
    expect(await window.call('undo.last')).toBeNull(); // nothing destructive yet

    const backupsBefore = await window.call('backups.list');
    await window.call('structures.delete', { id: structure.id });
    const backupsAfter = await window.call('backups.list');
    expect(backupsAfter.length).toBe(backupsBefore.length + 1);
    expect(backupsAfter[0]?.reason).toBe('avant suppression');
    expect(await window.call('structures.list')).toEqual([]);

    const point = await window.call('undo.last');
    expect(point).toMatchObject({ id: backupsAfter[0]?.id, label: 'la suppression de la structure' });
    await window.call('undo.restore', { id: point!.id });
    const [back] = await window.call('structures.list');
    expect(back).toMatchObject({ name: 'EHPAD Les Tilleuls', communeName: 'Flers', contactCount: 1, isMember: new Date().getFullYear() === 2026 });
    const detail = await window.call('structures.get', { id: back!.id });
    expect(detail.contacts.map((c) => c.name)).toEqual(['Marie Lefèvre']);
    expect(detail.memberships.map((m) => m.year)).toEqual([2026]);
    // Used once: the point is gone.
    expect(await window.call('undo.last')).toBeNull();
    window.close();
  });

  it('refuses to undo once something else was written since, and loses nothing', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const a = await window.call('structures.create', { name: 'SAAD Bocage Services' });
    const b = await window.call('structures.create', { name: 'IME Les Sources' });
    await window.call('structures.delete', { id: a.structure.id });
    const point = await window.call('undo.last');
    expect(point).not.toBeNull();
    await window.call('structures.update', { id: b.structure.id, changes: { headcount: 52 } });
    expect(await window.call('undo.last')).toBeNull();
    const refusal = await window.refusal('undo.restore', { id: point!.id });
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toContain('Sauvegardes…');
    // Nothing was put back, nothing lost: the later edit is still there, the deletion too.
    const rows = await window.call('structures.list');
    expect(rows.map((r) => [r.name, r.headcount])).toEqual([['IME Les Sources', 52]]);
    window.close();
  });

  it('a deletion that removed nothing leaves no undo point behind', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    await window.raw('structures.delete', { id: 999 });
    expect(await window.call('undo.last')).toBeNull();
    window.close();
  });

  it('an import is undone with the backup it took itself (no second copy), and puts the register back', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    window.answer(resolve('tests/fixtures/member-imports/finess-extract-sample.csv'));
    const { importId } = await window.call('finess.read');
    const backupsBefore = await window.call('backups.list');
    const counts = await window.call('finess.commit', { importId, departmentCode: '61' });
    expect(counts.added).toBeGreaterThan(0);
    const backupsAfter = await window.call('backups.list');
    expect(backupsAfter.length).toBe(backupsBefore.length + 1);
    const point = await window.call('undo.last');
    expect(point).toMatchObject({ id: backupsAfter[0]?.id, label: 'l’import de l’extraction FINESS' });
    await window.call('undo.restore', { id: point!.id });
    expect(await window.call('structures.list')).toEqual([]);
    window.close();
  });
});
