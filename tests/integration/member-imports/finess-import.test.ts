import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { epciOf } from '../../../electron/main/reference/communes';
import { backupFolderOf } from '../../../electron/main/store/backups';
import { useTempFolder } from '../../support/temp-folder';
import { generatedExtract, sampleExtract, sampleExtractPath, sampleWithValidSirets, siretFrom, writeLatin1, writeValidSample } from './finess-files';
import { openImportWindow, registerFingerprint } from './import-window';

describe('the FINESS extract import', () => {
  const tempFolder = useTempFolder();

  async function windowWithAssociation() {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    const path = await window.createAssociation();
    return { folder, window, path };
  }

  it('reads the extract in UTF-8 and in Latin-1 alike', async () => {
    const { folder, window } = await windowWithAssociation();
    window.answer(sampleExtractPath);
    const utf8 = await window.call('finess.read');
    window.answer(writeLatin1(join(folder, 'latin1.csv'), sampleExtract()));
    const latin1 = await window.call('finess.read');

    for (const read of [utf8, latin1]) {
      expect(read.establishmentCount).toBe(7);
      expect(read.departments).toEqual([
        { code: '61', name: 'Orne', count: 6 },
        { code: '14', name: 'Calvados', count: 1 },
      ]);
      expect(read.categories.find((c) => c.code === '500')).toEqual({
        code: '500',
        label: 'Établissement d’hébergement pour personnes âgées dépendantes',
        count: 3,
        type: 'ehpad',
      });
      expect(read.categories.map((c) => `${c.code}:${c.type}`).sort()).toEqual(['183:ime', '246:esat', '354:ssiad', '460:saad', '500:ehpad']);
    }
    expect(latin1.fileName).toBe('latin1.csv');
    window.close();
  });

  it('previews, then commits one department in one transaction after a backup, and logs it', async () => {
    const { folder, window, path } = await windowWithAssociation();
    window.answer(writeValidSample(folder));
    const { importId } = await window.call('finess.read');
    const filters = { importId, departmentCode: '61' };

    const preview = await window.call('finess.preview', filters);
    expect(preview.toAdd.map((row) => [row.finessEt, row.communeName, row.type])).toEqual([
      ['610000101', 'Briouze', 'ehpad'],
      ['610000127', 'Tinchebray-Bocage', 'ehpad'],
      ['610000143', 'Flers', 'saad'],
      ['610000168', 'Putanges-le-Lac', 'ssiad'],
      ['610000192', 'La Ferté Macé', 'esat'],
      ['610000200', 'La Ferté Macé', 'ime'],
    ]);
    expect(preview).toMatchObject({ toUpdate: [], unchanged: 0, refused: [], warnings: [] });
    expect(registerFingerprint(window.db()).counts.structure).toBe(0);

    const backupsBefore = existsSync(backupFolderOf(path)) ? readdirSync(backupFolderOf(path)).length : 0;
    expect(await window.call('finess.commit', filters)).toEqual({ added: 6, updated: 0, unchanged: 0, refused: 0 });
    expect(readdirSync(backupFolderOf(path)).filter((name) => name.endsWith('_import.passerelles'))).toHaveLength(1);
    expect(readdirSync(backupFolderOf(path)).length).toBe(backupsBefore + 1);

    const rows = await window.call('structures.list');
    const ehpad = rows.find((row) => row.finessEt === '610000101');
    expect(ehpad).toMatchObject({
      name: 'EHPAD NOTRE DAME DE BRIOUZE',
      finessEj: '610000093',
      siret: siretFrom('7785012000101'),
      type: 'ehpad',
      field: 'elderly',
      address: '2 RUE DE LA GARE',
      postcode: '61220',
      communeCode: '61063',
      departmentCode: '61',
    });
    expect(ehpad?.epciName).not.toBe('');
    expect(rows.find((row) => row.finessEt === '610000143')).toMatchObject({ type: 'saad', field: 'home', address: '5 PLACE SAINT JEAN' });

    const log = window.db().prepare('SELECT kind, file_name AS fileName, sha256, added, updated, refused, details FROM import_log').all();
    expect(log).toEqual([
      {
        kind: 'finess',
        fileName: 'etalab-cs1100507-stock-20260512-0336.csv',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        added: 6,
        updated: 0,
        refused: 0,
        details: expect.stringContaining('"departmentCode":"61"'),
      },
    ]);
    window.close();
  });

  it('re-importing changes nothing, updates what changed, and never empties what the coordinator typed', async () => {
    const { folder, window } = await windowWithAssociation();
    window.answer(writeValidSample(folder));
    const first = await window.call('finess.read');
    await window.call('finess.commit', { importId: first.importId, departmentCode: '61' });

    const again = await window.call('finess.preview', { importId: first.importId, departmentCode: '61' });
    expect(again).toMatchObject({ toAdd: [], toUpdate: [], unchanged: 6 });

    // The coordinator renames one in mixed case (same name for the import) and fills a SIRET-less partner.
    const rows = await window.call('structures.list');
    const briouze = rows.find((row) => row.finessEt === '610000101');
    const flers = rows.find((row) => row.finessEt === '610000143');
    if (!briouze || !flers) throw new Error('missing rows');
    await window.call('structures.update', { id: briouze.id, changes: { name: 'Ehpad Notre-Dame de Briouze', notes: 'Adhérent depuis 2015' } });

    // A newer extract: a new address for Flers, and no SIRET nor EJ any more for Briouze.
    const newer = sampleWithValidSirets()
      .replace('5;PL;SAINT JEAN', '7;RUE;DU CHATEAU')
      .replace(';610000093;EHPAD NOTRE DAME;', ';;EHPAD NOTRE DAME;')
      .replace(`;${siretFrom('7785012000101')};`, ';;');
    const newerPath = join(folder, 'newer.csv');
    writeFileSync(newerPath, newer);
    window.answer(newerPath);
    const second = await window.call('finess.read');
    const preview = await window.call('finess.preview', { importId: second.importId, departmentCode: '61' });
    expect(preview.toAdd).toEqual([]);
    expect(preview.unchanged).toBe(5);
    expect(preview.toUpdate).toEqual([
      {
        id: flers.id,
        finessEt: '610000143',
        name: flers.name,
        changes: [{ field: 'address', label: 'Adresse', before: '5 PLACE SAINT JEAN', after: '7 RUE DU CHATEAU' }],
      },
    ]);
    expect(await window.call('finess.commit', { importId: second.importId, departmentCode: '61' })).toEqual({ added: 0, updated: 1, unchanged: 5, refused: 0 });
    const detail = await window.call('structures.get', { id: briouze.id });
    expect(detail.structure).toMatchObject({ name: 'Ehpad Notre-Dame de Briouze', notes: 'Adhérent depuis 2015', siret: siretFrom('7785012000101'), finessEj: '610000093' });
    window.close();
  });

  it('filters a generated 100-establishment extract by department, category, commune and EPCI', async () => {
    const { folder, window } = await windowWithAssociation();
    const path = join(folder, 'etalab-cs1100507-stock-20260512-0336.csv');
    writeFileSync(path, generatedExtract());
    window.answer(path);
    const read = await window.call('finess.read');
    expect(read.establishmentCount).toBe(100);
    expect(read.departments.map((d) => [d.code, d.count])).toEqual([
      ['61', 80],
      ['14', 20],
    ]);

    const preview = (filters: { communeCodes?: string[]; epciCodes?: string[]; categoryCodes?: string[] }) =>
      window.call('finess.preview', { importId: read.importId, departmentCode: '61', ...filters });
    expect((await preview({})).toAdd).toHaveLength(80);
    expect((await preview({ categoryCodes: ['500'] })).toAdd).toHaveLength(20);
    expect((await preview({ communeCodes: ['61169'] })).toAdd).toHaveLength(16);
    const flersOnly = await preview({ communeCodes: ['61169'], categoryCodes: ['500', '460'] });
    expect(flersOnly.toAdd.map((row) => row.communeName)).toEqual(Array(flersOnly.toAdd.length).fill('Flers'));
    expect(flersOnly.toAdd.map((row) => row.type).sort()).toEqual(['ehpad', 'ehpad', 'ehpad', 'ehpad', 'saad', 'saad', 'saad']);

    const flersEpci = epciOf('61169');
    if (!flersEpci) throw new Error('Flers has an EPCI');
    const byEpci = await preview({ epciCodes: [flersEpci.code] });
    expect(byEpci.toAdd.length).toBeGreaterThanOrEqual(16);
    expect(byEpci.toAdd.every((row) => row.communeName !== 'Alençon')).toBe(true);

    expect(await window.call('finess.commit', { importId: read.importId, departmentCode: '61', categoryCodes: ['500'] })).toMatchObject({ added: 20 });
    expect(registerFingerprint(window.db()).counts.structure).toBe(20);
    window.close();
  });

  it('reports unusable lines, and imports an establishment whose SIRET fails its key without the SIRET', async () => {
    const { folder, window } = await windowWithAssociation();
    // The sample's SIRETs are made up: none passes the key.
    const text = sampleExtract().replace('structureet;610000127;', 'structureet;61000012;').concat('structureet;610009999;trop court\n');
    const path = join(folder, 'abime.csv');
    writeFileSync(path, text);
    window.answer(path);
    const { importId } = await window.call('finess.read');
    const preview = await window.call('finess.preview', { importId, departmentCode: '61' });
    expect(preview.toAdd.map((row) => row.finessEt)).toEqual(['610000101', '610000143', '610000168', '610000192', '610000200']);
    expect(preview.refused).toEqual([
      { line: 3, finessEt: '61000012', name: 'EHPAD LES BRUYERES', message: expect.stringContaining('9 caractères') },
      // Too short to be read safely: shown with its line number, whatever the filters.
      { line: 9, finessEt: '610009999', name: '', message: expect.stringContaining('La ligne compte 3 champs au lieu de 32') },
    ]);
    expect(preview.warnings).toHaveLength(5);
    expect(preview.warnings[0]).toEqual({
      line: 2,
      finessEt: '610000101',
      name: 'EHPAD NOTRE DAME DE BRIOUZE',
      message: 'Le SIRET 778 501 200 01014 n’existe pas (sa clé de contrôle est fausse) : un chiffre a sans doute été mal recopié ou inversé, vérifiez-le. Importé sans ce champ.',
    });
    expect(await window.call('finess.commit', { importId, departmentCode: '61' })).toEqual({ added: 5, updated: 0, unchanged: 0, refused: 2 });
    expect((await window.call('structures.list')).every((row) => row.siret === '')).toBe(true);
    window.close();
  });

  it('refuses a file that is not a FINESS extract, saying which file to pick, and changes nothing', async () => {
    const { folder, window } = await windowWithAssociation();
    window.answer(sampleExtractPath);
    const { importId } = await window.call('finess.read');
    await window.call('finess.commit', { importId, departmentCode: '61' });
    const before = registerFingerprint(window.db());

    const files = {
      'adherents.csv': 'Nom;FINESS;Commune\nEHPAD;610000101;Flers\n',
      'vide.csv': '',
      'classeur.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81, 0x92]),
      'entete-seule.csv': 'finess;etalab;0;2026-05-12\n',
    };
    for (const [name, content] of Object.entries(files)) {
      const path = join(folder, name);
      writeFileSync(path, content);
      window.answer(path);
      const error = await window.refusal('finess.read');
      expect(error.code).toBe('INVALID_FILE');
      expect(error.message).toContain(`« ${name} » n’est pas une extraction FINESS`);
      expect(error.message).toContain('etalab-cs1100507-stock');
      expect(error.message).toContain('data.gouv.fr');
    }
    window.answer(null);
    expect((await window.refusal('finess.read')).code).toBe('CANCELLED');
    expect((await window.refusal('finess.preview', { importId: 'inconnu', departmentCode: '61' })).code).toBe('NOT_FOUND');
    expect(registerFingerprint(window.db())).toEqual(before);
    window.close();
  });
});
