import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { openTestWindow } from '../../support/host';

/** A test window with an association and a few structures, as the coordinator would set it up. */
export async function openCddWindow(folder: string, structureNames = ['EHPAD Les Tilleuls', 'SAAD du Bocage', 'ESAT de Flers']) {
  const window = openTestWindow(folder);
  const path = await window.createAssociation();
  const structures: { id: number; name: string }[] = [];
  for (const name of structureNames) {
    const detail = await window.call('structures.create', { name });
    await window.call('memberships.save', { structureId: detail.structure.id, membership: { year: 2025, isMember: true } });
    structures.push({ id: detail.structure.id, name });
  }
  return { ...window, path, structures };
}

/** Prepares the collection workbooks in a sub-folder; returns their paths by structure id. */
export async function prepareWorkbooks(window: Awaited<ReturnType<typeof openCddWindow>>, folder: string, periodStart = '2025-01', months = 12) {
  const out = join(folder, 'envoi');
  mkdirSync(out, { recursive: true });
  window.answer(out);
  const prepared = await window.call('cdd.prepareCollection', { periodStart, months, structureIds: window.structures.map((s) => s.id) });
  return { prepared, pathOf: (structureId: number) => join(out, prepared.files.find((f) => f.structureId === structureId)!.fileName) };
}

/**
 * Fills a collection workbook as a member's spreadsheet program would: SheetJS reads it, writes
 * the rows below the header of the CDD sheet, and saves it again (another writer than exceljs).
 */
export function fillWithSheetJs(source: string, target: string, rows: (string | number | null)[][], startRow = 2) {
  const workbook = XLSX.readFile(source);
  const sheet = workbook.Sheets['CDD'];
  if (!sheet) throw new Error('feuille CDD absente');
  XLSX.utils.sheet_add_aoa(sheet, rows, { origin: `A${startRow}` });
  XLSX.writeFile(workbook, target);
}

/** A workbook a member made their own way, from scratch, with SheetJS. */
export function writeOwnWorkbook(target: string, sheets: Record<string, (string | number | null)[][]>) {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
  XLSX.writeFile(workbook, target);
}

/** Everything the CDD import may change, as text: equal before and after = nothing changed. */
export function cddSnapshot(window: { context: { session: { file: { db: Database.Database } | null } } }): string {
  const db = window.context.session.file!.db;
  const tables = ['cdd_entry', 'cdd_series', 'cdd_series_stale', 'cdd_import', 'occupation', 'occupation_synonym', 'structure'];
  return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
}

/** Imports the 12 months of 2025 of the occupations for each structure: hours[i] every month, or month by month. */
export async function importYear(window: Awaited<ReturnType<typeof openCddWindow>>, folder: string, hoursByStructure: (number | number[])[], occupation: string | string[] = 'Agent de service') {
  const { pathOf } = await prepareWorkbooks(window, folder);
  const files = window.structures.map((structure, index) => {
    const target = join(folder, `retour-${structure.id}.xlsx`);
    const hours = hoursByStructure[index] ?? 0;
    const rows = [occupation].flat().flatMap((label) =>
      Array.from({ length: 12 }, (_, m) => [structure.name, `${String(m + 1).padStart(2, '0')}/2025`, label, 1, typeof hours === 'number' ? hours : (hours[m] ?? 0), 'Remplacement maladie']),
    );
    fillWithSheetJs(pathOf(structure.id), target, rows);
    return target;
  });
  window.answer(files);
  const read = await window.call('cdd.readReturned');
  for (const file of read.files) await window.call('cdd.commitReturned', { importId: read.importId, fileIndex: file.fileIndex, confirmReplace: true });
}
