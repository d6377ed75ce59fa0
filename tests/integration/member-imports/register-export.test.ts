import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { useTempFolder } from '../../support/temp-folder';
import { openImportWindow } from './import-window';
import { writeMessyMembers } from './members-workbooks';

describe('the register export', () => {
  const tempFolder = useTempFolder();

  async function registerWithData() {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    window.answer(writeMessyMembers(join(folder, 'adherents.xlsx')));
    const read = await window.call('membersWorkbook.read');
    const mapping = Object.fromEntries((read.sheets.find((s) => s.name === 'Adhérents 2025')?.columns ?? []).map((c) => [String(c.index), c.suggestedField]));
    await window.call('membersWorkbook.commit', { importId: read.importId, sheet: 'Adhérents 2025', mapping });
    // A name a spreadsheet would take for a formula, and a FINESS and postcode with a leading zero.
    const trap = await window.call('structures.create', { name: '=1+1', finessEt: '010000123', postcode: '01000', communeCode: '01053', notes: '@SUM(A1:A2)', headcount: 7 });
    return { folder, window, trapId: trap.structure.id };
  }

  it('writes structures, contacts and membership years, read back alike by exceljs and SheetJS', async () => {
    const { folder, window } = await registerWithData();
    const path = join(folder, 'registre.xlsx');
    window.answer(path);
    expect(await window.call('register.export', { ids: null })).toMatchObject({ fileName: 'registre.xlsx', rowCount: 7 });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Structures', 'Contacts', 'Adhésions']);
    const structures = workbook.getWorksheet('Structures');
    if (!structures) throw new Error('no sheet');
    expect(structures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(structures.autoFilter).toBeTruthy();
    expect(structures.getRow(1).getCell(1).value).toBe('Nom');
    expect(structures.getColumn(1).width).toBe(40);
    const byName = new Map<string, ExcelJS.Row>();
    structures.eachRow((row, number) => {
      if (number > 1) byName.set(String(row.getCell(1).value), row);
    });
    const trap = byName.get('=1+1');
    expect(trap?.getCell(1).value).toBe('=1+1');
    expect(trap?.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(trap?.getCell(2).value).toBe('010000123');
    expect(trap?.getCell(8).value).toBe('01000');
    expect(trap?.getCell(18).value).toBe('@SUM(A1:A2)');
    expect(trap?.getCell(14).value).toBe(7);
    const ehpad = byName.get('EHPAD Notre-Dame');
    expect(ehpad?.getCell(15).value).toBe(38.5);
    expect(ehpad?.getCell(16).value).toBe('Non'); // member in 2025, not in the current year
    expect(ehpad?.getCell(17).value).toBe(2025);
    expect(ehpad?.getCell(19).value).toBeInstanceOf(Date);

    const sheetjs = XLSX.read(readFileSync(path), { cellDates: true });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheetjs.Sheets.Structures ?? {}, { raw: true });
    const trapRow = rows.find((row) => row.Nom === '=1+1');
    expect(trapRow).toMatchObject({ Nom: '=1+1', 'FINESS établissement': '010000123', 'Code postal': '01000', Remarques: '@SUM(A1:A2)' });
    const trapCell = Object.entries(sheetjs.Sheets.Structures ?? {}).find(([, cell]) => (cell as XLSX.CellObject).v === '=1+1')?.[1] as XLSX.CellObject;
    expect(trapCell.t).toBe('s');
    expect(trapCell.f).toBeUndefined();

    const contacts = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheetjs.Sheets.Contacts ?? {}, { raw: true });
    expect(contacts).toContainEqual({ Structure: 'EHPAD Notre-Dame', 'FINESS établissement': '610000101', Nom: 'Mme Claire Martin', Rôle: 'Directeur / directrice', 'E-mail': 'direction@ehpad-nd.fr', Téléphone: '02 33 62 30 01' });
    const memberships = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheetjs.Sheets.Adhésions ?? {}, { raw: true });
    expect(memberships).toContainEqual({ Structure: 'EHPAD Notre-Dame', 'FINESS établissement': '610000101', Année: 2025, Adhérent: 'Oui', Cotisation: 150, 'Payée le': new Date('2025-03-12T00:00:00.000Z') });
    expect(memberships).toHaveLength(5);
    window.close();
  });

  it('exports only the structures given, in the grid’s order', async () => {
    const { folder, window, trapId } = await registerWithData();
    const chosen = (await window.call('structures.list')).filter((s) => s.type === 'ehpad' || s.id === trapId).reverse();
    const ids = chosen.map((s) => s.id);
    window.answer(join(folder, 'filtre'));
    expect(await window.call('register.export', { ids })).toMatchObject({ fileName: 'filtre.xlsx', rowCount: 3 });
    const sheetjs = XLSX.read(readFileSync(join(folder, 'filtre.xlsx')));
    const names = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheetjs.Sheets.Structures ?? {}).map((row) => row.Nom);
    expect(names).toEqual(chosen.map((s) => s.name));
    expect([...names].sort()).toEqual(['=1+1', 'EHPAD Notre-Dame', 'Structure mal saisie']);
    window.answer(null);
    expect((await window.refusal('register.export', { ids: null })).code).toBe('CANCELLED');
    window.close();
  });
});
