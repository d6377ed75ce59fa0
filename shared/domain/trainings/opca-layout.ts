// The workbook layouts exchanged with the training funds. No public standard defines them
// (DOMAIN.md, "Facts"): these are documented defaults the coordinator adjusts (add, rename,
// reorder, remove columns) in the fund's profile, stored in the association file, shared as a
// small JSON file. Pure: the export, the import and the screens all read it.
import { z } from 'zod';

/** What one exported column may hold, with its French default header and its kind of cell. */
export const exportFields = {
  structureName: { label: 'Raison sociale', kind: 'text' },
  structureSiret: { label: 'SIRET', kind: 'code' },
  structureFiness: { label: 'FINESS', kind: 'code' },
  civility: { label: 'Civilité', kind: 'text' },
  lastName: { label: 'Nom', kind: 'text' },
  firstName: { label: 'Prénom', kind: 'text' },
  occupation: { label: 'Emploi occupé', kind: 'text' },
  trainingTitle: { label: 'Intitulé de l’action', kind: 'text' },
  theme: { label: 'Thème', kind: 'text' },
  providerName: { label: 'Organisme de formation', kind: 'text' },
  providerSiret: { label: 'SIRET de l’organisme', kind: 'code' },
  startDate: { label: 'Date de début', kind: 'date' },
  endDate: { label: 'Date de fin', kind: 'date' },
  hours: { label: 'Durée (heures)', kind: 'number' },
  cost: { label: 'Coût pédagogique', kind: 'money' },
  location: { label: 'Lieu', kind: 'text' },
} as const;
export type ExportField = keyof typeof exportFields;
export type CellKind = (typeof exportFields)[ExportField]['kind'];
export const exportFieldCodes = Object.keys(exportFields) as [ExportField, ...ExportField[]];

// Excel refuses these in a sheet name, and more than 31 characters.
const sheetName = z
  .string()
  .trim()
  .min(1, 'Donnez un nom à la feuille.')
  .max(31, 'Un nom de feuille compte au plus 31 caractères (limite d’Excel).')
  .refine((name) => !/[[\]:*?/\\]/.test(name), 'Un nom de feuille ne peut contenir aucun de ces caractères : [ ] : * ? / \\');

export const layoutColumnSchema = z.object({
  field: z.enum(exportFieldCodes),
  header: z.string().trim().min(1, 'Chaque colonne a un en-tête.').max(120),
  /** A participant line without this value is flagged before the export. */
  required: z.boolean().default(false),
});
export type LayoutColumn = z.infer<typeof layoutColumnSchema>;

export const dateFormats = ['dd/mm/yyyy', 'yyyy-mm-dd', 'dd.mm.yyyy'] as const;
export const moneyFormats = ['#,##0.00 "€"', '0.00'] as const;

export const opcaLayoutSchema = z
  .object({
    sheetName,
    summarySheetName: sheetName,
    columns: z.array(layoutColumnSchema).min(1, 'Gardez au moins une colonne.').max(40),
    dateFormat: z.enum(dateFormats).default('dd/mm/yyyy'),
    moneyFormat: z.enum(moneyFormats).default('#,##0.00 "€"'),
  })
  .refine((layout) => layout.sheetName.toLowerCase() !== layout.summarySheetName.toLowerCase(), 'La feuille des stagiaires et la feuille de synthèse portent deux noms différents.')
  .refine((layout) => new Set(layout.columns.map((c) => c.header.toLowerCase())).size === layout.columns.length, 'Deux colonnes portent le même en-tête : renommez l’une d’elles.');
export type OpcaLayout = z.infer<typeof opcaLayoutSchema>;

/** What a fund's returned workbook may say about a participant. */
export const importFields = {
  siret: 'SIRET de l’employeur',
  lastName: 'Nom du stagiaire',
  firstName: 'Prénom du stagiaire',
  trainingTitle: 'Intitulé de l’action',
  startDate: 'Date de début',
  decision: 'Décision',
  fundedAmount: 'Montant accordé',
  note: 'Commentaire',
} as const;
export type ImportField = keyof typeof importFields;
export const importFieldCodes = Object.keys(importFields) as [ImportField, ...ImportField[]];
/** Without these a row cannot be matched to a participant. */
export const requiredImportFields: readonly ImportField[] = ['lastName', 'firstName'];

/** The fund's column header for each field, as saved after the person mapped a return once. */
export const importMappingSchema = z.partialRecord(z.enum(importFieldCodes), z.string().max(200));
export type ImportMapping = z.infer<typeof importMappingSchema>;

const column = (field: ExportField, header: string, required = false): LayoutColumn => ({ field, header, required });

/**
 * Defaults, documented in the README: what both funds' employer forms ask for (employer with its
 * SIRET, trainee, action, dates, hours, teaching cost), in two different orders and wordings so
 * that each reads like the fund's own lists. The coordinator aligns them with the fund's model.
 */
export const defaultLayouts: Record<'unifaf' | 'uniformation' | 'other', OpcaLayout> = {
  unifaf: {
    sheetName: 'Stagiaires',
    summarySheetName: 'Synthèse',
    dateFormat: 'dd/mm/yyyy',
    moneyFormat: '#,##0.00 "€"',
    columns: [
      column('structureName', 'Établissement', true),
      column('structureSiret', 'SIRET', true),
      column('structureFiness', 'N° FINESS'),
      column('lastName', 'Nom', true),
      column('firstName', 'Prénom', true),
      column('occupation', 'Emploi occupé'),
      column('trainingTitle', 'Intitulé de la formation', true),
      column('providerName', 'Organisme de formation', true),
      column('providerSiret', 'SIRET organisme'),
      column('startDate', 'Date de début', true),
      column('endDate', 'Date de fin', true),
      column('hours', 'Durée en heures', true),
      column('cost', 'Coût pédagogique (€)'),
    ],
  },
  uniformation: {
    sheetName: 'Liste des stagiaires',
    summarySheetName: 'Récapitulatif',
    dateFormat: 'dd/mm/yyyy',
    moneyFormat: '#,##0.00 "€"',
    columns: [
      column('structureSiret', 'SIRET de l’entreprise', true),
      column('structureName', 'Raison sociale', true),
      column('civility', 'Civilité'),
      column('lastName', 'Nom du salarié', true),
      column('firstName', 'Prénom du salarié', true),
      column('occupation', 'Fonction'),
      column('trainingTitle', 'Action de formation', true),
      column('providerName', 'Organisme', true),
      column('startDate', 'Du', true),
      column('endDate', 'Au', true),
      column('hours', 'Nombre d’heures', true),
      column('cost', 'Frais pédagogiques'),
    ],
  },
  other: {
    sheetName: 'Stagiaires',
    summarySheetName: 'Synthèse',
    dateFormat: 'dd/mm/yyyy',
    moneyFormat: '#,##0.00 "€"',
    columns: exportFieldCodes.filter((f) => f !== 'theme' && f !== 'location' && f !== 'civility').map((f) => column(f, exportFields[f].label)),
  },
};
