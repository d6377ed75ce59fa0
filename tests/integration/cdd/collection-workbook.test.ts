import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openCddWindow, prepareWorkbooks } from './cdd-window';

type RangeValidations = { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } };

describe('collection workbook', () => {
  const tempFolder = useTempFolder();

  it('has French instructions, dropdowns over the used range only, a frozen protected header and a hidden _meta sheet', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls', 'SAAD : « Bocage » / Flers']);
    const { prepared, pathOf } = await prepareWorkbooks(window, folder, '2025-07', 6);
    expect(prepared.period).toEqual({ from: '2025-07', to: '2025-12' });
    expect(prepared.files.map((f) => f.fileName)).toEqual(['CDD 2025-07 à 2025-12 - EHPAD Les Tilleuls.xlsx', 'CDD 2025-07 à 2025-12 - SAAD « Bocage » Flers.xlsx']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(pathOf(window.structures[0]!.id));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Mode d’emploi', 'visible'],
      ['CDD', 'visible'],
      ['Listes', 'hidden'],
      ['_meta', 'hidden'],
    ]);
    expect(String(workbook.getWorksheet('Mode d’emploi')!.getCell('A1').value)).toContain('Recensement des CDD — EHPAD Les Tilleuls');
    // One story about the FTE (issue 7): the example is a worked month under the file's setting, not the 151,67 h of a paid month.
    const instructions: string[] = [];
    workbook.getWorksheet('Mode d’emploi')!.eachRow((row) => instructions.push(String(row.getCell(1).value)));
    expect(instructions.join('\n')).toContain('par exemple 133,9 pour un temps plein tout le mois');
    expect(instructions.join('\n')).toContain('1\u00a0ETP = 1\u202f607\u00a0heures travaillées par an, soit 133,9\u00a0h par mois.');

    const data = workbook.getWorksheet('CDD')!;
    expect(data.getRow(1).values).toEqual([undefined, 'Structure', 'Mois (MM/AAAA)', 'Métier', 'Nombre de CDD', 'Heures travaillées', 'Motif principal']);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((data as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection).toMatchObject({ sheet: true });
    expect(data.getCell('A1').protection?.locked).not.toBe(false);
    expect(data.getCell('E2').protection).toMatchObject({ locked: false });
    expect(data.getCell('E2').numFmt).toBe('#,##0.00');
    const validations = (data as unknown as RangeValidations).dataValidations.model;
    const occupation = Object.entries(validations).find(([, v]) => v?.formulae?.[0]?.toString().includes('$A$'));
    expect(occupation?.[1]).toMatchObject({ type: 'list' });
    // Bounded ranges (whole-column validations hang exceljs and slow Excel).
    expect(Object.keys(validations).every((range) => /^[A-F]2:[A-F]\d+$/.test(range) || /^[A-F]\d+$/.test(range))).toBe(true);

    const lists = workbook.getWorksheet('Listes')!;
    expect(lists.getColumn(2).values.filter(Boolean)).toEqual(['Remplacement maladie', 'Congés', 'Formation', 'Maternité', 'Accroissement temporaire d’activité', 'Attente de recrutement', 'Autre']);
    expect(lists.getColumn(3).values.filter(Boolean)).toEqual(['07/2025', '08/2025', '09/2025', '10/2025', '11/2025', '12/2025']);

    const meta = Object.fromEntries(workbook.getWorksheet('_meta')!.getSheetValues().filter(Boolean).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]));
    expect(meta).toMatchObject({ kind: 'cdd-collection', templateVersion: '1', associationName: 'MCE-M3S', structureId: String(window.structures[0]!.id), periodStart: '2025-07', periodEnd: '2025-12' });
    window.close();
  });

  it('a cancelled folder choice writes nothing', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls']);
    window.answer(null);
    const result = await window.raw('cdd.prepareCollection', { periodStart: '2025-01', structureIds: [window.structures[0]!.id] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await window.call('cdd.missing', { period: { from: '2025-01', to: '2025-12' } })).toMatchObject({ missing: [{ wasSent: false, isMember: true }] });
    window.close();
  });
});
