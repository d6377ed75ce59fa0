import { z } from 'zod';
import { defineCall } from './define';
import { associationSummarySchema } from './association';

/** The backup taken just before a deletion or an import, which « Annuler » puts back. */
export const undoPointSchema = z.object({
  id: z.string(),
  /** « la suppression de « EHPAD Les Tilleuls » »… as the confirmation says it. */
  label: z.string(),
  createdAt: z.string(),
});
export type UndoPoint = z.infer<typeof undoPointSchema>;

export const undoCalls = {
  /** The last deletion or import of this window that can still be undone, or null. */
  'undo.last': defineCall(z.void(), undoPointSchema.nullable()),
  /**
   * Puts the file back as it was just before that deletion or import. Refused once anything else
   * has been written since (it would be lost too): « Sauvegardes… » remains for that.
   */
  'undo.restore': defineCall(z.object({ id: z.string().min(1).max(200) }), associationSummarySchema),
};
