import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

/** What the employer does in another spreadsheet program (SheetJS here, not exceljs): edit cells, save. */
function editAsEmployer(path: string, edit: (workbook: XLSX.WorkBook) => void) {
  const workbook = XLSX.read(readFileSync(path));
  edit(workbook);
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
const set = (sheet: XLSX.WorkSheet, ref: string, value: string | number) => {
  sheet[ref] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  const cell = XLSX.utils.decode_cell(ref);
  range.e.r = Math.max(range.e.r, cell.r);
  sheet['!ref'] = XLSX.utils.encode_range(range);
};

describe('grids round-trip through .xlsx', () => {
  const tempFolder = useTempFolder();

  it('exports an employer’s grids, refuses a bad returned file cell by cell without changing anything, then imports the corrected one', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    await window.createAssociation();
    const ehpad = (await window.call('structures.create', { name: 'EHPAD Les Tilleuls' })).structure;
    const { occupations } = await window.call('grids.overview');
    const asi = occupations.find((o) => o.key === 'agent-service-interne')!;
    const path = join(folder, 'grilles-ehpad.xlsx');
    window.answer(path);
    const exported = await window.call('grids.exportWorkbook', { structureId: ehpad.id });
    expect(exported.sheets).toBe(39);

    const original = XLSX.read(readFileSync(path));
    const sheetName = original.SheetNames.find((name) => name.startsWith('Agent de service interne'))!;
    expect(original.SheetNames).toContain(sheetName);
    expect(original.SheetNames).toContain('_meta');
    const firstRow = XLSX.utils.sheet_to_json<unknown[]>(original.Sheets[sheetName]!, { header: 1 })[1] as string[];
    const firstCode = String(firstRow[0]);

    editAsEmployer(path, (workbook) => {
      const sheet = workbook.Sheets[sheetName]!;
      set(sheet, 'E2', 4);
      set(sheet, 'E3', 7); // level 7 does not exist
      set(sheet, 'A60', '999999999');
      set(sheet, 'B60', 'Piloter un drone');
      set(sheet, 'E60', 2); // unknown competency
      const renamed = workbook.SheetNames.indexOf('Aide-soignant(e)');
      workbook.Sheets['Soins renommés'] = workbook.Sheets['Aide-soignant(e)']!;
      delete workbook.Sheets['Aide-soignant(e)'];
      workbook.SheetNames[renamed] = 'Soins renommés';
    });
    const before = window.db().prepare('SELECT count(*) AS n, sum(level) AS s FROM grid_requirement').get();
    window.answer(path);
    const bad = await window.call('grids.readWorkbook');
    expect(bad.structureName).toBe('EHPAD Les Tilleuls');
    expect(bad.refusals).toEqual([
      { sheet: sheetName, row: 3, column: 'E', message: 'Le niveau « 7 » n’existe pas : indiquez un niveau de 0 (non concerné) à 4.' },
      { sheet: sheetName, row: 60, column: 'A', message: 'Compétence inconnue « Piloter un drone » : gardez les lignes du classeur envoyé.' },
      expect.objectContaining({ sheet: 'Soins renommés', message: expect.stringMatching(/renommée/) as string }),
    ]);
    expect((await window.refusal('grids.commitWorkbook', { importId: bad.importId })).message).toMatch(/Rien n’a été modifié/);
    expect(window.db().prepare('SELECT count(*) AS n, sum(level) AS s FROM grid_requirement').get()).toEqual(before);
    expect((await window.call('grids.overview')).occupations.find((o) => o.key === 'agent-service-interne')?.employerGrids).toEqual([]);

    // Corrected: the 7 becomes 0 (non concerné), the unknown line goes, the sheet gets its name back.
    editAsEmployer(path, (workbook) => {
      const sheet = workbook.Sheets[sheetName]!;
      set(sheet, 'E3', 0);
      for (const column of ['A', 'B', 'E']) delete sheet[`${column}60`];
      const renamed = workbook.SheetNames.indexOf('Soins renommés');
      workbook.Sheets['Aide-soignant(e)'] = workbook.Sheets['Soins renommés']!;
      delete workbook.Sheets['Soins renommés'];
      workbook.SheetNames[renamed] = 'Aide-soignant(e)';
    });
    window.answer(path);
    const good = await window.call('grids.readWorkbook');
    expect(good.refusals).toEqual([]);
    expect(good.changes).toHaveLength(2);
    expect(await window.call('grids.commitWorkbook', { importId: good.importId })).toEqual({ changed: 2 });
    const own = (await window.call('grids.overview')).occupations.find((o) => o.key === 'agent-service-interne')!.employerGrids[0]!;
    const grid = await window.call('grids.get', { gridId: own.gridId });
    const competencyId = (window.db().prepare('SELECT id FROM competency WHERE code_ogr = ?').get(firstCode) as { id: number }).id;
    expect(grid.requirements.find((r) => r.competencyId === competencyId)?.level).toBe(4);
    expect(grid.requirements).toHaveLength(asi.requirementCount - 1);
    window.close();
  });
  it('refuses a file that is not a workbook (a CSV renamed .xlsx) in French, changing nothing', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    await window.createAssociation();
    await window.call('grids.overview'); // the reference grids are seeded on first use
    const before = window.db().prepare('SELECT count(*) AS n, sum(level) AS s FROM grid_requirement').get();
    const renamed = join(folder, 'grilles.xlsx');
    writeFileSync(renamed, 'Code;Compétence;Niveau\n123;Accueillir;3\n');
    window.answer(renamed);
    const refusal = await window.refusal('grids.readWorkbook');
    expect(refusal).toMatchObject({ code: 'INVALID_FILE' });
    expect(refusal.message).toBe('«\u00a0grilles.xlsx\u00a0» : Ce fichier n’est pas un classeur Excel (.xlsx) lisible : ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.');
    expect(window.db().prepare('SELECT count(*) AS n, sum(level) AS s FROM grid_requirement').get()).toEqual(before);
    window.close();
  });
});
