import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords, maxLinesPerRecord } from '../../../electron/main/imports/csv-records';
import { useTempFolder } from '../../support/temp-folder';
import { siretFrom, structureLine } from './finess-files';
import { openImportWindow } from './import-window';

async function records(lines: string[]) {
  async function* source() {
    yield* lines;
  }
  const all = [];
  for await (const record of csvRecords(source())) all.push(record);
  return all;
}

describe('CSV records with « ; » (RFC 4180)', () => {
  it('keeps a quoted separator, doubled quotes and line breaks inside one field', async () => {
    expect(await records(['a;"b; c";d', 'e;"dit ""x""";f', 'g;"deux', 'lignes";h'])).toEqual([
      { line: 1, fields: ['a', 'b; c', 'd'], isUnterminated: false },
      { line: 2, fields: ['e', 'dit "x"', 'f'], isUnterminated: false },
      { line: 3, fields: ['g', 'deux\nlignes', 'h'], isUnterminated: false },
    ]);
  });

  it('reports a quote never closed and reads the lines after it', async () => {
    const lines = ['a;"jamais fermé;b', ...Array.from({ length: maxLinesPerRecord + 2 }, (_, i) => `l${i};x`)];
    const all = await records(lines);
    expect(all[0]).toMatchObject({ line: 1, isUnterminated: true });
    expect(all.slice(1).map((r) => r.fields[0])).toEqual(lines.slice(1).map((l) => l.split(';')[0]));
  });
});

describe('a FINESS extract with quoted fields', () => {
  const tempFolder = useTempFolder();

  it('imports the establishment whose address complement holds a « ; », and accounts for every line', async () => {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    const quoted = structureLine({ et: '610000101', name: 'EHPAD NOTRE DAME', commune: '063', category: '500', postal: '61220 BRIOUZE', siret: siretFrom('7785012000101') })
      .split(';');
    quoted[5] = '"RÉSIDENCE X; BÂT. 2"';
    const short = structureLine({ et: '610000127', name: 'EHPAD COURT', commune: '169', category: '500', postal: '61100 FLERS' }).split(';').slice(0, 25);
    const calvados = structureLine({ et: '140000011', name: 'EHPAD DE CAEN', commune: '118', dep: '14', category: '500', postal: '14000 CAEN' });
    const text = ['finess;etalab;3;2026-05-12', quoted.join(';'), short.join(';'), calvados, ''].join('\r\n');
    const path = join(folder, 'etalab-cs1100507-stock-20260512-0336.csv');
    writeFileSync(path, text);

    window.answer(path);
    const read = await window.call('finess.read');
    // No department named after a shifted field: only the Orne and the Calvados.
    expect(read.departments.map((d) => d.code).sort()).toEqual(['14', '61']);
    const preview = await window.call('finess.preview', { importId: read.importId, departmentCode: '61' });
    expect(preview.toAdd).toEqual([expect.objectContaining({ finessEt: '610000101', communeName: 'Briouze', categoryCode: '500', type: 'ehpad' })]);
    expect(preview.refused).toEqual([
      { line: 3, finessEt: '610000127', name: 'EHPAD COURT', message: expect.stringMatching(/^La ligne compte 25 champs au lieu de 32/) },
    ]);
    expect(preview).toMatchObject({ outsideFilters: 1, lineCount: 3, unchanged: 0 });
    const { toAdd, toUpdate, unchanged, outsideFilters, refused, lineCount } = preview;
    expect(toAdd.length + toUpdate.length + unchanged + outsideFilters + refused.length).toBe(lineCount);

    const counts = await window.call('finess.commit', { importId: read.importId, departmentCode: '61' });
    expect(counts).toMatchObject({ added: 1, refused: 1 });
    const address = window.db().prepare('SELECT address FROM structure WHERE finess_et = ?').pluck().get('610000101');
    expect(address).toContain('RÉSIDENCE X; BÂT. 2');
    window.close();
  });
});
