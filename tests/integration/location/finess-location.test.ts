import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { sampleWithValidSirets, siretFrom, structureLine } from '../member-imports/finess-files';
import { openImportWindow, registerFingerprint } from '../member-imports/import-window';

const lambert = '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93';
const geo = (et: string, x: number | string, y: number | string, source = lambert) => `geolocalisation;${et};${x};${y};${source};2026-05-12`;

/**
 * The shared sample (not modified) with, as the real file has them, the geolocalisation lines after
 * every establishment: Lambert 93 for the Orne ones (Putanges has none), and one establishment of
 * La Réunion in UTM 40 S.
 */
function extractWithLocations(overrides: Partial<Record<string, string>> = {}): string {
  const reunion = structureLine({
    et: '970400011',
    ej: '970400003',
    name: 'EHPAD DE SAINT DENIS',
    commune: '411',
    dep: '9D',
    category: '500',
    postal: '97400 SAINT DENIS',
    siret: siretFrom('7785012099901'),
  });
  const locations: Record<string, string> = {
    '610000101': geo('610000101', '439000.0', '6848000.0'), // Briouze
    '610000127': geo('610000127', '408000.0', '6856000.0'), // Tinchebray
    '610000143': geo('610000143', '427000.0', '6853000.0'), // Flers
    '610000192': geo('610000192', '446000.0', '6837000.0'), // La Ferté-Macé
    '610000200': geo('610000200', '446200.0', '6837100.0'),
    '140000011': geo('140000011', '454000.0', '6904000.0'),
    '970400011': geo('970400011', '338000.0', '7690000.0', '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40'),
    ...overrides,
  };
  const lines = sampleWithValidSirets().trimEnd().split('\n');
  return `${[...lines, reunion, ...Object.values(locations).filter((line) => line !== '')].join('\n')}\n`;
}

type LocationRow = { finessEt: string; x: number | null; y: number | null; projection: string | null; source: string | null };

describe('the FINESS import of locations', () => {
  const tempFolder = useTempFolder();

  async function setUp() {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    const read = async (text: string, name: string) => {
      const path = join(folder, name);
      writeFileSync(path, text);
      window.answer(path);
      return (await window.call('finess.read')).importId;
    };
    const locations = () =>
      window
        .db()
        .prepare('SELECT finess_et AS finessEt, location_x AS x, location_y AS y, location_projection AS projection, location_source AS source FROM structure ORDER BY finess_et')
        .all() as LocationRow[];
    return { window, read, locations };
  }

  it('stores each establishment’s location with the structure, Lambert 93 and overseas UTM alike', async () => {
    const { window, read, locations } = await setUp();
    const importId = await read(extractWithLocations(), 'etalab-cs1100507-stock-20260512-0336.csv');
    expect(await window.call('finess.commit', { importId, departmentCode: '61' })).toEqual({ added: 6, updated: 0, unchanged: 0, refused: 0 });
    expect(await window.call('finess.commit', { importId, departmentCode: '974' })).toEqual({ added: 1, updated: 0, unchanged: 0, refused: 0 });

    const rows = locations();
    expect(rows.find((row) => row.finessEt === '610000101')).toEqual({ finessEt: '610000101', x: 439000, y: 6848000, projection: 'LAMBERT_93', source: lambert });
    // No geolocalisation line: not located, nothing invented.
    expect(rows.find((row) => row.finessEt === '610000168')).toEqual({ finessEt: '610000168', x: null, y: null, projection: null, source: null });
    expect(rows.find((row) => row.finessEt === '970400011')).toEqual({
      finessEt: '970400011',
      x: 338000,
      y: 7690000,
      projection: 'UTM_S40',
      source: '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40',
    });
    const reunion = (await window.call('structures.list')).find((row) => row.finessEt === '970400011');
    expect(reunion).toMatchObject({ communeCode: '97411', departmentCode: '974' });

    // The same extract again: nothing to do.
    expect(await window.call('finess.preview', { importId, departmentCode: '61' })).toMatchObject({ toAdd: [], toUpdate: [], unchanged: 6 });
    window.close();
  });

  it('a new or moved location is one « Localisation » change; a location left out of the extract is kept', async () => {
    const { window, read, locations } = await setUp();
    const first = await read(extractWithLocations(), 'first.csv');
    await window.call('finess.commit', { importId: first, departmentCode: '61' });
    const ids = new Map((await window.call('structures.list')).map((row) => [row.finessEt, row]));

    // Next year: Briouze geocoded 300 m further east (and a newer source version), Putanges
    // located for the first time, Flers by a rounding of a few centimetres, Tinchebray left out.
    const newer = extractWithLocations({
      '610000101': geo('610000101', '439300.0', '6848000.0', '1,ATLASANTE,100,IGN,BD_ADRESSE,V3.1,LAMBERT_93'),
      '610000143': geo('610000143', '427000.04', '6852999.97'),
      '610000127': '',
      '610000168': geo('610000168', '452000.0', '6858000.0'),
    });
    const second = await read(newer, 'second.csv');
    const before = registerFingerprint(window.db());
    const preview = await window.call('finess.preview', { importId: second, departmentCode: '61' });
    expect(registerFingerprint(window.db())).toEqual(before);
    expect(preview.toAdd).toEqual([]);
    expect(preview.unchanged).toBe(4);
    expect(preview.toUpdate).toEqual([
      {
        id: ids.get('610000101')?.id,
        finessEt: '610000101',
        name: ids.get('610000101')?.name,
        changes: [{ field: 'location', label: 'Localisation', before: 'Localisée (Lambert 93)', after: 'Déplacée de 300 m' }],
      },
      {
        id: ids.get('610000168')?.id,
        finessEt: '610000168',
        name: ids.get('610000168')?.name,
        changes: [{ field: 'location', label: 'Localisation', before: '', after: 'Localisée (Lambert 93)' }],
      },
    ]);

    const fieldsBefore = await window.call('structures.list');
    expect(await window.call('finess.commit', { importId: second, departmentCode: '61' })).toEqual({ added: 0, updated: 2, unchanged: 4, refused: 0 });
    const rows = new Map(locations().map((row) => [row.finessEt, row]));
    expect(rows.get('610000101')).toMatchObject({ x: 439300, y: 6848000, source: '1,ATLASANTE,100,IGN,BD_ADRESSE,V3.1,LAMBERT_93' });
    expect(rows.get('610000168')).toMatchObject({ x: 452000, y: 6858000, projection: 'LAMBERT_93' });
    expect(rows.get('610000143')).toMatchObject({ x: 427000, y: 6853000 });
    expect(rows.get('610000127')).toMatchObject({ x: 408000, y: 6856000, projection: 'LAMBERT_93' });
    // Only the location moved: every register field is as it was.
    const strip = (list: typeof fieldsBefore) => list.map(({ updatedAt: _updatedAt, ...row }) => row);
    expect(strip(await window.call('structures.list'))).toEqual(strip(fieldsBefore));

    // A field change and a location change on one structure: both shown, the location as one line.
    const third = await read(
      extractWithLocations({ '610000143': geo('610000143', '430000.0', '6849000.0') }).replace('5;PL;SAINT JEAN', '7;RUE;DU CHATEAU'),
      'third.csv',
    );
    const flers = (await window.call('finess.preview', { importId: third, departmentCode: '61' })).toUpdate.find((row) => row.finessEt === '610000143');
    expect(flers?.changes).toEqual([
      { field: 'address', label: 'Adresse', before: '5 PLACE SAINT JEAN', after: '7 RUE DU CHATEAU' },
      { field: 'location', label: 'Localisation', before: 'Localisée (Lambert 93)', after: 'Déplacée de 5 km' },
    ]);
    window.close();
  });
});
