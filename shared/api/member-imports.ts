// FINESS extract import, members workbook import, register export (issue 2, section 5).
// Each import is two steps over one file chosen in the main process: `read` parses it and keeps it
// in the window's session under an `importId`; `preview` and `commit` take the person's choices.
import { z } from 'zod';
import { writtenFileSchema } from './desktop';
import { structureFieldLabels, structureTypeCodes } from '../domain/structure';
import { defineCall } from './define';

const importId = z.string().min(1).max(100);
const code = z.string().trim().max(10);

// ——— FINESS extract ———

export const finessFiltersSchema = z.object({
  importId,
  /** '61', '2A', '974'… The extract covers France: one department at a time. */
  departmentCode: z.string().trim().min(2, 'Choisissez un département.').max(3),
  /** INSEE codes. With epciCodes: keep establishments in any of these communes or EPCIs; both empty = the whole department. */
  communeCodes: z.array(code).max(1000).default([]),
  epciCodes: z.array(code).max(200).default([]),
  /** FINESS category codes ('500', '460'…); empty = every category. */
  categoryCodes: z.array(code).max(500).default([]),
});
export type FinessFilters = z.input<typeof finessFiltersSchema>;

export const finessReadSchema = z.object({
  importId,
  fileName: z.string(),
  establishmentCount: z.number().int(),
  /** Most establishments first. */
  departments: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  categories: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      count: z.number().int(),
      /** What the register will record as the structure's type. */
      type: z.enum(structureTypeCodes),
    }),
  ),
});
export type FinessRead = z.infer<typeof finessReadSchema>;

export const fieldChangeSchema = z.object({
  /** A key of the structure ('name', 'address', 'siret'…). */
  field: z.string(),
  /** French label of the field. */
  label: z.string(),
  before: z.string(),
  after: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

const lineNoteSchema = z.object({ line: z.number().int(), finessEt: z.string(), name: z.string(), message: z.string() });

export const finessPreviewSchema = z.object({
  toAdd: z.array(
    z.object({
      finessEt: z.string(),
      name: z.string(),
      communeName: z.string(),
      categoryCode: z.string(),
      categoryLabel: z.string(),
      type: z.enum(structureTypeCodes),
    }),
  ),
  toUpdate: z.array(z.object({ id: z.number().int(), finessEt: z.string(), name: z.string(), changes: z.array(fieldChangeSchema) })),
  /** Already in the register with the same values. */
  unchanged: z.number().int(),
  /** Establishments of the extract left out by the department, territory or category chosen. */
  outsideFilters: z.number().int(),
  /** Every establishment line of the file: added + updated + unchanged + outside the filters + refused. */
  lineCount: z.number().int(),
  /** Lines of the extract that cannot be imported (unreadable ones included), with the reason in French. */
  refused: z.array(lineNoteSchema),
  /** Establishments imported without a field that failed its check (e.g. a SIRET shared with another one). */
  warnings: z.array(lineNoteSchema),
});
export type FinessPreview = z.infer<typeof finessPreviewSchema>;

export const importCountsSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
});

// ——— Members workbook ———

/** The register fields a workbook column can fill. */
export const memberColumnFields = {
  ...structureFieldLabels,
  // A workbook may hold the commune's name or its INSEE code: two columns, two meanings.
  communeName: 'Commune (nom)',
  communeCode: 'Code INSEE de la commune',
  headcount: 'Effectif (salariés)',
  /** A phone or e-mail of the structure itself: attached to the row's only named contact, else to a contact « Accueil ». */
  phone: 'Téléphone (structure)',
  email: 'E-mail (structure)',
  directorName: 'Directeur / directrice',
  directorEmail: 'E-mail du directeur',
  directorPhone: 'Téléphone du directeur',
  presidentName: 'Président(e)',
  presidentEmail: 'E-mail du président',
  presidentPhone: 'Téléphone du président',
  hrName: 'DRH / RH',
  hrEmail: 'E-mail RH',
  hrPhone: 'Téléphone RH',
  /** A contact without a role column of its own: its role is read from « Fonction » (« Présidente » → president). */
  contactName: 'Nom du contact',
  contactFunction: 'Fonction du contact',
  contactEmail: 'E-mail du contact',
  contactPhone: 'Téléphone du contact',
  isMember: 'Adhérent (oui / non)',
  /** A date under an « Adhésion » header: a member that year, since that date. */
  memberSince: 'Adhérent depuis le (date)',
  feeEuros: 'Cotisation (€)',
  paidOn: 'Cotisation payée le',
} as const;
export type MemberColumnField = keyof typeof memberColumnFields;
export const memberColumnFieldCodes = Object.keys(memberColumnFields) as [MemberColumnField, ...MemberColumnField[]];

export const workbookColumnSchema = z.object({
  /** 1-based, as exceljs counts. */
  index: z.number().int(),
  /** 'A', 'B'… as Excel shows it. */
  letter: z.string(),
  header: z.string(),
  /** The first few values under the header, as text. */
  sample: z.array(z.string()),
  suggestedField: z.enum(memberColumnFieldCodes).nullable(),
});

export const membersWorkbookReadSchema = z.object({
  importId,
  fileName: z.string(),
  sheets: z.array(
    z.object({
      name: z.string(),
      /** Row number of the header, as Excel shows it (0 when the sheet is empty). */
      headerRow: z.number().int(),
      dataRowCount: z.number().int(),
      columns: z.array(workbookColumnSchema),
      /** Year read from a header such as « Adhérent 2025 », else null. */
      membershipYear: z.number().int().nullable(),
    }),
  ),
  /** The sheet whose headers match best: preselect it. */
  suggestedSheet: z.string(),
  fields: z.array(z.object({ key: z.enum(memberColumnFieldCodes), label: z.string(), required: z.boolean() })),
});
export type MembersWorkbookRead = z.infer<typeof membersWorkbookReadSchema>;

export const membersWorkbookChoiceSchema = z.object({
  importId,
  sheet: z.string().min(1),
  /** Column index (as a string key, JSON-friendly) → field, or null to ignore the column. */
  mapping: z.record(z.string().regex(/^\d+$/), z.enum(memberColumnFieldCodes).nullable()),
  /** The year membership columns are for; null = the year in the headers, else the current year. */
  membershipYear: z.number().int().min(2000).max(2100).nullable().default(null),
});
export type MembersWorkbookChoice = z.input<typeof membersWorkbookChoiceSchema>;

export const rowMessageSchema = z.object({
  /** 'C (SIRET)': the column letter and its header, or '' for the whole row. */
  column: z.string(),
  message: z.string(),
  /** A warning does not stop the row. */
  isWarning: z.boolean(),
});

export const membersWorkbookPreviewSchema = z.object({
  rows: z.array(
    z.object({
      sheet: z.string(),
      /** Row number as Excel shows it. */
      row: z.number().int(),
      status: z.enum(['add', 'update', 'refused', 'skipped']),
      name: z.string(),
      /** The structure that will be updated. */
      structureId: z.number().int().nullable(),
      messages: z.array(rowMessageSchema),
    }),
  ),
  counts: z.object({ add: z.number().int(), update: z.number().int(), refused: z.number().int(), skipped: z.number().int() }),
  membershipYear: z.number().int(),
});
export type MembersWorkbookPreview = z.infer<typeof membersWorkbookPreviewSchema>;

export const membersWorkbookCommitSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  refused: z.number().int(),
  skipped: z.number().int(),
  contactsSaved: z.number().int(),
  membershipsSaved: z.number().int(),
});

// ——— Export ———

// `written`: where the file went, for « Ouvrir le dossier » (shared/api/desktop.ts).
export const registerExportSchema = z.object({ fileName: z.string(), rowCount: z.number().int(), written: writtenFileSchema });

export const memberImportCalls = {
  /** Asks for the FINESS extract (dialog in the main process), reads it and keeps it for preview and commit. */
  'finess.read': defineCall(z.void(), finessReadSchema),
  'finess.preview': defineCall(finessFiltersSchema, finessPreviewSchema),
  /** Backup, then adds and updates in one transaction (or nothing). */
  'finess.commit': defineCall(finessFiltersSchema, importCountsSchema),
  /** Asks for an .xlsx (dialog), finds each sheet's header row and suggests a field per column. */
  'membersWorkbook.read': defineCall(z.void(), membersWorkbookReadSchema),
  'membersWorkbook.preview': defineCall(membersWorkbookChoiceSchema, membersWorkbookPreviewSchema),
  /** Backup, then writes the valid rows in one transaction (or nothing); refused rows are left out. */
  'membersWorkbook.commit': defineCall(membersWorkbookChoiceSchema, membersWorkbookCommitSchema),
  /** The whole register, or the structures given (e.g. the filtered grid); asks where to save. */
  'register.export': defineCall(z.object({ ids: z.array(z.number().int().positive()).max(100_000).nullable().default(null) }), registerExportSchema),
};
