import { describe, expect, it } from 'vitest';
import type { StructureInput } from '../../../shared/api/members';
import { openRegisterWindow, useRegisterFolder } from './register-window';

const newFolder = useRegisterFolder();

const notreDame: StructureInput = {
  name: 'EHPAD Notre-Dame',
  finessEt: '610 000 101',
  finessEj: '610000093',
  siret: '732 829 320 00074',
  type: 'ehpad',
  field: 'elderly',
  address: '2 rue de la Gare',
  communeCode: '61063',
  opca: 'unifaf',
  headcount: 62,
  fte: 48.5,
};

async function withAssociation() {
  const window = openRegisterWindow(newFolder());
  const path = await window.createAssociation();
  const count = (table: 'structure' | 'contact' | 'membership') =>
    (window.db().prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { ...window, path, count };
}

describe('structures', () => {
  it('creates a structure: identifiers normalised, commune, department, EPCI and postcode filled', async () => {
    const w = await withAssociation();
    const detail = await w.call('structures.create', notreDame);
    expect(detail.warnings).toEqual([]);
    expect(detail.structure).toMatchObject({
      name: 'EHPAD Notre-Dame',
      finessEt: '610000101',
      finessEj: '610000093',
      siret: '73282932000074',
      communeCode: '61063',
      communeName: 'Briouze',
      postcode: '61220',
      departmentCode: '61',
      epciCode: '200035814',
      epciName: 'CA Flers Agglo',
      headcount: 62,
      fte: 48.5,
      isMember: false,
      lastMemberYear: null,
      contactCount: 0,
    });
    const stored = w.db().prepare('SELECT source, epci_name AS epciName FROM structure').get();
    expect(stored).toEqual({ source: 'manual', epciName: 'CA Flers Agglo' });
    expect((await w.call('structures.list')).map((row) => row.name)).toEqual(['EHPAD Notre-Dame']);
    w.close();
  });

  it('lists in French alphabetical order', async () => {
    const w = await withAssociation();
    for (const name of ['SSIAD Putanges', 'ÉSAT du Bocage', 'EHPAD les Bruyères', 'centre de santé']) await w.call('structures.create', { name });
    expect((await w.call('structures.list')).map((row) => row.name)).toEqual(['centre de santé', 'EHPAD les Bruyères', 'ÉSAT du Bocage', 'SSIAD Putanges']);
    w.close();
  });

  it('warns, without blocking, when the FINESS department is not the commune’s', async () => {
    const w = await withAssociation();
    const detail = await w.call('structures.create', { name: 'EHPAD hors territoire', finessEt: '140000019', communeCode: '61169' });
    expect(detail.warnings).toEqual([
      { field: 'finessEt', message: 'Le FINESS commence par 14 (Calvados) mais la commune est dans l’Orne (61) : vérifiez.' },
    ]);
    expect(w.count('structure')).toBe(1);
    // The warning stays visible each time the structure is opened.
    expect((await w.call('structures.get', { id: detail.structure.id })).warnings).toEqual(detail.warnings);
    w.close();
  });

  it('refuses a SIRET with a wrong key, saying so in French, and saves nothing', async () => {
    const w = await withAssociation();
    const error = await w.refusal('structures.create', { ...notreDame, siret: '73282932000075' });
    expect(error).toEqual({
      code: 'VALIDATION',
      message: 'Le SIRET 732 829 320 00075 n’existe pas (sa clé de contrôle est fausse) : un chiffre a sans doute été mal recopié ou inversé, vérifiez-le.',
    });
    expect(w.count('structure')).toBe(0);
    w.close();
  });

  it('refuses a bad FINESS, an unknown commune and a postcode typed as a commune code', async () => {
    const w = await withAssociation();
    expect(await w.refusal('structures.create', { name: 'X', finessEt: '96000010' })).toMatchObject({ code: 'VALIDATION' });
    const unknown = await w.refusal('structures.create', { name: 'X', communeCode: '61999' });
    expect(unknown.message).toContain('Aucune commune n’a le code INSEE « 61999 »');
    const postcode = await w.refusal('structures.create', { name: 'X', communeCode: '75015' });
    expect(postcode.message).toBe('Aucune commune n’a le code INSEE « 75015 ». « 75015 » est un code postal, pas un code INSEE : Paris (75056).');
    expect(await w.refusal('structures.create', { name: '   ' })).toEqual({ code: 'VALIDATION', message: 'Indiquez le nom de la structure.' });
    expect(w.count('structure')).toBe(0);
    w.close();
  });

  it('refuses a duplicate FINESS or SIRET, naming the existing structure, and changes nothing', async () => {
    const w = await withAssociation();
    await w.call('structures.create', notreDame);
    const before = w.db().prepare('SELECT * FROM structure').all();

    const sameFiness = await w.refusal('structures.create', { name: 'Doublon', finessEt: '610000101' });
    expect(sameFiness.code).toBe('CONFLICT');
    expect(sameFiness.message).toBe(
      'Le FINESS établissement 610000101 est déjà utilisé par « EHPAD Notre-Dame » : modifiez cette structure plutôt que d’en créer une seconde, ou corrigez le numéro.',
    );
    const sameSiret = await w.refusal('structures.create', { name: 'Doublon', siret: '73282932000074' });
    expect(sameSiret.code).toBe('CONFLICT');
    expect(sameSiret.message).toContain('Le SIRET 732 829 320 00074 est déjà utilisé par « EHPAD Notre-Dame »');

    expect(w.db().prepare('SELECT * FROM structure').all()).toEqual(before);
    w.close();
  });

  it('refuses an update that would take another structure’s FINESS, and leaves both rows as they were', async () => {
    const w = await withAssociation();
    await w.call('structures.create', notreDame);
    const other = await w.call('structures.create', { name: 'EHPAD les Bruyères', finessEt: '610000127' });
    const before = w.db().prepare('SELECT * FROM structure ORDER BY id').all();
    const error = await w.refusal('structures.update', { id: other.structure.id, changes: { finessEt: '610000101', name: 'Renommé' } });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('« EHPAD Notre-Dame »');
    expect(w.db().prepare('SELECT * FROM structure ORDER BY id').all()).toEqual(before);
    // Its own number is no conflict.
    await w.call('structures.update', { id: other.structure.id, changes: { finessEt: '610000127' } });
    w.close();
  });

  it('updates only the fields sent; a new commune brings its EPCI', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    const renamed = await w.call('structures.update', { id: structure.id, changes: { name: 'EHPAD Notre-Dame de Briouze' } });
    expect(renamed.structure).toEqual({ ...structure, name: 'EHPAD Notre-Dame de Briouze', updatedAt: renamed.structure.updatedAt });

    const moved = await w.call('structures.update', { id: structure.id, changes: { communeCode: '61168' } });
    // La Ferté Macé has two postcodes: the old one (Briouze’s) would be wrong, and there is no telling which.
    expect(moved.structure).toMatchObject({ communeName: 'La Ferté Macé', postcode: '', finessEt: '610000101', headcount: 62 });
    const alencon = await w.call('structures.update', { id: structure.id, changes: { communeCode: '61001' } });
    expect(alencon.structure).toMatchObject({ communeName: 'Alençon', postcode: '61000', departmentCode: '61' });
    expect(alencon.structure.epciName).toContain('Alençon');
    expect(alencon.structure.epciCode).not.toBe(structure.epciCode);

    const cleared = await w.call('structures.update', { id: structure.id, changes: { communeCode: '', postcode: '', headcount: null, type: null } });
    expect(cleared.structure).toMatchObject({ communeCode: '', communeName: '', departmentCode: '', epciCode: '', epciName: '', postcode: '', headcount: null, type: null });
    expect(cleared.structure.siret).toBe('73282932000074');

    expect(await w.refusal('structures.update', { id: structure.id, changes: { siret: '123' } })).toMatchObject({ code: 'VALIDATION' });
    expect(await w.refusal('structures.update', { id: 9999, changes: { name: 'X' } })).toMatchObject({ code: 'NOT_FOUND' });
    w.close();
  });

  it('lets one cell be edited even when another stored value no longer passes the checks', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    // As if the directory had changed since: the stored commune code is unknown today.
    w.db().prepare("UPDATE structure SET commune_code = '61999' WHERE id = ?").run(structure.id);
    const detail = await w.call('structures.update', { id: structure.id, changes: { notes: 'Rencontre en mars' } });
    expect(detail.structure).toMatchObject({ notes: 'Rencontre en mars', communeCode: '61999', communeName: 'Briouze' });
    w.close();
  });

  it('refuses to edit a row whose stored values no longer fit the contract, and leaves it as it was', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    w.db().prepare("UPDATE structure SET type = 'retired-code' WHERE id = ?").run(structure.id);
    const before = w.db().prepare('SELECT * FROM structure').all();
    expect(await w.refusal('structures.update', { id: structure.id, changes: { name: 'Renommé' } })).toEqual({
      code: 'VALIDATION',
      message: 'La fiche enregistrée contient une valeur que cette version de Passerelles n’accepte plus (type) : corrigez d’abord ce champ.',
    });
    expect(w.db().prepare('SELECT * FROM structure').all()).toEqual(before);
    // Correcting that very field is the way out.
    expect((await w.call('structures.update', { id: structure.id, changes: { type: 'ehpad' } })).structure.type).toBe('ehpad');
    w.close();
  });

  it('deletes a structure with its contacts and membership years', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    await w.call('contacts.save', { structureId: structure.id, contact: { name: 'Marie Lefèvre', role: 'director' } });
    await w.call('memberships.save', { structureId: structure.id, membership: { year: 2024, isMember: true } });
    expect(await w.call('structures.delete', { id: structure.id })).toBeNull();
    expect([w.count('structure'), w.count('contact'), w.count('membership')]).toEqual([0, 0, 0]);
    expect(await w.refusal('structures.get', { id: structure.id })).toMatchObject({ code: 'NOT_FOUND' });
    w.close();
  });

  it('needs an open association', async () => {
    const w = openRegisterWindow(newFolder());
    expect(await w.refusal('structures.list')).toMatchObject({ code: 'NO_ASSOCIATION' });
  });
});

describe('contacts', () => {
  it('saves a contact with its email and phone normalised, edits and deletes it', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    const contact = await w.call('contacts.save', {
      structureId: structure.id,
      contact: { name: 'Marie Lefèvre', role: 'director', email: ' Marie.Lefevre@EHPAD-Briouze.fr ', phone: '+33 2 33 62 30 01' },
    });
    expect(contact).toEqual({
      id: contact.id,
      structureId: structure.id,
      name: 'Marie Lefèvre',
      role: 'director',
      roleLabel: '',
      email: 'marie.lefevre@ehpad-briouze.fr',
      phone: '02 33 62 30 01',
    });
    const edited = await w.call('contacts.save', {
      structureId: structure.id,
      contactId: contact.id,
      contact: { name: 'Marie Lefèvre', role: 'hr', roleLabel: 'DRH', phone: '233623002' },
    });
    expect(edited).toMatchObject({ id: contact.id, role: 'hr', roleLabel: 'DRH', email: '', phone: '02 33 62 30 02' });
    await w.call('contacts.save', { structureId: structure.id, contact: { name: 'Paul Martin', role: 'president' } });

    const detail = await w.call('structures.get', { id: structure.id });
    expect(detail.contacts.map((c) => c.name)).toEqual(['Marie Lefèvre', 'Paul Martin']);
    expect((await w.call('structures.list'))[0]?.contactCount).toBe(2);

    await w.call('contacts.delete', { id: contact.id });
    expect((await w.call('structures.get', { id: structure.id })).contacts.map((c) => c.name)).toEqual(['Paul Martin']);
    w.close();
  });

  it('refuses a foreign phone number or a bad email, and saves nothing', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    const phone = await w.refusal('contacts.save', { structureId: structure.id, contact: { name: 'A', phone: '+32 2 123 45 67' } });
    expect(phone).toEqual({
      code: 'VALIDATION',
      message: '« +32 2 123 45 67 » n’est pas un numéro de téléphone français : tapez 10 chiffres commençant par 0 (par exemple 02 33 62 30 01) ou +33 suivi de 9 chiffres.',
    });
    const email = await w.refusal('contacts.save', { structureId: structure.id, contact: { name: 'A', email: 'marie@' } });
    expect(email.message).toContain('L’adresse e-mail « marie@ » n’est pas valide');
    expect(await w.refusal('contacts.save', { structureId: 9999, contact: { name: 'A' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(w.count('contact')).toBe(0);
    w.close();
  });

  it('does not move a contact to another structure by its id', async () => {
    const w = await withAssociation();
    const a = await w.call('structures.create', { name: 'A' });
    const b = await w.call('structures.create', { name: 'B' });
    const contact = await w.call('contacts.save', { structureId: a.structure.id, contact: { name: 'Marie' } });
    const error = await w.refusal('contacts.save', { structureId: b.structure.id, contactId: contact.id, contact: { name: 'Marie' } });
    expect(error.code).toBe('NOT_FOUND');
    expect((await w.call('structures.get', { id: a.structure.id })).contacts).toHaveLength(1);
    w.close();
  });
});

describe('membership years', () => {
  it('records years with fee in cents and payment date; the list shows this year’s membership', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    const thisYear = new Date().getFullYear();
    await w.call('memberships.save', { structureId: structure.id, membership: { year: thisYear - 2, isMember: true, feeCents: 15_000, paidOn: `${thisYear - 2}-03-15` } });
    await w.call('memberships.save', { structureId: structure.id, membership: { year: thisYear - 1, isMember: false } });
    let row = (await w.call('structures.list'))[0];
    expect(row).toMatchObject({ isMember: false, lastMemberYear: thisYear - 2 });

    await w.call('memberships.save', { structureId: structure.id, membership: { year: thisYear, isMember: true, feeCents: 20_000 } });
    // Saving a year again replaces it.
    await w.call('memberships.save', { structureId: structure.id, membership: { year: thisYear, isMember: true, feeCents: 25_050, paidOn: `${thisYear}-01-31` } });
    row = (await w.call('structures.list'))[0];
    expect(row).toMatchObject({ isMember: true, lastMemberYear: thisYear });
    const detail = await w.call('structures.get', { id: structure.id });
    expect(detail.memberships).toEqual([
      { structureId: structure.id, year: thisYear, isMember: true, feeCents: 25_050, paidOn: `${thisYear}-01-31` },
      { structureId: structure.id, year: thisYear - 1, isMember: false, feeCents: null, paidOn: null },
      { structureId: structure.id, year: thisYear - 2, isMember: true, feeCents: 15_000, paidOn: `${thisYear - 2}-03-15` },
    ]);

    await w.call('memberships.delete', { structureId: structure.id, year: thisYear });
    expect((await w.call('structures.list'))[0]).toMatchObject({ isMember: false, lastMemberYear: thisYear - 2 });
    w.close();
  });

  it('refuses a payment date that is not in the calendar', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', { name: 'A' });
    const error = await w.refusal('memberships.save', { structureId: structure.id, membership: { year: 2025, isMember: true, paidOn: '2025-02-30' } });
    expect(error).toEqual({ code: 'VALIDATION', message: 'La date de paiement « 2025-02-30 » n’existe pas : tapez une date du calendrier (jj/mm/aaaa).' });
    expect(w.count('membership')).toBe(0);
    w.close();
  });
});

describe('the register on disk', () => {
  it('reads back everything after closing and reopening the file', async () => {
    const w = await withAssociation();
    const { structure } = await w.call('structures.create', notreDame);
    await w.call('contacts.save', { structureId: structure.id, contact: { name: 'Marie Lefèvre', role: 'director', phone: '0233623001' } });
    await w.call('memberships.save', { structureId: structure.id, membership: { year: 2024, isMember: true, feeCents: 12_345, paidOn: '2024-05-02' } });
    const before = await w.call('structures.get', { id: structure.id });
    w.close();

    const again = openRegisterWindow(newFolder());
    await again.reopen(w.path);
    expect(await again.call('structures.get', { id: structure.id })).toEqual(before);
    expect((await again.call('structures.list')).map((row) => row.name)).toEqual(['EHPAD Notre-Dame']);
    again.close();
  });
});

describe('communes and EPCIs through the contract', () => {
  it('searches communes and lists the EPCIs of a department', async () => {
    const w = await withAssociation();
    const communes = await w.call('communes.search', { query: 'briouze' });
    expect(communes[0]).toEqual({ code: '61063', name: 'Briouze', postcodes: ['61220'], departmentCode: '61', epciCode: '200035814', epciName: 'CA Flers Agglo' });
    const epcis = await w.call('epcis.list', { departmentCode: '61' });
    expect(epcis).toContainEqual({ code: '200035814', name: 'CA Flers Agglo' });
    w.close();
  });
});
