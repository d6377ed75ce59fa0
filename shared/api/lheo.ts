// Training offers in LHEO 2.3, the public XML standard (issue 12 §3): import a provider's or a
// catalogue's file into training actions (preview, then commit), export the association's trainings.
import { z } from 'zod';
import { defineCall } from './define';

const id = z.number().int().positive();

export const lheoPreviewSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  actions: z.array(
    z.object({
      ref: z.string(),
      title: z.string(),
      providerName: z.string(),
      durationHours: z.number(),
      sessions: z.number().int(),
      firstDate: z.string().nullable(),
      /** Already imported once: its fields are updated, its new sessions added. */
      isUpdate: z.boolean(),
    }),
  ),
  /** What the file gets wrong, by line, in French; those formations are left out. */
  issues: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type LheoPreview = z.infer<typeof lheoPreviewSchema>;

export const lheoCalls = {
  /** Chosen actions (or all of them) as one LHEO 2.3 file. */
  'lheo.export': defineCall(z.object({ trainingIds: z.array(id).max(5000).nullable().default(null) }).default({ trainingIds: null }), z.object({ fileName: z.string(), count: z.number().int() })),
  'lheo.read': defineCall(z.void(), lheoPreviewSchema),
  'lheo.commit': defineCall(
    z.object({ importId: z.string().min(1), refs: z.array(z.string()).max(10_000), planYear: z.number().int().min(2000).max(2100).nullable().default(null) }),
    z.object({ created: z.number().int(), updated: z.number().int(), firstId: id.nullable() }),
  ),
};
