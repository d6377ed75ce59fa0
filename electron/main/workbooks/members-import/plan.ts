import type Database from 'better-sqlite3';
import type { MemberColumnField, MembersWorkbookPreview } from '../../../../shared/api/member-imports';
import { formatSiret } from '../../../../shared/domain/siret';
import { fail } from '../../errors';
import { searchKey } from '../../reference/search-key';
import { prepared } from '../../store/register/prepared';
import type { StructureValue } from '../../store/register/structure-input';
import { findStructureByIdentifiers, getStructureValue } from '../../store/register/structures';
import { importedChanges } from '../../imports/structure-changes';
import { contactRoles } from '../../../../shared/domain/structure';
import { listContacts } from '../../store/register/contacts';
import { describeContactChange, mergedContact, sameContact } from './contact-match';
import type { ReadSheet, WorkbookRead } from './describe';
import { cellText } from './cells';
import { columnLabel, createRowChecker, isTotalsRow, type CheckedRow, type ColumnMapping, type RowMessage } from './rows';

export type WorkbookChoice = { sheet: string; mapping: Record<string, MemberColumnField | null>; membershipYear: number | null };

type Status = MembersWorkbookPreview['rows'][number]['status'];
export type PlannedRow = {
  sheet: string;
  row: number;
  status: Status;
  name: string;
  structureId: number | null;
  messages: RowMessage[];
  checked: CheckedRow | null;
  changes: Partial<StructureValue>;
};
export type WorkbookPlan = { rows: PlannedRow[]; membershipYear: number; sheet: string };

function mappingOf(sheet: ReadSheet, mapping: WorkbookChoice['mapping']): ColumnMapping {
  const columns: ColumnMapping = [];
  const byField = new Map<MemberColumnField, number>();
  for (const [key, field] of Object.entries(mapping)) {
    if (!field) continue;
    const index = Number(key);
    const header = sheet.headers[index] ?? '';
    const other = byField.get(field);
    if (other !== undefined) {
      fail('VALIDATION', `Les colonnes ${columnLabel(Math.min(other, index), sheet.headers[Math.min(other, index)] ?? '')} et ${columnLabel(Math.max(other, index), sheet.headers[Math.max(other, index)] ?? '')} sont toutes deux associées au même champ : gardez-en une seule.`);
    }
    byField.set(field, index);
    columns.push({ field, index, header });
  }
  if (!byField.has('name')) fail('VALIDATION', 'Indiquez quelle colonne contient le nom de la structure (« Raison sociale », « Nom de l’établissement »…).');
  return columns;
}

const nameCommuneKey = (name: string, communeCode: string) => `${searchKey(name)}|${communeCode}`;

const registerStatement = prepared<[], { id: number; name: string; communeCode: string; finessEt: string; siret: string }>(
  'SELECT id, name, commune_code AS communeCode, finess_et AS finessEt, siret FROM structure',
);

/**
 * What the register holds, read once per plan: structures by name and commune (for rows without
 * FINESS nor SIRET), and the identifiers in use, so that only a row whose FINESS or SIRET is
 * already there goes to findStructureByIdentifiers, which names the structure.
 */
function registerIndex(db: Database.Database) {
  const byNameCommune = new Map<string, { id: number; name: string; finessEt: string; siret: string }>();
  const identifiers = new Set<string>();
  for (const row of registerStatement(db).iterate()) {
    byNameCommune.set(nameCommuneKey(row.name, row.communeCode), row);
    if (row.finessEt) identifiers.add(row.finessEt);
    if (row.siret) identifiers.add(row.siret);
  }
  return { byNameCommune, identifiers };
}

/**
 * The first row of the file with each FINESS, SIRET, and name in a commune (for rows with neither
 * identifier). One map per kind, keyed by the value itself: no key string built per row.
 */
function firstRowsOfFile() {
  const byFiness = new Map<string, number>();
  const bySiret = new Map<string, number>();
  const byName = new Map<string, number>();
  const nameKey = (value: StructureValue) => (value.finessEt || value.siret || !value.name ? '' : `${value.name}|${value.communeName}`);
  return {
    repeatOf(value: StructureValue): { what: string; row: number } | null {
      const finess = value.finessEt ? byFiness.get(value.finessEt) : undefined;
      if (finess !== undefined) return { what: `FINESS ${value.finessEt}`, row: finess };
      const siret = value.siret ? bySiret.get(value.siret) : undefined;
      if (siret !== undefined) return { what: `SIRET ${formatSiret(value.siret)}`, row: siret };
      const key = nameKey(value);
      const name = key ? byName.get(key) : undefined;
      return name === undefined ? null : { what: `nom « ${value.name} »${value.communeName ? ` à ${value.communeName}` : ''}`, row: name };
    },
    remember(value: StructureValue, row: number): void {
      if (value.finessEt && !byFiness.has(value.finessEt)) byFiness.set(value.finessEt, row);
      if (value.siret && !bySiret.has(value.siret)) bySiret.set(value.siret, row);
      const key = nameKey(value);
      if (key && !byName.has(key)) byName.set(key, row);
    },
  };
}

/**
 * Reads the chosen sheet with the chosen mapping and decides, row by row, what the import does:
 * add, update (same FINESS or SIRET, or the same name in the same commune without either),
 * refused (with the reasons), skipped (a totals row). Nothing is written.
 */
/** How often the plan says how far it is: the bar moves, the rows are not slowed. */
export const planProgressEvery = 500;

/** The rows after the header of the chosen sheet: what the plan goes through (the bar's total). */
export function rowsToPlan(read: WorkbookRead, sheetName: string): number {
  const sheet = read.sheets.find((candidate) => candidate.grid.name === sheetName);
  return sheet ? Math.max(0, sheet.grid.rows.length - sheet.headerIndex - 1) : 0;
}

export function planWorkbookImport(db: Database.Database, read: WorkbookRead, choice: WorkbookChoice, thisYear: number, onRows: (rows: number) => void = () => {}): WorkbookPlan {
  const sheet = read.sheets.find((candidate) => candidate.grid.name === choice.sheet);
  if (!sheet) fail('VALIDATION', `La feuille « ${choice.sheet} » n’existe pas dans « ${read.fileName} » : choisissez-en une autre.`);
  const mapping = mappingOf(sheet, choice.mapping);
  const membershipYear = choice.membershipYear ?? sheet.membershipYear ?? thisYear;
  const nameIndex = mapping.find((column) => column.field === 'name')?.index ?? null;
  const textFields = new Set(['name', 'finessEt', 'finessEj', 'siret', 'communeName', 'communeCode', 'address', 'directorName', 'email']);
  const textIndexes = mapping.filter((column) => textFields.has(column.field)).map((column) => column.index);
  const check = createRowChecker(mapping);
  const register = registerIndex(db);
  const firstRows = firstRowsOfFile();
  const rows: PlannedRow[] = [];

  const dataRows = sheet.grid.rows.slice(sheet.headerIndex + 1);
  for (const [i, row] of dataRows.entries()) {
    if (i > 0 && i % planProgressEvery === 0) onRows(i);
    const base = { sheet: sheet.grid.name, row: row.number, structureId: null, checked: null, changes: {} };
    if (mapping.every((column) => (row.values[column.index] ?? null) === null)) continue; // blank for this mapping
    if (isTotalsRow(row, textIndexes)) {
      rows.push({ ...base, status: 'skipped', name: cellText(row.values[nameIndex ?? 0] ?? null), messages: [{ column: '', message: 'Ligne de total : ignorée.', isWarning: true }] });
      continue;
    }
    const checked = check(row);
    const planned: PlannedRow = { ...base, status: 'refused', name: checked.name, messages: [...checked.messages], checked };
    rows.push(planned);
    const refuse = (message: string) => planned.messages.push({ column: '', message, isWarning: false });
    const { value } = checked;

    // The same structure twice in the file: the first row counts.
    const repeated = firstRows.repeatOf(value);
    if (repeated) refuse(`Même ${repeated.what} que la ligne ${repeated.row} : une structure ne figure qu’une fois, fusionnez les deux lignes.`);
    firstRows.remember(value, row.number);
    if (repeated || checked.hasErrors) continue;

    const match = matchInRegister(db, value, register, (message) => planned.messages.push({ column: '', message, isWarning: true }), refuse);
    if (match === 'refused') continue;
    if (match === null) {
      planned.status = 'add';
      continue;
    }
    const current = getStructureValue(db, match);
    if (!current) continue;
    const { changes, described } = importedChanges(current, value);
    planned.status = 'update';
    planned.structureId = match;
    planned.changes = changes;
    planned.name = current.name;
    if (described.length > 0) {
      planned.messages.push({ column: '', message: `Mis à jour : ${described.map((change) => `${change.label} « ${change.before} » → « ${change.after} »`).join(' ; ')}.`, isWarning: true });
    }
    // The contacts too, before → after: nothing known is changed without the preview saying it.
    const known = listContacts(db, match);
    for (const contact of checked.contacts) {
      const same = sameContact(known, contact);
      const change = same ? describeContactChange(same, mergedContact(same, contact), contactRoles) : null;
      if (change) planned.messages.push({ column: '', message: change, isWarning: true });
    }
  }
  onRows(dataRows.length);
  return { rows, membershipYear, sheet: sheet.grid.name };
}

function matchInRegister(
  db: Database.Database,
  value: StructureValue,
  { byNameCommune, identifiers }: ReturnType<typeof registerIndex>,
  warn: (message: string) => void,
  refuse: (message: string) => void,
): number | null | 'refused' {
  const byFiness = value.finessEt && identifiers.has(value.finessEt) ? findStructureByIdentifiers(db, { finessEt: value.finessEt }) : null;
  const bySiret = value.siret && identifiers.has(value.siret) ? findStructureByIdentifiers(db, { siret: value.siret }) : null;
  if (byFiness && bySiret && byFiness.id !== bySiret.id) {
    refuse(`Le FINESS ${value.finessEt} est celui de « ${byFiness.name} » mais le SIRET ${formatSiret(value.siret)} celui de « ${bySiret.name} » : corrigez l’un des deux.`);
    return 'refused';
  }
  if (bySiret && !byFiness && value.finessEt && bySiret.finessEt && bySiret.finessEt !== value.finessEt) {
    refuse(`Le SIRET ${formatSiret(value.siret)} est celui de « ${bySiret.name} » (FINESS ${bySiret.finessEt}), pas du FINESS ${value.finessEt} : corrigez l’un des deux.`);
    return 'refused';
  }
  const identified = byFiness ?? bySiret;
  if (identified) return identified.id;
  const sameName = byNameCommune.size > 0 ? byNameCommune.get(nameCommuneKey(value.name, value.communeCode)) : undefined;
  // Without identifiers on either side (or only the row's, filling an empty register row), name and commune decide.
  if (sameName && (!sameName.finessEt || !value.finessEt) && (!sameName.siret || !value.siret)) {
    const why = value.finessEt || value.siret ? 'elle n’avait ni FINESS ni SIRET' : 'la ligne n’a ni FINESS ni SIRET';
    warn(`Rapprochée de « ${sameName.name} » du registre (même nom, même commune ; ${why}) : cette structure sera mise à jour, aucune autre ne sera créée.`);
    return sameName.id;
  }
  return null;
}

export function previewOfPlan(plan: WorkbookPlan): MembersWorkbookPreview {
  const counts = { add: 0, update: 0, refused: 0, skipped: 0 };
  for (const row of plan.rows) counts[row.status] += 1;
  return {
    rows: plan.rows.map(({ sheet, row, status, name, structureId, messages }) => ({ sheet, row, status, name, structureId, messages })),
    counts,
    membershipYear: plan.membershipYear,
  };
}
