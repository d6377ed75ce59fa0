// E-mail drafts without a mail server (issue 12 §4): the main process writes a .eml draft
// (X-Unsent: 1) with the file attached and hands it to the system's mail program. The page only
// holds draft ids; paths stay on the main side.
import { z } from 'zod';
import { defineCall } from './define';

const id = z.number().int().positive();

export const draftOpeningSchema = z.enum(['opened', 'shown']);
export type DraftOpening = z.infer<typeof draftOpeningSchema>;

export const collectionDraftSchema = z.object({
  draftId: z.string(),
  structureId: id,
  structureName: z.string(),
  /** Name of the .eml written beside the workbook. */
  fileName: z.string(),
  /** The member's contact e-mail; null when the register has none (the person types it in). */
  to: z.string().nullable(),
  /** Contact addresses left out because they are on the unsubscribe list. */
  unsubscribed: z.array(z.string()),
});
export type CollectionDraft = z.infer<typeof collectionDraftSchema>;

export const mailCalls = {
  /** One draft per member of the last collection round of this window, each with its workbook attached. */
  'mail.collectionDrafts': defineCall(
    z.object({ structureIds: z.array(id).max(5000).optional() }).default({}),
    z.object({ folder: z.string(), drafts: z.array(collectionDraftSchema) }),
  ),
  /** Opens a draft with the system's mail program; when none is set, shows it in its folder. */
  'mail.openDraft': defineCall(z.object({ draftId: z.string().min(1) }), z.object({ opening: draftOpeningSchema, fileName: z.string() })),
  /** Shows a draft selected in its folder (to drag it into a webmail, for instance). */
  'mail.showDraft': defineCall(z.object({ draftId: z.string().min(1) }), z.object({ fileName: z.string() })),
};

/** What the screens say under every « Préparer l’e-mail » (clients that open .eml read-only). */
export const draftHelp =
  'Outlook ouvre le brouillon prêt à envoyer. Dans Thunderbird, le message s’ouvre en lecture : choisissez « Modifier en tant que nouveau message » (menu Message). Avec une messagerie en ligne, créez un message et joignez-y le classeur.';
