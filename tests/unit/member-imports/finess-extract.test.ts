import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interventionFieldOf, structureTypeOf } from '../../../electron/main/imports/finess/categories';
import { inseeCodeOf, readFinessExtract } from '../../../electron/main/imports/finess/extract';
import { createPendingImports } from '../../../electron/main/imports/pending-imports';
import { readTextFileLines } from '../../../electron/main/imports/text-lines';

const folder = mkdtempSync(join(tmpdir(), 'passerelles-finess-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the FINESS extract', () => {
  it('builds the INSEE code from department and commune, Corsica and overseas included', () => {
    expect(inseeCodeOf('61', '063')).toEqual({ communeCode: '61063', departmentCode: '61' });
    expect(inseeCodeOf('2A', '004')).toEqual({ communeCode: '2A004', departmentCode: '2A' });
    expect(inseeCodeOf('2B', '033')).toEqual({ communeCode: '2B033', departmentCode: '2B' });
    expect(inseeCodeOf('1', '53')).toEqual({ communeCode: '01053', departmentCode: '01' });
    expect(inseeCodeOf('9D', '411')).toEqual({ communeCode: '97411', departmentCode: '974' });
  });

  it('maps categories to register types, and tells a MARPA or a nursing centre by its name', () => {
    expect(structureTypeOf('500', 'EHPAD LES BRUYERES')).toBe('ehpad');
    expect(structureTypeOf('460', 'SAAD UNA')).toBe('saad');
    expect(structureTypeOf('354', 'SSIAD')).toBe('ssiad');
    expect(structureTypeOf('246', 'ESAT')).toBe('esat');
    expect(structureTypeOf('183', 'IME')).toBe('ime');
    expect(structureTypeOf('355', 'CENTRE HOSPITALIER DE FLERS')).toBe('hospital');
    expect(structureTypeOf('202', 'MARPA LES TILLEULS')).toBe('marpa');
    expect(structureTypeOf('124', 'CENTRE DE SOINS INFIRMIERS')).toBe('nursingCentre');
    expect(structureTypeOf('124', 'CENTRE DE SANTE DENTAIRE')).toBe('other');
    expect(structureTypeOf('999', 'INCONNU')).toBe('other');
    expect(interventionFieldOf('saad', '4402')).toBe('home');
    expect(interventionFieldOf('other', '4301')).toBe('disability');
    expect(interventionFieldOf('other', '4401')).toBe('elderly');
    expect(interventionFieldOf('other', '1101')).toBe('health');
    expect(interventionFieldOf('other', '')).toBeNull();
  });

  it('reads Corsican establishments and skips geolocalisation lines', async () => {
    const fields = Array.from({ length: 32 }, () => '');
    Object.assign(fields, { 0: 'structureet', 1: '2A0000011', 4: 'EHPAD D’AJACCIO', 12: '004', 13: '2A', 15: '20000 AJACCIO', 18: '500' });
    const path = join(folder, 'corse.csv');
    writeFileSync(path, `\uFEFFfiness;etalab;1;2026-05-12\r\n${fields.join(';')}\r\ngeolocalisation;2A0000011;1;2;x;2026-05-12\r\n`);
    const extract = await readFinessExtract(path);
    expect(extract.encoding).toBe('utf8');
    expect(extract.establishments).toEqual([
      expect.objectContaining({ line: 2, finessEt: '2A0000011', name: 'EHPAD D’AJACCIO', communeCode: '2A004', departmentCode: '2A', postcode: '20000' }),
    ]);
  });
});

describe('text files of unknown encoding', () => {
  it('reads UTF-8 as such, and anything else as Windows-1252 (’ and œ included)', async () => {
    const utf8 = join(folder, 'utf8.txt');
    writeFileSync(utf8, 'première\nl’œuvre\r\n');
    const cp1252 = join(folder, 'cp1252.txt');
    writeFileSync(cp1252, Buffer.from([0x70, 0x72, 0x65, 0x6d, 0x69, 0xe8, 0x72, 0x65, 0x0a, 0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65]));
    const collect = async (lines: AsyncGenerator<string>) => {
      const all: string[] = [];
      for await (const line of lines) all.push(line);
      return all;
    };
    expect(await readTextFileLines(utf8, collect)).toMatchObject({ result: ['première', 'l’œuvre'], encoding: 'utf8' });
    expect(await readTextFileLines(cp1252, collect)).toMatchObject({ result: ['première', 'l’œuvre'], encoding: 'win1252', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

describe('files waiting between read and commit', () => {
  it('keeps the newest few and says what to do for a forgotten one', () => {
    const pending = createPendingImports<string>(2);
    const first = pending.keep('a');
    const second = pending.keep('b');
    const third = pending.keep('c');
    expect(pending.get(second)).toBe('b');
    expect(pending.get(third)).toBe('c');
    expect(() => pending.get(first)).toThrow('choisissez-le à nouveau');
  });
});
