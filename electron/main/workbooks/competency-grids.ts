// Competency grids as a workbook for an employer to fill (issue 10 §2): one sheet per occupation,
// a dropdown of levels, a hidden `_meta` sheet (kind, version, association, structure, which sheet
// is which occupation) as the CDD collection workbook has; and the import of the returned file:
// read (the project's own reader, any writer), check every cell, preview, commit in one transaction.
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import type { LevelDefinition } from '../../../shared/domain/competencies/levels';
import { competencyKindLabels } from '../../../shared/domain/competencies/rome-starter';
import { savedOrExplained } from './saved-or-explained';
import { readImportedWorkbook } from './members-import/in-worker';
import type { PlainValue } from './members-import/read-rows';
import { gridOfJob } from '../store/competencies/grids';

export const GRIDS_KIND = 'passerelles-competency-grids';
export const GRIDS_VERSION = 1;
const headers = ['Code ROME (OGR)', 'Compétence', 'Nature', 'Cœur de métier', 'Niveau requis'];

type Occupation = { id: number; key: string; label: string };

/** Excel's sheet names: 31 characters, none of : \ / ? * [ ]; unique in the workbook. */
function sheetNames(occupations: readonly Occupation[]): string[] {
  const used = new Set<string>();
  return occupations.map((o) => {
    const base = o.label.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 28).trim();
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i += 1) name = `${base.slice(0, 26).trim()} ${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export async function writeGridsWorkbook(
  path: string,
  db: Database.Database,
  input: { associationName: string; structureId: number | null; structureName: string | null; levels: readonly LevelDefinition[]; now: Date },
): Promise<number> {
  const occupations = (db.prepare('SELECT id, key, label FROM occupation ORDER BY label').all() as Occupation[]).filter(
    (o) => gridOfJob(db, o.id, input.structureId).requirements.length > 0,
  );
  const labels = new Map((db.prepare('SELECT id, label, kind, code_ogr AS codeOgr FROM competency').all() as { id: number; label: string; kind: keyof typeof competencyKindLabels; codeOgr: string | null }[]).map((c) => [c.id, c]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelles';
  workbook.created = input.now;
  const about = workbook.addWorksheet('Instructions');
  about.getColumn(1).width = 110;
  about.addRow([`Grilles de compétences${input.structureName ? ` de ${input.structureName}` : ' de référence'} — ${input.associationName}`]).font = { bold: true };
  about.addRow(['Pour chaque métier (une feuille), indiquez dans la colonne « Niveau requis » le niveau que votre structure attend : 0 si la compétence ne vous concerne pas.']);
  for (const level of input.levels) about.addRow([`${level.level} — ${level.label} : ${level.descriptor}`]);
  about.addRow(['Ne renommez pas les feuilles et ne modifiez pas la colonne « Code ROME (OGR) » : le fichier est relu par Passerelles.']);
  const levelList = `"${[0, ...input.levels.map((l) => l.level)].join(',')}"`;
  const names = sheetNames(occupations);
  occupations.forEach((occupation, index) => {
    const sheet = workbook.addWorksheet(names[index] ?? `Métier ${index + 1}`, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: headers[0], width: 16, style: { numFmt: '@' } },
      { header: headers[1], width: 70, style: { numFmt: '@' } },
      { header: headers[2], width: 24 },
      { header: headers[3], width: 14 },
      { header: headers[4], width: 14 },
    ];
    sheet.getRow(1).font = { bold: true };
    const { requirements } = gridOfJob(db, occupation.id, input.structureId);
    requirements.forEach((r, i) => {
      const competency = labels.get(r.competencyId);
      sheet.addRow([competency?.codeOgr ?? '', competency?.label ?? '', competency ? competencyKindLabels[competency.kind] : '', r.isCore ? 'Oui' : 'Non', r.level]);
      sheet.getCell(i + 2, 5).dataValidation = { type: 'list', allowBlank: true, formulae: [levelList], showErrorMessage: true, errorTitle: 'Niveau', error: `Choisissez un niveau de 0 à ${input.levels.length}.` };
    });
  });
  const meta = workbook.addWorksheet('_meta', { state: 'veryHidden' });
  meta.addRow(['kind', GRIDS_KIND]);
  meta.addRow(['version', GRIDS_VERSION]);
  meta.addRow(['association', input.associationName]);
  meta.addRow(['structureId', input.structureId ?? '']);
  occupations.forEach((o, i) => meta.addRow(['sheet', names[i] ?? '', o.key]));
  await savedOrExplained(path, () => workbook.xlsx.writeFile(path));
  return occupations.length;
}

export type GridCellRefusal = { sheet: string; row: number; column: string; message: string };
export type GridChange = { occupationId: number; occupationLabel: string; competencyId: number; level: number; isCore: boolean };
export type GridsWorkbookPreview = { structureId: number | null; sheets: number; changes: GridChange[]; refusals: GridCellRefusal[] };

const text = (value: PlainValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/** Reads and checks a returned grids workbook; nothing is written. Every bad cell is reported with its place. */
export async function readGridsWorkbook(path: string, db: Database.Database, maxLevel: number): Promise<GridsWorkbookPreview> {
  // In the workbook worker, with the imports' checks: a bad or huge file does not hold the window.
  const { grids: sheets } = await readImportedWorkbook(path);
  const meta = sheets.find((s) => s.name === '_meta');
  // Cells are 1-based (values[1] is column A).
  const metaRows = meta?.rows.map((r) => r.values.slice(1).map(text)) ?? [];
  const value = (key: string) => metaRows.find((r) => r[0] === key)?.[1] ?? '';
  if (value('kind') !== GRIDS_KIND) return { structureId: null, sheets: 0, changes: [], refusals: [{ sheet: '_meta', row: 1, column: 'A', message: 'Ce classeur n’est pas un classeur de grilles de compétences préparé par Passerelles (feuille _meta absente ou modifiée).' }] };
  const structureId = value('structureId') === '' ? null : Number(value('structureId'));
  const occupationOf = new Map(metaRows.filter((r) => r[0] === 'sheet').map((r) => [r[1] ?? '', r[2] ?? '']));
  const occupations = new Map((db.prepare('SELECT id, key, label FROM occupation').all() as Occupation[]).map((o) => [o.key, o]));
  const byCode = new Map((db.prepare('SELECT id, code_ogr AS codeOgr, label FROM competency').all() as { id: number; codeOgr: string | null; label: string }[]).flatMap((c) => [[`ogr:${c.codeOgr ?? ''}`, c.id], [`label:${c.label.toLowerCase()}`, c.id]] as const));
  const refusals: GridCellRefusal[] = [];
  const changes: GridChange[] = [];
  const dataSheets = sheets.filter((s) => s.name !== '_meta' && s.name !== 'Instructions');
  for (const sheet of dataSheets) {
    const occupation = occupations.get(occupationOf.get(sheet.name) ?? '');
    if (!occupation) {
      refusals.push({ sheet: sheet.name, row: 1, column: 'A', message: `La feuille « ${sheet.name} » n’est pas une feuille de ce classeur (a-t-elle été renommée ?) : rendez-lui son nom d’origine.` });
      continue;
    }
    const current = new Map(gridOfJob(db, occupation.id, structureId).requirements.map((r) => [r.competencyId, r]));
    for (const row of sheet.rows) {
      if (row.number === 1) continue;
      const [code, label, , core, level] = [1, 2, 3, 4, 5].map((i) => text(row.values[i]));
      if (!code && !label && !level) continue;
      const competencyId = (code ? byCode.get(`ogr:${code}`) : undefined) ?? byCode.get(`label:${(label ?? '').toLowerCase()}`);
      if (competencyId === undefined) {
        refusals.push({ sheet: sheet.name, row: row.number, column: 'A', message: `Compétence inconnue « ${label || code} » : gardez les lignes du classeur envoyé.` });
        continue;
      }
      const parsed = level === '' ? 0 : Number(String(level).replace(',', '.'));
      if (!Number.isInteger(parsed) || parsed < 0 || parsed > maxLevel) {
        refusals.push({ sheet: sheet.name, row: row.number, column: 'E', message: `Le niveau « ${level ?? ''} » n’existe pas : indiquez un niveau de 0 (non concerné) à ${maxLevel}.` });
        continue;
      }
      const isCore = (core ?? '').toLowerCase() === 'oui' || (current.get(competencyId)?.isCore ?? false);
      if ((current.get(competencyId)?.level ?? 0) !== parsed) changes.push({ occupationId: occupation.id, occupationLabel: occupation.label, competencyId, level: parsed, isCore });
    }
  }
  return { structureId, sheets: dataSheets.length, changes, refusals };
}
