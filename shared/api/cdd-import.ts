// The returned CDD workbooks and their import (DOMAIN.md workflow 2): column mapping, per-cell
// issues, the preview, dropped files and the commit. Split from ./cdd so each file reads in one
// sitting; ./cdd re-exports all of it, so callers import from one place.
import { z } from 'zod';
import { cddReasonCodes } from '../domain/cdd-reasons';
import { monthSchema, periodSchema } from './period';

const id = z.number().int().positive();
const count = z.number().int().min(0);

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
