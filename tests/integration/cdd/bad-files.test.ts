import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { importLimits } from '../../../electron/main/workbooks/xlsx-reader/read-workbook';
import { useTempFolder } from '../../support/temp-folder';
import { cddSnapshot, fillWithSheetJs, openCddWindow, prepareWorkbooks } from './cdd-window';

describe('CDD import refusals', () => {
  const tempFolder = useTempFolder();

  it('files that are not workbooks, or belong to another association, are refused and change nothing', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const { pathOf } = await prepareWorkbooks(window, folder);
    const textFile = join(folder, 'notes.xlsx');
    writeFileSync(textFile, 'ceci n’est pas un classeur');
    const oldExcel = join(folder, 'ancien.xls');
    writeFileSync(oldExcel, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

    // The same structure ids in another association's file: recognised as someone else's.
    const otherFolder = tempFolder();
    const other = await openCddWindow(otherFolder);
    const { pathOf: otherPathOf } = await prepareWorkbooks(other, otherFolder);
    const foreign = join(folder, 'autre-association.xlsx');
    fillWithSheetJs(otherPathOf(other.structures[0]!.id), foreign, [['EHPAD Les Tilleuls', '01/2025', 'ASH', 1, 10, null]]);
    other.close();

    const before = cddSnapshot(window);
    window.answer([textFile, oldExcel, foreign, pathOf(window.structures[0]!.id)]);
    const read = await window.call('cdd.readReturned');
    expect(read.files.map((f) => f.status)).toEqual(['refused', 'refused', 'refused', 'ready']);
    expect(read.files[0]?.refusal).toContain('n’est pas un classeur .xlsx lisible');
    expect(read.files[1]?.refusal).toContain('Excel 97-2003 (.xls)');
    expect(read.files[2]?.refusal).toContain('a été préparé pour un autre fichier d’association nommé lui aussi « MCE-M3S »');
    const refusal = await window.raw('cdd.commitReturned', { importId: read.importId, fileIndex: 2 });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(cddSnapshot(window)).toBe(before);

    // Too large a file is refused before it is read.
    const maxBytes = importLimits.maxBytes;
    importLimits.maxBytes = 1000;
    try {
      window.answer([pathOf(window.structures[0]!.id)]);
      const big = await window.call('cdd.readReturned');
      expect(big.files[0]).toMatchObject({ status: 'refused', refusal: expect.stringContaining('trop volumineux') });
    } finally {
      importLimits.maxBytes = maxBytes;
    }
    expect(cddSnapshot(window)).toBe(before);
    window.close();
  });

  it('every bad row is refused with sheet, row, column and a French message; good rows are read as people type them', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const { pathOf } = await prepareWorkbooks(window, folder);
    const filled = join(folder, 'retour.xlsx');
    fillWithSheetJs(pathOf(window.structures[0]!.id), filled, [
      ['EHPAD Les Tilleuls', '01/2025', 'Agent de service hospitalier (ASH)', 1, '12 h', null], // 2: ok, 12
      ['EHPAD Les Tilleuls', '02/2025', 'Plombier zingueur', 1, 10, null], // 3: unknown occupation
      ['EHPAD Les Tilleuls', '03/2026', 'ASH', 1, 10, null], // 4: outside the period
      ['EHPAD Les Tilleuls', '04/2025', 'ASH', 1, -5, null], // 5: negative
      ['EHPAD Les Tilleuls', '05/2025', 'ASH', 1, 500, null], // 6: absurd for 1 contract
      ['EHPAD Les Tilleuls', '06/2025', 'ASH', 'deux', 10, null], // 7: text in contracts
      ['EHPAD Les Tilleuls', 'juin', 'ASH', 1, 10, null], // 8: not a month
      ['EHPAD Les Tilleuls', 'juillet 2025', 'ASH', 2, '20,5', 'vacances'], // 9: ok, reason guessed
      ['EHPAD Les Tilleuls', 45870, 'ASH', 1, 7, null], // 10: Excel serial of 01/08/2025
      ['EHPAD Les Tilleuls', '15/09/2025', 'Aide soignant', 1, 3, 'xyz'], // 11: date as text; unknown reason → warning
      ['EHPAD Les Tilleuls', '10/2025', 'Agent de servise hospitalier', 1, 4, null], // 12: typo, confident near match
    ]);
    const before = cddSnapshot(window);
    window.answer(filled);
    const [file] = (await window.call('cdd.readReturned')).files;
    const errors = file!.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column, i.message]);
    expect(errors).toEqual([
      [3, 'C', expect.stringContaining('Métier inconnu : « Plombier zingueur »')],
      [4, 'B', expect.stringContaining('Le mois 03/2026 est hors de la période du fichier (01/2025 à 12/2025)')],
      [5, 'E', expect.stringContaining('Les heures sont négatives')],
      [6, 'E', expect.stringContaining('limite : 1 × 230 h = 230 h')],
      [7, 'D', expect.stringContaining('« deux » n’est pas un nombre de contrats')],
      [8, 'B', expect.stringContaining('« juin » n’est pas un mois')],
    ]);
    expect(file!.issues.every((i) => i.sheet === 'CDD')).toBe(true);
    // The first warning about a cell (a title counted under another name is said apart, with typedOccupation).
    expect(file!.issues.find((i) => i.severity === 'warning' && !i.typedOccupation)).toMatchObject({ row: 11, column: 'F' });
    expect(file!.lines.map((l) => [l.row, l.month, l.occupationKey, l.hours, l.reason])).toEqual([
      [2, '2025-01', 'agent-service-hospitalier', 12, null],
      [9, '2025-07', 'agent-service-hospitalier', 20.5, 'leave'],
      [10, '2025-08', 'agent-service-hospitalier', 7, null],
      [11, '2025-09', 'aide-soignant', 3, 'other'],
      [12, '2025-10', 'agent-service-hospitalier', 4, null],
    ]);
    expect(file!.counts).toMatchObject({ accepted: 5, refused: 6 });
    expect(cddSnapshot(window)).toBe(before);
    window.close();
  });

  it('a member’s own workbook: formulas by their result, merged cells, serial dates; mapped, resolved, then committed', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const own = join(folder, 'Tableau CDD Tilleuls.xlsx');
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Recensement CDD 2025'],
      [],
      ['Mois', 'Emploi', 'Nb de contrats', 'Nombre d’heures', 'Motif du CDD'],
      [45658, 'ASH de nuit', 2, 100, 'Maladie'], // row 4: serial 01/01/2025; "ASH de nuit" matched to ASH
      [null, 'Aide-soignante', 1, 50, 'Congés'], // row 5: month merged from row 4
      ['02/2025', 'Agent d’entretien', 1, null, 'Formation'], // row 6: hours by formula
      ['02/2025', 'Agent polyvalent', 1, 10, null], // row 7: unknown, the coordinator chooses
    ]);
    sheet['D6'] = { t: 'n', v: 35, f: '5*7' };
    sheet['!merges'] = [{ s: { r: 3, c: 0 }, e: { r: 4, c: 0 } }];
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Notes']]), 'Notes');
    XLSX.utils.book_append_sheet(workbook, sheet, 'Saisie');
    XLSX.writeFile(workbook, own);

    window.answer(own);
    const read = await window.call('cdd.readReturned');
    const [file] = read.files;
    expect(file).toMatchObject({ status: 'needs-mapping', recognisedBy: 'mapping', sheetName: 'Saisie', headerRow: 3 });
    expect(file!.mapping).toEqual({ structureName: null, month: 1, occupation: 2, contracts: 3, hours: 4, reason: 5 });
    expect(file!.suggestedStructureId).toBe(window.structures[0]!.id);

    const mapped = await window.call('cdd.mapColumns', {
      importId: read.importId,
      fileIndex: 0,
      headerRow: 3,
      mapping: { month: 1, occupation: 2, contracts: 3, hours: 4, reason: 5 },
      structureId: window.structures[0]!.id,
    });
    expect(mapped.counts).toMatchObject({ accepted: 3, refused: 1 });
    const unknown = mapped.issues.find((i) => i.typedOccupation === 'Agent polyvalent');
    expect(unknown).toMatchObject({ row: 7, column: 'B', severity: 'error' });
    expect(mapped.lines.map((l) => [l.month, l.occupationKey, l.hours])).toEqual([
      ['2025-01', 'agent-service-hospitalier', 100],
      ['2025-01', 'aide-soignant', 50],
      ['2025-02', 'agent-service-interne', 35],
    ]);

    const resolved = await window.call('cdd.resolveOccupations', { importId: read.importId, fileIndex: 0, choices: [{ typed: 'Agent polyvalent', occupationKey: 'agent-service-interne' }] });
    expect(resolved).toMatchObject({ status: 'ready', counts: { accepted: 4, refused: 0 }, period: { from: '2025-01', to: '2025-02' } });
    const asi = (await window.call('occupations.list')).find((o) => o.key === 'agent-service-interne');
    expect(asi?.synonyms).toContain('Agent polyvalent');

    await window.call('cdd.commitReturned', { importId: read.importId, fileIndex: 0 });
    const grid = await window.call('cdd.consolidated', { period: { from: '2025-01', to: '2025-02' } });
    expect(grid.total).toMatchObject({ hours: 195, contracts: 5 });
    window.close();
  });
});
