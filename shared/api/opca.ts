// The workbooks exchanged with the training funds (issue 12 §2): partner profiles (address,
// layout, return mapping), the export per fund, its e-mail draft, and the import of what the fund
// sends back (funding decisions), previewed then committed in one transaction.
import { z } from 'zod';
import { importFieldCodes, importMappingSchema, opcaLayoutSchema } from '../domain/trainings/opca-layout';
import { opcaCodes } from '../domain/structure';
import { defineCall } from './define';
import { draftOpeningSchema } from './mail';
import { fundingStatusSchema } from './trainings';

const id = z.number().int().positive();
const count = z.number().int().min(0);
const opcaSchema = z.enum(opcaCodes);

export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('training'), trainingId: id }),
  z.object({ kind: z.literal('plan'), year: z.number().int().min(2000).max(2100) }),
]);
export type ExportScope = z.infer<typeof scopeSchema>;

export const profileSchema = z.object({
  opca: opcaSchema,
  label: z.string(),
  email: z.string(),
  layout: opcaLayoutSchema,
  importMapping: importMappingSchema,
  /** Never saved: the shipped defaults. */
  isDefault: z.boolean(),
});
export type OpcaProfile = z.infer<typeof profileSchema>;

export const exportCheckSchema = z.object({
  funds: z.array(z.object({ opca: opcaSchema, label: z.string(), participants: count, structures: count, email: z.string() })),
  /** Structures of participants with no OPCA in the register: their lines go to no workbook. */
  withoutOpca: z.array(z.object({ structureId: id, structureName: z.string(), participants: count })),
  withoutStructure: count,
  /** Values a profile requires that some lines lack. */
  missing: z.array(z.object({ opca: opcaSchema, participant: z.string(), structureName: z.string(), header: z.string() })),
});
export type ExportCheck = z.infer<typeof exportCheckSchema>;

export const exportResultSchema = z.object({
  exportId: z.string(),
  fileName: z.string(),
  participants: count,
  structures: count,
  hours: z.number(),
  costCents: z.number().int(),
});
export type FundExport = z.infer<typeof exportResultSchema>;

export const returnRowSchema = z.object({
  rowNumber: z.number().int(),
  /** What the row says, as read. */
  name: z.string(),
  siret: z.string(),
  trainingTitle: z.string(),
  decision: fundingStatusSchema.nullable(),
  fundedCents: z.number().int().nullable(),
  /** The fund's comment, kept with the decision. */
  note: z.string(),
  status: z.enum(['matched', 'ambiguous', 'unmatched', 'duplicate', 'invalid']),
  message: z.string(),
  participantId: id.nullable(),
  candidates: z.array(z.object({ participantId: id, label: z.string() })),
});
export type ReturnRow = z.infer<typeof returnRowSchema>;

export const returnPreviewSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  sheetName: z.string(),
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  missingColumns: z.array(z.enum(importFieldCodes)),
  rows: z.array(returnRowSchema),
  counts: z.object({ matched: count, ambiguous: count, unmatched: count, duplicate: count, invalid: count }),
});
export type ReturnPreview = z.infer<typeof returnPreviewSchema>;

export const opcaCalls = {
  'opca.profiles': defineCall(z.void(), z.array(profileSchema)),
  'opca.saveProfile': defineCall(z.object({ opca: opcaSchema, email: z.string().trim().max(200), layout: opcaLayoutSchema }), profileSchema),
  'opca.resetProfile': defineCall(z.object({ opca: opcaSchema }), profileSchema),
  /** Writes the profile as a small JSON file to share with a colleague. */
  'opca.exportProfile': defineCall(z.object({ opca: opcaSchema }), z.object({ fileName: z.string() })),
  'opca.importProfile': defineCall(z.object({ opca: opcaSchema }), profileSchema),
  'opca.check': defineCall(z.object({ scope: scopeSchema }), exportCheckSchema),
  'opca.export': defineCall(z.object({ scope: scopeSchema, opca: opcaSchema }), exportResultSchema),
  /** The e-mail to the fund with its workbook attached. */
  'opca.prepareEmail': defineCall(z.object({ exportId: z.string().min(1) }), z.object({ draftId: z.string(), fileName: z.string(), opening: draftOpeningSchema, to: z.string().nullable() })),
  'opca.readReturn': defineCall(z.object({ opca: opcaSchema, scope: scopeSchema }), returnPreviewSchema),
  'opca.remapReturn': defineCall(z.object({ importId: z.string().min(1), mapping: importMappingSchema }), returnPreviewSchema),
  'opca.commitReturn': defineCall(
    z.object({ importId: z.string().min(1), resolutions: z.array(z.object({ rowNumber: z.number().int(), participantId: id.nullable() })).max(100_000).default([]) }),
    z.object({ updated: count, skipped: count }),
  ),
};
