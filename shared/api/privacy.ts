import { z } from 'zod';
import { personKindCodes } from '../domain/people';
import { defineCall } from './define';
import { holdingSchema } from './people';

const id = z.number().int().positive();

export const retentionSettingSchema = z.object({
  kind: z.enum(personKindCodes),
  months: z.number().int().min(1, 'Une durée de conservation compte au moins 1 mois.').max(120, 'Une durée de conservation ne dépasse pas 120 mois (10 ans).'),
});
export type RetentionSetting = z.infer<typeof retentionSettingSchema>;

/** What the backups became during an erasure or a purge. */
export const backupScrubSchema = z.object({
  /** Backups that held the person and were rewritten without them. */
  rewritten: z.number().int(),
  /** Backups that could not be rewritten (damaged, too old) and were deleted instead. */
  removed: z.number().int(),
  /** Backups that never held the person. */
  untouched: z.number().int(),
});

export const erasurePreviewSchema = z.object({
  personId: id,
  /** « Mme Dupont Jeanne », for the confirmation only (never stored in the audit trail). */
  displayName: z.string(),
  holdings: z.array(holdingSchema),
  /** Backups that hold the person now: they will be rewritten. */
  backupsHolding: z.number().int(),
  backupsTotal: z.number().int(),
});
export type ErasurePreview = z.infer<typeof erasurePreviewSchema>;

export const erasureResultSchema = z.object({
  erased: z.number().int(),
  backups: backupScrubSchema,
  /** The WAL was folded into the file and emptied (false only if another reader held it). */
  isWalEmptied: z.boolean(),
});
export type ErasureResult = z.infer<typeof erasureResultSchema>;

export const purgeCandidateSchema = z.object({
  id,
  displayName: z.string(),
  kind: z.enum(personKindCodes),
  retentionUntil: z.string(),
  lastContactOn: z.string().nullable(),
  holdings: z.array(holdingSchema),
});
export type PurgeCandidate = z.infer<typeof purgeCandidateSchema>;

export const auditEventSchema = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  /** French label of the action, e.g. « Effacement définitif ». */
  actionLabel: z.string(),
  subject: z.string(),
  count: z.number().int(),
  detail: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const privacyCalls = {
  /** Writes everything the file holds about one person where the coordinator chooses. */
  'privacy.exportAccess': defineCall(
    z.object({ personId: id, format: z.enum(['xlsx', 'json']) }),
    z.object({ fileName: z.string(), sheetCount: z.number().int(), rowCount: z.number().int() }),
  ),
  'privacy.erasePreview': defineCall(z.object({ personId: id }), erasurePreviewSchema),
  /** Erasure for good: the person, every source's data, the freed pages, the WAL, the backups. */
  'privacy.erase': defineCall(z.object({ personId: id }), erasureResultSchema),
  /** People past their retention date at the app's clock, with what each feature holds. */
  'privacy.purgePreview': defineCall(z.void(), z.array(purgeCandidateSchema)),
  /** Erases the people of the preview that are still past their date (one transaction). */
  'privacy.purge': defineCall(z.object({ ids: z.array(id).min(1).max(10_000) }), erasureResultSchema),
  /** Rewrites the file (VACUUM, WAL emptied) so nothing deleted stays readable; after a failed rewrite. */
  'privacy.scrubFile': defineCall(z.void(), z.object({ isWalEmptied: z.boolean() })),
  'privacy.retentionSettings': defineCall(z.void(), z.array(retentionSettingSchema)),
  'privacy.setRetention': defineCall(retentionSettingSchema, z.array(retentionSettingSchema)),
  /** The audit trail, newest first (lines older than 12 months are pruned first). */
  'privacy.audit': defineCall(z.object({ limit: z.number().int().min(1).max(5000).default(500) }).default({ limit: 500 }), z.array(auditEventSchema)),
};
