import { renameSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import type { PersonRow } from '../../../../shared/api/people';
import { formatDate } from '../../../../shared/format/dates';
import { personKinds } from '../../../../shared/domain/people';
import { savedOrExplained } from '../../workbooks/saved-or-explained';
import { sourceRowsAbout } from './holdings';
import { personalDataSources, type PersonalDataSource } from './sources';

type Cell = string | number | null;
export type AccessSection = { id: string; label: string; rows: Array<Record<string, Cell>> };
export type AccessContent = { association: string; exportedAt: string; sections: AccessSection[] };

/** The person's own record, as the coordinator sees it on the card. */
function personSection(person: PersonRow): AccessSection {
  return {
    id: 'person',
    label: 'Personne',
    rows: [
      {
        Civilité: person.civility,
        Nom: person.lastName,
        Prénom: person.firstName,
        'E-mail': person.email,
        Téléphone: person.phone,
        Catégorie: personKinds[person.kind],
        Structure: person.structureName,
        Métier: person.occupationLabel,
        Remarques: person.notes,
        'Dernier contact': formatDate(person.lastContactOn),
        'Conservé jusqu’au': formatDate(person.retentionUntil),
        'Créé le': formatDate(person.createdAt),
        'Modifié le': formatDate(person.updatedAt),
      },
    ],
  };
}

/** Everything the file holds about the person: their record, then each feature's source. */
export function accessContent(db: Database.Database, person: PersonRow, association: string, now: Date, sources: PersonalDataSource[] = personalDataSources): AccessContent {
  return { association, exportedAt: now.toISOString(), sections: [personSection(person), ...sourceRowsAbout(db, person.id, sources)] };
}

export const rowCountOf = (content: AccessContent) => content.sections.reduce((sum, section) => sum + section.rows.length, 0);

/** Excel refuses sheet names over 31 characters, with []:*?/\ or twice the same. */
function sheetName(label: string, used: Set<string>): string {
  const base = label.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Données';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 27)} (${n})`;
  used.add(name.toLowerCase());
  return name;
}

const looksLikeFormula = (text: string) => /^[=+\-@]/.test(text);

const widthOf = (values: Cell[]) => Math.min(60, Math.max(12, ...values.map((value) => String(value ?? '').length + 2)));

function styled(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = '@';
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Printable as it is read: landscape, as wide as the page. */
const printSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

/**
 * One sheet per section. A section of one record (the person's own) reads top to bottom, field
 * then value; a section of several rows is a table with a header.
 */
function addSection(workbook: ExcelJS.Workbook, section: AccessSection, used: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(section.label, used), { pageSetup: printSetup });
  const headers = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
  if (headers.length === 0) {
    sheet.addRow(['Aucune donnée']);
    sheet.getRow(1).font = { bold: true };
    return;
  }
  const [only] = section.rows;
  if (section.rows.length === 1 && only) {
    sheet.columns = [{ width: widthOf(headers) }, { width: widthOf(headers.map((header) => only[header] ?? null)) }];
    for (const header of headers) styled(sheet.addRow([header, only[header] ?? null]));
    sheet.getColumn(1).font = { bold: true };
    return;
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns = headers.map((header) => ({ header, width: widthOf([header, ...section.rows.map((row) => row[header] ?? null)]) }));
  sheet.getRow(1).font = { bold: true };
  for (const record of section.rows) styled(sheet.addRow(headers.map((header) => record[header] ?? null)));
}

/** A readable workbook: a first sheet that says what it is, then one sheet per source. */
export async function writeAccessWorkbook(content: AccessContent, path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelles';
  const about = workbook.addWorksheet('À propos', { pageSetup: printSetup });
  about.columns = [{ width: 32 }, { width: 80 }];
  about.addRows([
    ['Données personnelles détenues', content.association],
    ['Exporté le', formatDate(content.exportedAt)],
    ['Contenu', 'Une feuille par partie du fichier de l’association (droit d’accès, article 15 du RGPD).'],
  ]);
  about.getColumn(1).font = { bold: true };
  const used = new Set(['à propos']);
  for (const section of content.sections) addSection(workbook, section, used);
  const draft = `${path}.export`;
  try {
    await savedOrExplained(path, async () => {
      await workbook.xlsx.writeFile(draft);
      renameSync(draft, path);
    });
  } finally {
    rmSync(draft, { force: true });
  }
  return content.sections.length + 1;
}

/** The same content as JSON (portable, machine-readable). */
export async function writeAccessJson(content: AccessContent, path: string): Promise<number> {
  const draft = `${path}.export`;
  try {
    await savedOrExplained(path, async () => {
      writeFileSync(draft, `${JSON.stringify(content, null, 2)}\n`, 'utf8');
      renameSync(draft, path);
    });
  } finally {
    rmSync(draft, { force: true });
  }
  return content.sections.length;
}
