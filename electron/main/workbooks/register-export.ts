import ExcelJS from 'exceljs';
import { renameSync, rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { StructureRow } from '../../../shared/api/members';
import { contactRoles, interventionFields, opcas, structureTypes } from '../../../shared/domain/structure';
import { listContacts } from '../store/register/contacts';
import { listMemberships } from '../store/register/memberships';
import { listStructures } from '../store/register/structures';
import { savedOrExplained } from './saved-or-explained';

export type Kind = 'text' | 'code' | 'integer' | 'decimal' | 'euros' | 'date';
export type Column<T> = { header: string; width: number; kind: Kind; value: (row: T) => string | number | Date | null };

const numberFormats: Partial<Record<Kind, string>> = {
  code: '@', // FINESS, SIRET, postcodes keep their leading zeros
  integer: '0',
  decimal: '0.0#',
  euros: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
};

export const isoToDate = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
export const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');

function structureColumns(year: number): Column<StructureRow>[] {
  return [
    { header: 'Nom', width: 40, kind: 'text', value: (s) => s.name },
    { header: 'FINESS établissement', width: 14, kind: 'code', value: (s) => s.finessEt },
    { header: 'FINESS entité juridique', width: 14, kind: 'code', value: (s) => s.finessEj },
    { header: 'SIRET', width: 17, kind: 'code', value: (s) => s.siret },
    { header: 'Type', width: 22, kind: 'text', value: (s) => (s.type ? structureTypes[s.type] : '') },
    { header: 'Champ d’intervention', width: 18, kind: 'text', value: (s) => (s.field ? interventionFields[s.field] : '') },
    { header: 'Adresse', width: 34, kind: 'text', value: (s) => s.address },
    { header: 'Code postal', width: 10, kind: 'code', value: (s) => s.postcode },
    { header: 'Commune', width: 24, kind: 'text', value: (s) => s.communeName },
    { header: 'Code INSEE', width: 10, kind: 'code', value: (s) => s.communeCode },
    { header: 'Département', width: 11, kind: 'code', value: (s) => s.departmentCode },
    { header: 'EPCI', width: 34, kind: 'text', value: (s) => s.epciName },
    { header: 'OPCA', width: 22, kind: 'text', value: (s) => (s.opca ? opcas[s.opca] : '') },
    { header: 'Effectif', width: 9, kind: 'integer', value: (s) => s.headcount },
    { header: 'ETP', width: 8, kind: 'decimal', value: (s) => s.fte },
    { header: `Adhérent ${year}`, width: 12, kind: 'text', value: (s) => yesNo(s.isMember) },
    { header: 'Dernière année d’adhésion', width: 14, kind: 'integer', value: (s) => s.lastMemberYear },
    { header: 'Remarques', width: 40, kind: 'text', value: (s) => s.notes },
    { header: 'Modifiée le', width: 12, kind: 'date', value: (s) => isoToDate(s.updatedAt) },
  ];
}

type ContactLine = { structure: StructureRow; name: string; role: string; roleLabel: string; email: string; phone: string };
const contactColumns: Column<ContactLine>[] = [
  { header: 'Structure', width: 40, kind: 'text', value: (c) => c.structure.name },
  { header: 'FINESS établissement', width: 14, kind: 'code', value: (c) => c.structure.finessEt },
  { header: 'Nom', width: 28, kind: 'text', value: (c) => c.name },
  { header: 'Rôle', width: 22, kind: 'text', value: (c) => c.role },
  { header: 'Précision', width: 24, kind: 'text', value: (c) => c.roleLabel },
  { header: 'E-mail', width: 32, kind: 'text', value: (c) => c.email },
  { header: 'Téléphone', width: 16, kind: 'code', value: (c) => c.phone },
];

type MembershipLine = { structure: StructureRow; year: number; isMember: boolean; feeCents: number | null; paidOn: string | null };
const membershipColumns: Column<MembershipLine>[] = [
  { header: 'Structure', width: 40, kind: 'text', value: (m) => m.structure.name },
  { header: 'FINESS établissement', width: 14, kind: 'code', value: (m) => m.structure.finessEt },
  { header: 'Année', width: 8, kind: 'integer', value: (m) => m.year },
  { header: 'Adhérent', width: 10, kind: 'text', value: (m) => yesNo(m.isMember) },
  { header: 'Cotisation', width: 12, kind: 'euros', value: (m) => (m.feeCents === null ? null : m.feeCents / 100) },
  { header: 'Payée le', width: 12, kind: 'date', value: (m) => isoToDate(m.paidOn) },
];

// A text a spreadsheet could take for a formula. exceljs writes every string as a string cell
// (never a formula); the text format also keeps it a string when someone edits the cell in Excel.
const looksLikeFormula = (text: string) => /^[=+\-@]/.test(text);

export function addSheet<T>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column<T>[], rows: Iterable<T>): number {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width, style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {} }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5D62' } };
  header.commit();
  let count = 0;
  for (const item of rows) {
    const row = sheet.addRow(columns.map((column) => column.value(item) ?? null));
    columns.forEach((column, i) => {
      const value = row.getCell(i + 1).value;
      if (typeof value === 'string' && looksLikeFormula(value)) row.getCell(i + 1).numFmt = '@';
      if (value === '') row.getCell(i + 1).value = null;
    });
    row.commit();
    count += 1;
  }
  sheet.commit();
  return count;
}

/**
 * The register (or the structures given, in their order) as a formatted .xlsx: structures,
 * contacts, membership years. Written with the streaming writer to a draft next to the target,
 * then moved into place, so a failure never leaves half a file.
 */
export async function exportRegister(db: Database.Database, path: string, ids: number[] | null, year: number): Promise<number> {
  const all = listStructures(db, year);
  let structures = all;
  if (ids) {
    const byId = new Map(all.map((structure) => [structure.id, structure]));
    structures = ids.map((id) => byId.get(id)).filter((structure): structure is StructureRow => structure !== undefined);
  }
  const draft = `${path}.export`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: draft, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Passerelles';
  try {
    const rowCount = addSheet(workbook, 'Structures', structureColumns(year), structures);
    addSheet(workbook, 'Contacts', contactColumns, (function* () {
      for (const structure of structures) {
        for (const contact of listContacts(db, structure.id)) yield { structure, ...contact, role: contactRoles[contact.role] };
      }
    })());
    addSheet(workbook, 'Adhésions', membershipColumns, (function* () {
      for (const structure of structures) for (const membership of listMemberships(db, structure.id)) yield { structure, ...membership };
    })());
    await savedOrExplained(path, async () => {
      await workbook.commit();
      renameSync(draft, path);
    });
    return rowCount;
  } catch (error) {
    rmSync(draft, { force: true });
    throw error;
  }
}
