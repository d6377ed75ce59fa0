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
import { cddReasonCodes } from '../domain/cdd-reasons';
import { interventionFieldCodes, structureTypeCodes } from '../domain/structure';
import { defineCall } from './define';

const id = z.number().int().positive();
const count = z.number().int().min(0);

/** A calendar month "YYYY-MM" (months are stored that way). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Indiquez un mois au format AAAA-MM (par exemple 2025-01).');
/** Inclusive range of months. */
export const periodSchema = z
  .object({ from: monthSchema, to: monthSchema })
  .refine((period) => period.from <= period.to, 'Le premier mois de la période doit précéder le dernier.');
export type PeriodInput = z.infer<typeof periodSchema>;

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

// ---------------------------------------------------------------- returned workbooks (import)

/** The columns a CDD row needs; structureName is informative (the file belongs to one structure). */
export const cddColumnCodes = ['structureName', 'month', 'occupation', 'contracts', 'hours', 'reason'] as const;
export const cddColumnSchema = z.enum(cddColumnCodes);
export type CddColumn = z.infer<typeof cddColumnSchema>;
export const cddColumnLabels = {
  structureName: 'Structure',
  month: 'Mois',
  occupation: 'Métier',
  contracts: 'Nombre de CDD',
  hours: 'Heures',
  reason: 'Motif',
} as const satisfies Record<CddColumn, string>;

/** Which column (1-based, as in the sheet) holds each field; null = absent. */
export const columnMappingSchema = z.object({
  structureName: z.number().int().min(1).max(500).nullable().default(null),
  month: z.number().int().min(1).max(500),
  occupation: z.number().int().min(1).max(500),
  contracts: z.number().int().min(1).max(500).nullable().default(null),
  hours: z.number().int().min(1).max(500),
  reason: z.number().int().min(1).max(500).nullable().default(null),
});
export type ColumnMapping = z.output<typeof columnMappingSchema>;

export { cddReasonCodes, cddReasons, type CddReason } from '../domain/cdd-reasons';
export const cddReasonSchema = z.enum(cddReasonCodes);

/** One problem found in a returned file, located as the person sees it in their spreadsheet. */
export const importIssueSchema = z.object({
  sheet: z.string(),
  /** 1-based row number as shown by the spreadsheet; null for a problem of the whole file. */
  row: z.number().int().nullable(),
  /** Column letter ("C") or ''. */
  column: z.string(),
  /** 'error' refuses the row; 'warning' keeps it. */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  /** For an unknown occupation: what was typed and the closest occupations, best first. */
  typedOccupation: z.string().nullable(),
  suggestions: z.array(z.object({ occupationKey: z.string(), label: z.string(), score: z.number() })),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const previewLineSchema = z.object({
  row: z.number().int(),
  month: monthSchema,
  occupationKey: z.string(),
  occupationLabel: z.string(),
  contracts: z.number().int().nullable(),
  hours: z.number(),
  reason: cddReasonSchema.nullable(),
});
export type PreviewLine = z.infer<typeof previewLineSchema>;

export const importLogEntrySchema = z.object({
  id,
  structureId: id.nullable(),
  structureName: z.string(),
  period: z.object({ from: monthSchema, to: monthSchema }),
  fileName: z.string(),
  sha256: z.string(),
  importedAt: z.string(),
  /** The computer account that imported it; '' when unknown (imports made before it was kept). */
  importedBy: z.string(),
  rowsAccepted: count,
  rowsRefused: count,
  hours: z.number(),
  contracts: count,
  /** How the file was read: our template (_meta) or a mapping of the member's own layout. */
  recognisedBy: z.enum(['meta', 'mapping']),
  /** The later import that replaced this one; null while it counts. */
  replacedBy: id.nullable(),
  replacedAt: z.string().nullable(),
});
export type ImportLogEntry = z.infer<typeof importLogEntrySchema>;

export const returnedFileStatusCodes = ['ready', 'needs-mapping', 'refused', 'committed'] as const;

export const returnedFileSchema = z.object({
  fileIndex: count,
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: count,
  /**
   * ready: can be committed; needs-mapping: a member's own workbook, confirm the columns, the
   * structure and the period with cdd.mapColumns; refused: see `refusal`; committed: done.
   */
  status: z.enum(returnedFileStatusCodes),
  recognisedBy: z.enum(['meta', 'mapping']).nullable(),
  /** Why the whole file is refused (French, says what to do); null otherwise. */
  refusal: z.string().nullable(),
  structure: z.object({ id, name: z.string() }).nullable(),
  period: z.object({ from: monthSchema, to: monthSchema }).nullable(),
  /** The sheet read, its header row and headers (for the mapping screen). */
  sheetName: z.string(),
  sheetNames: z.array(z.string()),
  headerRow: z.number().int().nullable(),
  headers: z.array(z.object({ column: z.number().int(), letter: z.string(), text: z.string() })),
  /** The mapping used, or proposed from header synonyms for a member's own workbook. */
  mapping: z.object({
    structureName: z.number().int().nullable(),
    month: z.number().int().nullable(),
    occupation: z.number().int().nullable(),
    contracts: z.number().int().nullable(),
    hours: z.number().int().nullable(),
    reason: z.number().int().nullable(),
  }),
  /** A structure of the register whose name matches the file, to preselect on the mapping screen. */
  suggestedStructureId: id.nullable(),
  counts: z.object({ accepted: count, refused: count, blank: count, warnings: count }),
  totals: z.object({ hours: z.number(), contracts: count }),
  /** The first accepted lines (up to 500) for the preview grid. */
  lines: z.array(previewLineSchema),
  /** Every refused row and warning (up to 1,000; counts has the full numbers). */
  issues: z.array(importIssueSchema),
  /** Committing replaces these earlier imports (same file, or same structure and overlapping period): needs confirmReplace. */
  replaces: z.array(importLogEntrySchema.extend({ reason: z.enum(['same-file', 'same-period']) })),
  /** Set once committed. */
  committedImportId: id.nullable(),
});
export type ReturnedFile = z.infer<typeof returnedFileSchema>;

/** Largest workbook the screen may hand over when it is dropped (the reader refuses larger ones anyway, in French). */
export const maxDroppedFileBytes = 64 * 1024 * 1024;
/** All the workbooks of one drop together: the contents travel in one message, which must stay reasonable. */
export const maxDroppedTotalBytes = 200 * 1024 * 1024;

const megabytes = (bytes: number) => `${bytes / 1024 / 1024}\u00a0Mo`;
const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';
const byteLengthOf = (value: ArrayBuffer | ArrayBufferView) => value.byteLength;

/**
 * A dropped file's contents as raw bytes (an ArrayBuffer, or a view on one): Electron's IPC carries
 * them as they are, the test host's bridge encodes them (shared/bytes-json.ts). Parsed into a Uint8Array.
 */
const droppedBytesSchema = z
  .custom<ArrayBuffer | ArrayBufferView>((value) => isArrayBuffer(value) || ArrayBuffer.isView(value), 'Le contenu d’un classeur déposé est illisible : déposez-le à nouveau.')
  .refine((value) => byteLengthOf(value) <= maxDroppedFileBytes, `Ce classeur dépasse ${megabytes(maxDroppedFileBytes)} : découpez-le par année, puis déposez les morceaux.`)
  .transform((value) => (isArrayBuffer(value) ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));

/** Workbooks dropped on the import panel: their names and contents. The screen never sends a path. */
export const droppedFilesSchema = z.object({
  files: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'Un classeur déposé n’a pas de nom : déposez-le depuis un dossier.').max(255, 'Le nom d’un classeur déposé est trop long : renommez-le, puis déposez-le à nouveau.'),
        bytes: droppedBytesSchema,
      }),
    )
    .min(1, 'Déposez au moins un classeur.')
    .max(100, 'Déposez 100 classeurs au plus à la fois.')
    .refine(
      (files) => files.reduce((sum, file) => sum + file.bytes.byteLength, 0) <= maxDroppedTotalBytes,
      `Ces classeurs dépassent ${megabytes(maxDroppedTotalBytes)} à eux tous : déposez-les en plusieurs fois.`,
    ),
});
export type DroppedFiles = z.input<typeof droppedFilesSchema>;

export const returnedFilesSchema = z.object({
  /** Identifies this batch of files until it is committed or the association is closed. */
  importId: z.string(),
  files: z.array(returnedFileSchema),
});
export type ReturnedFiles = z.infer<typeof returnedFilesSchema>;

const fileRef = { importId: z.string().min(1), fileIndex: count };

export const mapColumnsSchema = z.object({
  ...fileRef,
  /** The sheet to read; '' = the one already chosen. */
  sheetName: z.string().max(200).default(''),
  /** Row of the headers (1-based); data starts below it. */
  headerRow: z.number().int().min(1).max(1000),
  mapping: columnMappingSchema,
  /** Whose file this is (a member's own workbook carries no _meta). */
  structureId: id,
  /** Period the file covers; null = from the months found in it. */
  period: periodSchema.nullable().default(null),
});
export type MapColumns = z.input<typeof mapColumnsSchema>;

export const resolveOccupationsSchema = z.object({
  ...fileRef,
  /** typed title → occupation, e.g. "ASH" → agent-service-hospitalier. */
  choices: z.array(z.object({ typed: z.string().trim().min(1).max(300), occupationKey: z.string().min(1) })).min(1).max(500),
  /** Remember the typed titles as synonyms so the next files match them directly. */
  saveAsSynonyms: z.boolean().default(true),
});

export const commitReturnedSchema = z.object({
  ...fileRef,
  /** Must be true when the file replaces earlier imports (else CONFLICT with the details). */
  confirmReplace: z.boolean().default(false),
});

export const commitResultSchema = z.object({
  import: importLogEntrySchema,
  replaced: z.array(importLogEntrySchema),
  backupId: z.string(),
});
export type CommitResult = z.infer<typeof commitResultSchema>;

export const missingStructuresSchema = z.object({
  period: z.object({ from: monthSchema, to: monthSchema }),
  /** Structures expected: sent a collection workbook for the period, or members in one of its years. */
  expected: count,
  received: count,
  missing: z.array(
    z.object({
      structureId: id,
      name: z.string(),
      epciName: z.string(),
      isMember: z.boolean(),
      /** A collection workbook was prepared for it for this period. */
      wasSent: z.boolean(),
      /** Its latest import for any period, to help the coordinator call the right person. */
      lastImportAt: z.string().nullable(),
    }),
  ),
});
export type MissingStructures = z.infer<typeof missingStructuresSchema>;

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
