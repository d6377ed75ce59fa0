import { z } from 'zod';
import { defineCall } from './define';

export const associationSummarySchema = z.object({
  name: z.string(),
  territory: z.string(),
  fileName: z.string(),
  folder: z.string(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
});
export type AssociationSummary = z.infer<typeof associationSummarySchema>;

export const newAssociationSchema = z.object({
  name: z.string().trim().min(2, "Indiquez le nom de l’association (2 caractères au moins).").max(200),
  territory: z.string().trim().max(200).default(''),
});
export type NewAssociation = z.input<typeof newAssociationSchema>;

export const recentFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
  folder: z.string(),
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const backupSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number().int(),
});
export type Backup = z.infer<typeof backupSchema>;

export const associationCalls = {
  /** Asks where to save (dialog in the main process), creates the file and opens it. */
  'association.create': defineCall(newAssociationSchema, associationSummarySchema),
  /** Asks which file to open (dialog in the main process). */
  'association.open': defineCall(z.void(), associationSummarySchema),
  'association.openRecent': defineCall(z.object({ id: z.string().min(1) }), associationSummarySchema),
  'association.current': defineCall(z.void(), associationSummarySchema.nullable()),
  'association.close': defineCall(z.void(), z.null()),
  'association.recent': defineCall(z.void(), z.array(recentFileSchema)),
  'association.rename': defineCall(newAssociationSchema, associationSummarySchema),
  'backups.list': defineCall(z.void(), z.array(backupSchema)),
  /** Takes a backup of the current state, then puts the chosen one in its place. */
  'backups.restore': defineCall(z.object({ id: z.string().min(1) }), associationSummarySchema),
};
