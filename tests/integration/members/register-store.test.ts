import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../electron/main/errors';
import { closeAssociationFile, createAssociationFile } from '../../../electron/main/store/association-file';
import { normalizeStructureInput, type RegisterLookups } from '../../../electron/main/store/register/structure-input';
import {
  findStructureByIdentifiers,
  getStructureValue,
  insertStructure,
  listStructures,
  updateStructure,
  withUniqueMessage,
} from '../../../electron/main/store/register/structures';
import { useRegisterFolder } from './register-window';

const newFolder = useRegisterFolder();
const now = new Date('2026-03-01T08:00:00.000Z');

async function openFile() {
  return createAssociationFile(join(newFolder(), 'store.passerelles'), { name: 'MCE-M3S', territory: 'Bocage' }, now);
}

function thrown(action: () => unknown) {
  try {
    action();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('aucune erreur');
}

describe('normalizeStructureInput (what the imports call for each row)', () => {
  it('collects every error of a row, each on its field', () => {
    const { errors } = normalizeStructureInput({ name: 'X', finessEt: '12', siret: '73282932000075', postcode: '611', communeCode: '61999' });
    expect(errors.map((error) => error.field)).toEqual(['finessEt', 'siret', 'postcode', 'communeCode']);
  });

  it('reports a schema error on its field', () => {
    const { errors } = normalizeStructureInput({ name: '' });
    expect(errors).toEqual([{ field: 'name', message: 'Indiquez le nom de la structure.' }]);
  });

  it('restores the leading 0 a spreadsheet drops from codes', () => {
    const { value, errors } = normalizeStructureInput({ name: 'X', communeCode: '1001', postcode: '1400' });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ communeCode: '01001', communeName: "L'Abergement-Clémenciat", postcode: '01400', departmentCode: '01' });
  });

  it('takes the commune of a postcode that serves only one', () => {
    expect(normalizeStructureInput({ name: 'X', postcode: '61220' }).value.communeCode).toBe('');
    expect(normalizeStructureInput({ name: 'X', postcode: '85350' }).value).toMatchObject({ communeCode: '85113', communeName: 'L\'Île-d\'Yeu' });
  });

  it('leads a former commune code to today’s commune, with a warning', () => {
    const { value, warnings } = normalizeStructureInput({ name: 'X', communeCode: '61031' });
    expect(value).toMatchObject({ communeCode: '61486', communeName: 'Tinchebray-Bocage' });
    expect(warnings).toEqual([
      { field: 'communeCode', message: 'Le code commune 61031 est celui d’une ancienne commune, aujourd’hui Tinchebray-Bocage (61486) : c’est elle qui a été retenue.' },
    ]);
  });

  it('warns when the postcode is not the commune’s', () => {
    const { warnings } = normalizeStructureInput({ name: 'X', communeCode: '61169', postcode: '61220' });
    expect(warnings).toEqual([{ field: 'postcode', message: 'Le code postal 61220 n’est pas celui de Flers (61100) : vérifiez.' }]);
  });

  it('warns about an overseas FINESS on a mainland commune', () => {
    const { warnings } = normalizeStructureInput({ name: 'X', finessEt: '970100228', communeCode: '61169' });
    expect(warnings[0]?.message).toBe('Le FINESS commence par 97 (outre-mer) mais la commune est dans l’Orne (61) : vérifiez.');
    expect(normalizeStructureInput({ name: 'X', finessEt: '970100228', communeCode: '97101', postcode: '97139' }).warnings).toEqual([]);
  });

  it('works with lookups given by the caller', () => {
    const lookups: RegisterLookups = {
      findCommune: (code) => (code === '00001' ? { code, name: 'Testville', postcodes: ['00100'], departmentCode: '14', epciCode: 'E1', epciName: 'CC Test' } : null),
      successorOf: () => null,
      communesWithPostcode: () => [],
      departmentName: (code) => (code === '61' ? 'Orne' : null),
      inDepartment: (code) => `dans le ${code}`,
    };
    const { value, warnings } = normalizeStructureInput({ name: 'X', finessEt: '610000101', communeCode: '00001' }, lookups);
    expect(value).toMatchObject({ communeName: 'Testville', epciName: 'CC Test', postcode: '00100' });
    expect(warnings[0]?.message).toBe('Le FINESS commence par 61 (Orne) mais la commune est dans le 14 : vérifiez.');
  });
});

describe('the structure store', () => {
  it('inserts, finds by FINESS ET or SIRET, and updates only what is given', async () => {
    const file = await openFile();
    const { value } = normalizeStructureInput({ name: 'EHPAD Notre-Dame', finessEt: '610000101', siret: '73282932000074', communeCode: '61063' });
    const id = insertStructure(file.db, value, now, 'finess');
    expect(file.db.prepare('SELECT source, created_at AS createdAt FROM structure WHERE id = ?').get(id)).toEqual({ source: 'finess', createdAt: now.toISOString() });

    expect(findStructureByIdentifiers(file.db, { finessEt: '610000101' })).toEqual({ id, name: 'EHPAD Notre-Dame', finessEt: '610000101', siret: '73282932000074', matchedOn: 'finessEt' });
    expect(findStructureByIdentifiers(file.db, { finessEt: '610000999', siret: '73282932000074' })?.matchedOn).toBe('siret');
    expect(findStructureByIdentifiers(file.db, { finessEt: '610000101' }, id)).toBeNull();
    expect(findStructureByIdentifiers(file.db, { finessEt: '', siret: '' })).toBeNull();

    updateStructure(file.db, id, { headcount: 40, notes: 'Importé' }, new Date('2026-04-01T00:00:00.000Z'));
    expect(getStructureValue(file.db, id)).toEqual({ ...value, headcount: 40, notes: 'Importé' });
    expect(listStructures(file.db, 2026)[0]?.updatedAt).toBe('2026-04-01T00:00:00.000Z');

    expect(thrown(() => insertStructure(file.db, { ...value, name: 'Doublon', finessEt: '' }, now))).toEqual({
      code: 'CONFLICT',
      message: 'Le SIRET 732 829 320 00074 est déjà utilisé par « EHPAD Notre-Dame » : modifiez cette structure plutôt que d’en créer une seconde, ou corrigez le numéro.',
    });
    expect(thrown(() => updateStructure(file.db, 999, { name: 'X' }, now)).code).toBe('NOT_FOUND');
    closeAssociationFile(file);
  });

  it('turns a UNIQUE violation from SQLite into the same message naming the existing row', async () => {
    const file = await openFile();
    const { value } = normalizeStructureInput({ name: 'EHPAD Notre-Dame', finessEt: '610000101' });
    insertStructure(file.db, value, now);
    // As if another connection had written the same number between the check and the write.
    const raw = () =>
      file.db.prepare("INSERT INTO structure (name, finess_et, created_at, updated_at) VALUES ('Autre', '610000101', 'x', 'x')").run();
    expect(thrown(() => withUniqueMessage(file.db, { finessEt: '610000101' }, 0, raw))).toEqual({
      code: 'CONFLICT',
      message: 'Le FINESS établissement 610000101 est déjà utilisé par « EHPAD Notre-Dame » : modifiez cette structure plutôt que d’en créer une seconde, ou corrigez le numéro.',
    });
    expect(listStructures(file.db, 2026)).toHaveLength(1);
    closeAssociationFile(file);
  });
});
