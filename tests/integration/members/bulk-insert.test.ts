import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAssociationFile, createAssociationFile } from '../../../electron/main/store/association-file';
import { insertContacts, listContacts } from '../../../electron/main/store/register/contacts';
import { listMemberships, saveMemberships } from '../../../electron/main/store/register/memberships';
import { normalizeStructureInput } from '../../../electron/main/store/register/structure-input';
import { deleteStructure, getStructureValue, insertStructure, insertStructures } from '../../../electron/main/store/register/structures';
import { useRegisterFolder } from './register-window';

const newFolder = useRegisterFolder();
const now = new Date('2026-03-01T08:00:00.000Z');
const valueOf = (name: string, finessEt = '') => normalizeStructureInput({ name, finessEt }).value;

describe('the bulk inserts of an import (a hundred rows per statement)', () => {
  it('adds 250 structures in order after the largest id, with their contacts and years, as one by one would', async () => {
    const file = await createAssociationFile(join(newFolder(), 'bulk.passerelles'), { name: 'MCE-M3S', territory: 'Bocage' }, now);
    const { db } = file;
    // Ids after the largest, as SQLite gives them: a structure deleted at the top leaves its id free, as before.
    insertStructure(db, valueOf('Première'), now);
    const top = insertStructure(db, valueOf('Supprimée'), now);
    deleteStructure(db, top);
    const values = Array.from({ length: 250 }, (_, i) => valueOf(`Structure ${i}`));
    const ids = db.transaction(() => insertStructures(db, values, now, 'workbook')).immediate();
    expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => top + i));
    expect(getStructureValue(db, ids[249]!)).toEqual(values[249]);
    expect(db.prepare('SELECT source, created_at AS createdAt FROM structure WHERE id = ?').get(ids[0])).toEqual({ source: 'workbook', createdAt: now.toISOString() });

    db.transaction(() => {
      insertContacts(db, ids.map((structureId, i) => ({ structureId, name: `Directeur ${i}`, role: 'director', roleLabel: '', email: `d${i}@exemple.fr`, phone: '' })), now);
      saveMemberships(db, ids.map((structureId, i) => ({ structureId, year: 2025, isMember: i % 2 === 0, feeCents: 100 * i, paidOn: null })));
      // Saved again, a year is replaced, never doubled.
      saveMemberships(db, [{ structureId: ids[1]!, year: 2025, isMember: true, feeCents: 5_000, paidOn: '2025-03-01' }]);
    })();
    expect(listContacts(db, ids[7]!)).toMatchObject([{ name: 'Directeur 7', role: 'director', email: 'd7@exemple.fr' }]);
    expect(listMemberships(db, ids[1]!)).toEqual([{ structureId: ids[1], year: 2025, isMember: true, feeCents: 5_000, paidOn: '2025-03-01' }]);
    expect(listMemberships(db, ids[2]!)).toEqual([{ structureId: ids[2], year: 2025, isMember: true, feeCents: 200, paidOn: null }]);
    closeAssociationFile(file);
  });

  it('refuses a FINESS already in the register in insertStructure’s words, and the batch writes nothing', async () => {
    const file = await createAssociationFile(join(newFolder(), 'bulk.passerelles'), { name: 'MCE-M3S', territory: 'Bocage' }, now);
    const { db } = file;
    insertStructure(db, valueOf('EHPAD Notre-Dame', '610000101'), now);
    const values = [...Array.from({ length: 150 }, (_, i) => valueOf(`Structure ${i}`)), valueOf('Doublon', '610000101')];
    expect(() => db.transaction(() => insertStructures(db, values, now, 'workbook')).immediate()).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: expect.stringMatching(/^Le FINESS établissement 610000101 est déjà utilisé par «\sEHPAD Notre-Dame\s» : modifiez cette structure/),
      }),
    );
    expect(db.prepare('SELECT count(*) FROM structure').pluck().get()).toBe(1);
    expect(() => insertStructures(db, values, now, 'workbook')).toThrow('inside a write transaction only');
    closeAssociationFile(file);
  });
});
