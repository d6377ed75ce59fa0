// Occupations, CDD collection workbooks and their import, the consolidated view and the
// job-pooling analysis (DOMAIN.md workflow 2; issue 3). Output schemas of the consolidation and
// the analysis mirror shared/domain/pooling's types (checked with `satisfies`).
import { z } from 'zod';
import { writtenFileSchema } from './desktop';
import { occupationFamilyCodes } from '../domain/occupations/families';
import type {
  Consolidation,
  DemandAnalysis,
  DrillDownLine,
  PooledPositionProposal,
  PoolingAnalysis,
  PoolingArea,
  PoolingSettings,
  ProposalMonth,
  Recurrence,
} from '../domain/pooling/types';
import { interventionFieldCodes, structureTypeCodes } from '../domain/structure';
import { defineCall } from './define';
import {
  importLogEntrySchema,
  returnedFileSchema,
  droppedFilesSchema,
  returnedFilesSchema,
  mapColumnsSchema,
  resolveOccupationsSchema,
  commitReturnedSchema,
  commitResultSchema,
  missingStructuresSchema,
} from './cdd-import';
import { monthSchema, periodSchema } from './period';

export * from './cdd-import';
export * from './period';

const id = z.number().int().positive();
const count = z.number().int().min(0);


export const occupationFamilySchema = z.enum(occupationFamilyCodes);

// ---------------------------------------------------------------- occupations

export const occupationSchema = z.object({
  /** Stable key (data rows and the analysis point to it). */
  key: z.string(),
  label: z.string(),
  romeCode: z.string().nullable(),
  romeParent: z.string().nullable(),
  family: occupationFamilySchema,
  /** Added by the coordinator, not from the shipped reference list. */
  isCustom: z.boolean(),
  /** The file's own ways of writing it ("ASH", "agent de service"), matched on import. */
  synonyms: z.array(z.string()),
  /** CDD rows pointing to it: an occupation with data cannot simply disappear, it is merged. */
  entryCount: count,
});
export type Occupation = z.infer<typeof occupationSchema>;

const occupationLabel = z.string().trim().min(2, 'Indiquez l’intitulé du métier (2 caractères au moins).').max(200);
const romeCodeInput = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-N]\d{4})?$/, 'Le code ROME s’écrit avec une lettre et quatre chiffres (par exemple J1501), ou restez vide.')
  .default('');

export const newOccupationSchema = z.object({
  label: occupationLabel,
  family: occupationFamilySchema,
  romeCode: romeCodeInput,
  romeParent: romeCodeInput,
});
export type NewOccupation = z.input<typeof newOccupationSchema>;

// ---------------------------------------------------------------- settings

export const cddSettingsSchema = z.object({
  /** Hours in one FTE over a year: 1,607 by default (DOMAIN.md, "Facts"). */
  fteHoursPerYear: z.number().min(100).max(3000),
  /** Most hours one person can work in a month; null = fteHoursPerYear / 12. */
  maxHoursPerMonth: z.number().min(10).max(400).nullable(),
  /** Pooling candidates: at least this combined FTE… */
  minCombinedFte: z.number().min(0).max(1000),
  /** …in at least this many structures… */
  minStructures: z.number().int().min(1).max(100),
  /** …with one pooled position busy at least this share of its hours (0–1). */
  minOccupancy: z.number().min(0).max(1),
  /** Pooled positions may join structures this far apart (km); null = same EPCI only. */
  maxDistanceKm: z.number().min(0).max(500).nullable(),
  /** Import check: more hours than contracts × this in a month is refused as absurd (≈ 230 h). */
  maxHoursPerContractMonth: z.number().min(50).max(744),
});
export type CddSettings = z.infer<typeof cddSettingsSchema>;
export const cddSettingsChangesSchema = cddSettingsSchema.partial();

/** Thresholds the analysis screen may try without saving them. */
export const thresholdsSchema = cddSettingsSchema
  .pick({ fteHoursPerYear: true, maxHoursPerMonth: true, minCombinedFte: true, minStructures: true, minOccupancy: true, maxDistanceKm: true })
  .partial();

// ---------------------------------------------------------------- collection workbooks

export const prepareCollectionSchema = z.object({
  /** First month of the period, "YYYY-MM". */
  periodStart: monthSchema,
  months: z.number().int().min(1, 'La période compte au moins un mois.').max(36, 'La période compte au plus 36 mois.').default(12),
  structureIds: z.array(id).min(1, 'Choisissez au moins une structure.').max(5000),
});
export type PrepareCollection = z.input<typeof prepareCollectionSchema>;

export const preparedCollectionSchema = z.object({
  folder: z.string(),
  period: z.object({ from: monthSchema, to: monthSchema }),
  files: z.array(z.object({ structureId: id, structureName: z.string(), fileName: z.string() })),
  /** The folder, for « Ouvrir le dossier ». */
  written: writtenFileSchema,
});
export type PreparedCollection = z.infer<typeof preparedCollectionSchema>;


// ---------------------------------------------------------------- consolidation and analysis

export const cddFiltersSchema = z
  .object({
    structureTypes: z.array(z.enum(structureTypeCodes)).default([]),
    fields: z.array(z.enum(interventionFieldCodes)).default([]),
    epciCodes: z.array(z.string().max(20)).default([]),
    families: z.array(occupationFamilySchema).default([]),
    occupationKeys: z.array(z.string().max(100)).default([]),
    structureIds: z.array(id).default([]),
  })
  .default({ structureTypes: [], fields: [], epciCodes: [], families: [], occupationKeys: [], structureIds: [] });
export type CddFilters = z.input<typeof cddFiltersSchema>;

const queryBase = {
  filters: cddFiltersSchema,
  /** null = every month with data (or the current year when there is none). */
  period: periodSchema.nullable().default(null),
};

const volumeSchema = z.object({ hours: z.number(), fte: z.number(), contracts: z.number() });
const monthVolumeSchema = volumeSchema.extend({ month: z.string() });
const periodOutput = z.object({ from: z.string(), to: z.string() });

export const consolidationSchema = z.object({
  period: periodOutput,
  months: z.array(z.string()),
  hoursPerFte: z.number(),
  occupations: z.array(
    z.object({
      occupationKey: z.string(),
      label: z.string(),
      family: occupationFamilySchema,
      byMonth: z.array(monthVolumeSchema),
      total: volumeSchema,
      structureCount: count,
    }),
  ),
  families: z.array(
    z.object({ family: occupationFamilySchema, label: z.string(), byMonth: z.array(monthVolumeSchema), total: volumeSchema, structureCount: count }),
  ),
  byMonth: z.array(monthVolumeSchema),
  total: volumeSchema,
  structureCount: count,
  ignoredVolumes: count,
}) satisfies z.ZodType<Consolidation>;

export const drillDownLineSchema = z.object({
  structureId: id,
  name: z.string(),
  epciCode: z.string(),
  hours: z.number(),
  fte: z.number(),
  contracts: z.number(),
}) satisfies z.ZodType<DrillDownLine>;

export const poolingAreaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('territory') }),
  z.object({ kind: z.literal('epci'), epciCode: z.string(), epciName: z.string() }),
  z.object({ kind: z.literal('distance'), maxDistanceKm: z.number() }),
]) satisfies z.ZodType<PoolingArea>;

const positionsOccupancySchema = z.object({ positions: z.number().int(), servedHours: z.number(), unservedHours: z.number(), occupancy: z.number() });

export const demandAnalysisSchema = z.object({
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('occupation'), occupationKey: z.string(), label: z.string(), family: occupationFamilySchema }),
    z.object({ kind: z.literal('family'), family: occupationFamilySchema, label: z.string() }),
  ]),
  area: poolingAreaSchema,
  hours: z.number(),
  combinedFte: z.number(),
  structureCount: count,
  peak: z.object({ month: z.string(), hours: z.number() }),
  trough: z.object({ month: z.string(), hours: z.number() }),
  positions: z.array(positionsOccupancySchema),
  recommendedPositions: count,
  isCandidate: z.boolean(),
  reasons: z.array(z.string()),
  score: z.number(),
  sentence: z.string(),
}) satisfies z.ZodType<DemandAnalysis>;

const recurrenceSchema = z.object({ status: z.enum(['recurring', 'single-year-data', 'one-off']), years: z.array(z.string()) }) satisfies z.ZodType<Recurrence>;

export const proposalMonthSchema = z.object({
  month: z.string(),
  byStructure: z.array(z.object({ structureId: z.number().int(), hours: z.number() })),
  demandHours: z.number(),
  servedHours: z.number(),
  unservedHours: z.number(),
  occupancy: z.number(),
}) satisfies z.ZodType<ProposalMonth>;

export const proposalSchema = z.object({
  occupationKey: z.string(),
  label: z.string(),
  area: poolingAreaSchema,
  structures: z.array(z.object({ structureId: z.number().int(), name: z.string(), hours: z.number(), recurrence: recurrenceSchema })),
  maxDistanceKm: z.number().nullable(),
  monthsWithUnservedHours: count,
  worstUnservedMonth: z.object({ month: z.string(), hours: z.number() }).nullable(),
  demandHours: z.number(),
  servedHours: z.number(),
  unservedHours: z.number(),
  occupancy: z.number(),
  recurrence: z.enum(['recurring', 'single-year-data', 'one-off']),
  isCandidate: z.boolean(),
  reasons: z.array(z.string()),
  warnings: z.array(z.string()),
  score: z.number(),
  sentence: z.string(),
}) satisfies z.ZodType<PooledPositionProposal>;

const poolingSettingsSchema = z.object({
  fteHoursPerYear: z.number(),
  maxHoursPerMonth: z.number(),
  minCombinedFte: z.number(),
  minStructures: z.number(),
  minOccupancy: z.number(),
  maxDistanceKm: z.number().nullable(),
  maxStructuresPerArea: z.number(),
  maxPositions: z.number(),
  maxProposalsPerArea: z.number(),
}) satisfies z.ZodType<PoolingSettings>;

export const poolingAnalysisSchema = z.object({
  period: periodOutput,
  months: z.array(z.string()),
  settings: poolingSettingsSchema,
  occupations: z.array(demandAnalysisSchema),
  families: z.array(demandAnalysisSchema),
  proposals: z.array(proposalSchema),
}) satisfies z.ZodType<PoolingAnalysis>;

export const analysisQuerySchema = z.object({
  ...queryBase,
  /** Occupations over the whole territory, per EPCI, or both. */
  area: z.enum(['territory', 'epci', 'both']).default('both'),
  /** Tried on screen without saving; the saved settings fill the rest. */
  thresholds: thresholdsSchema.default({}),
});
export type AnalysisQuery = z.input<typeof analysisQuerySchema>;

export const cddCalls = {
  'occupations.list': defineCall(z.void(), z.array(occupationSchema)),
  'occupations.create': defineCall(newOccupationSchema, occupationSchema),
  /** The key stays: data rows keep pointing to it. */
  'occupations.rename': defineCall(z.object({ key: z.string().min(1), label: occupationLabel }), occupationSchema),
  /** Refuses a synonym already used by another occupation (CONFLICT, naming it). */
  'occupations.addSynonym': defineCall(z.object({ key: z.string().min(1), synonym: z.string().trim().min(1, 'Indiquez le synonyme.').max(200) }), occupationSchema),
  'occupations.removeSynonym': defineCall(z.object({ key: z.string().min(1), synonym: z.string().trim().min(1).max(200) }), occupationSchema),
  /**
   * Moves every CDD row and synonym of `mergeKey` into `keepKey` (rows of the same structure and
   * month are added together), keeps the merged label as a synonym, then removes `mergeKey`.
   */
  'occupations.merge': defineCall(z.object({ keepKey: z.string().min(1), mergeKey: z.string().min(1) }), occupationSchema),

  'settings.get': defineCall(z.void(), cddSettingsSchema),
  'settings.update': defineCall(cddSettingsChangesSchema, cddSettingsSchema),

  /** Asks for a folder, writes one collection workbook per structure there. */
  'cdd.prepareCollection': defineCall(prepareCollectionSchema, preparedCollectionSchema),
  /** Asks for the returned files (several at once), reads and checks them; nothing is saved yet. */
  'cdd.readReturned': defineCall(z.void(), returnedFilesSchema),
  /** The same for files dropped on the screen: their contents, read and checked like chosen ones; nothing is saved yet. */
  'cdd.readDropped': defineCall(droppedFilesSchema, returnedFilesSchema),
  /** For a member's own workbook: which columns, whose file, which period; re-checks every row. */
  'cdd.mapColumns': defineCall(mapColumnsSchema, returnedFileSchema),
  /** Chooses the occupation of unknown job titles (optionally saved as synonyms); re-checks every row. */
  'cdd.resolveOccupations': defineCall(resolveOccupationsSchema, returnedFileSchema),
  /** Saves one file's accepted rows in one transaction, after a backup; CONFLICT if it replaces earlier imports without confirmReplace. */
  'cdd.commitReturned': defineCall(commitReturnedSchema, commitResultSchema),
  /** The import log, newest first (replaced imports included, marked). */
  'cdd.imports': defineCall(z.object({ structureId: id.nullable().default(null) }).default({ structureId: null }), z.array(importLogEntrySchema)),
  /** Structures that sent nothing for the period. */
  'cdd.missing': defineCall(z.object({ period: periodSchema }), missingStructuresSchema),
  /** First and last months with data; null when nothing was imported yet. */
  'cdd.dataRange': defineCall(z.void(), z.object({ from: monthSchema, to: monthSchema }).nullable()),
  /** Hours and FTE by occupation × month with family rows and totals. */
  'cdd.consolidated': defineCall(z.object(queryBase), consolidationSchema),
  /** The structures behind one cell (absent occupationKey/family/month = all). */
  'cdd.drillDown': defineCall(
    z.object({ ...queryBase, occupationKey: z.string().min(1).optional(), family: occupationFamilySchema.optional(), month: monthSchema.optional() }),
    z.array(drillDownLineSchema),
  ),
  /** One occupation's structures month by month (the seasonality chart), from one read of the data. */
  'cdd.monthlyProfile': defineCall(
    z.object({ ...queryBase, occupationKey: z.string().min(1) }),
    z.array(z.object({ month: monthSchema, lines: z.array(drillDownLineSchema) })),
  ),
  'cdd.analysis': defineCall(analysisQuerySchema, poolingAnalysisSchema),
  /**
   * One proposal's month-by-month plan, asked for when the coordinator opens it (the analysis
   * sends the proposals without it). The same query as the analysis, the occupation and the
   * proposal's structures in its order. NOT_FOUND when the data changed meanwhile.
   */
  'cdd.proposalPlan': defineCall(
    z.object({
      ...queryBase,
      thresholds: thresholdsSchema.default({}),
      occupationKey: z.string().min(1),
      structureIds: z
        .array(id)
        .min(2, 'Un poste mutualisé réunit 2 ou 3 structures.')
        .max(3, 'Un poste mutualisé réunit 2 ou 3 structures.')
        .refine((ids) => new Set(ids).size === ids.length, 'Une structure ne figure qu’une fois dans un poste mutualisé.'),
    }),
    z.array(proposalMonthSchema),
  ),
  /** Asks where to save, writes the analysis and the consolidated table as figures (.xlsx). */
  'cdd.exportAnalysis': defineCall(analysisQuerySchema, z.object({ path: z.string(), fileName: z.string(), written: writtenFileSchema })),
};
