import { describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

describe('people', () => {
  const tempFolder = useTempFolder();

  it('keeps the civility as typed, filters by kind and structure, and refuses bad input without writing', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const structure = await window.call('structures.create', { name: 'EHPAD Les Tilleuls' });
    const a = await window.call('people.create', { civility: 'Dr', lastName: 'Quastrelle', firstName: 'Zéphyrine', kind: 'employee', structureId: structure.structure.id });
    expect(a.person).toMatchObject({ civility: 'Dr', lastName: 'Quastrelle', structureName: 'EHPAD Les Tilleuls', kind: 'employee' });
    expect(a.holdings.every((holding) => holding.count === 0)).toBe(true);
    await window.call('people.create', { civility: 'M.', lastName: 'Tournesol', kind: 'candidate' });

    expect((await window.call('people.list', { kind: 'candidate' })).map((p) => p.lastName)).toEqual(['Tournesol']);
    expect((await window.call('people.list', { structureId: structure.structure.id })).map((p) => p.lastName)).toEqual(['Quastrelle']);

    const bad = await window.refusal('people.create', { lastName: 'Bergamote', structureId: 999, email: 'pas-une-adresse', lastContactOn: '2026-02-30' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toMatch(/structure choisie n’existe plus.*e-mail.*calendrier|structure choisie/);
    expect((await window.refusal('people.create', { lastName: '  ' })).message).toBe('Indiquez le nom de la personne.');
    const future = await window.refusal('people.update', { id: a.person.id, changes: { lastContactOn: '2999-01-01' } });
    expect(future.message).toMatch(/futur/);
    expect(await window.call('people.list', {})).toHaveLength(2);
    expect((await window.call('people.get', { id: a.person.id })).person.lastContactOn).toBeNull();

    const [occupation] = await window.call('occupations.list');
    const withJob = await window.call('people.update', { id: a.person.id, changes: { occupationKey: occupation!.key } });
    expect(withJob.person).toMatchObject({ occupationKey: occupation!.key, occupationLabel: occupation!.label });
    expect((await window.refusal('people.create', { lastName: 'Bergamote', occupationKey: 'inconnu' })).message).toMatch(/métier choisi n’existe plus/);

    // Deleting the structure keeps the person (ON DELETE SET NULL).
    await window.call('structures.delete', { id: structure.structure.id });
    expect((await window.call('people.get', { id: a.person.id })).person).toMatchObject({ structureId: null, structureName: '' });
    window.close();
  });
});
