import { z } from 'zod';
import { defineCall } from './define';
import { richTextSchema } from './rich-text';

const id = z.number().int().positive();
const sectionId = z.string().min(1).max(40);
const sectionTitle = z.string().trim().max(200);

/** A section is written text, or a block the app fills from the data. */
export const newsletterSectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), id: sectionId, title: sectionTitle, content: richTextSchema }),
  /** The boxed « Repères » with the key figures. */
  z.object({ kind: z.literal('keyFigures'), id: sectionId, title: sectionTitle }),
  /** The list of member structures this year. */
  z.object({ kind: z.literal('members'), id: sectionId, title: sectionTitle }),
  /** Who to contact, boxed at the end: contacts chosen in the register (their details come from it), then typed text. */
  z.object({ kind: z.literal('contacts'), id: sectionId, title: sectionTitle, contactIds: z.array(id).max(20, 'Vingt contacts au plus dans l’encadré.').default([]), content: richTextSchema }),
]);
export type NewsletterSection = z.infer<typeof newsletterSectionSchema>;

export const keyFigureSchema = z.object({ key: z.string(), value: z.number(), unit: z.string(), label: z.string() });
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export const letterMemberSchema = z.object({ name: z.string(), type: z.string(), commune: z.string() });
/** A register contact as the letter prints it: the structure with its address, then the person. */
export const letterContactSchema = z.object({
  id,
  structureName: z.string(),
  addressLines: z.array(z.string()),
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
});
export type LetterContact = z.infer<typeof letterContactSchema>;
export const glossaryUseSchema = z.object({ acronym: z.string(), definition: z.string() });

/** What the data blocks show: live in a draft, frozen at publication. */
export const newsletterDataSchema = z.object({
  association: z.object({ name: z.string(), territory: z.string() }),
  figures: z.array(keyFigureSchema),
  figuresNote: z.string(),
  members: z.array(letterMemberSchema),
  /** The contacts the letter's contacts sections chose, with their details as in the register. */
  contacts: z.array(letterContactSchema).default([]),
  /** Exactly the acronyms the letter uses, with their definitions. */
  glossary: z.array(glossaryUseSchema),
});
export type NewsletterData = z.infer<typeof newsletterDataSchema>;

export const newsletterSummarySchema = z.object({
  id,
  number: z.number().int().positive(),
  title: z.string(),
  period: z.string(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type NewsletterSummary = z.infer<typeof newsletterSummarySchema>;

export const newsletterSchema = newsletterSummarySchema.extend({
  sections: z.array(newsletterSectionSchema),
  data: newsletterDataSchema,
  images: z.array(z.object({ id, fileName: z.string(), dataUrl: z.string() })),
});
export type Newsletter = z.infer<typeof newsletterSchema>;

export const glossaryEntrySchema = z.object({
  acronym: z.string(),
  definition: z.string(),
  /** 'sector': shipped; 'association': added or reworded by this association. */
  source: z.enum(['sector', 'association']),
  isHidden: z.boolean(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const unsubscribeSchema = z.object({ id, email: z.string(), name: z.string(), personId: z.number().nullable(), askedOn: z.string(), note: z.string() });

const acronym = z
  .string()
  .trim()
  .min(2, 'Un sigle compte au moins 2 caractères.')
  .max(20)
  .regex(/^[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&-]*$/, 'Un sigle s’écrit en capitales, sans espace (par exemple GTEC).');

export const newsletterCalls = {
  'newsletters.list': defineCall(z.void(), z.array(newsletterSummarySchema)),
  'newsletters.get': defineCall(z.object({ id }), newsletterSchema),
  /** Numbered next; « Partir de la lettre précédente » copies its sections (titles and kinds). */
  'newsletters.create': defineCall(z.object({ fromPrevious: z.boolean().default(false) }), newsletterSchema),
  'newsletters.save': defineCall(
    z.object({ id, title: z.string().trim().min(1, 'Indiquez le titre de la lettre.').max(200), period: z.string().trim().max(100), sections: z.array(newsletterSectionSchema).max(40) }),
    newsletterSchema,
  ),
  /** Freezes the letter: its text and its figures never change again. */
  'newsletters.publish': defineCall(z.object({ id }), newsletterSchema),
  'newsletters.delete': defineCall(z.object({ id }), z.null()),
  /** Asks for an image file (dialog in the main process) and stores it in the association file. */
  'newsletters.addImage': defineCall(z.object({ id }), z.object({ id, fileName: z.string(), dataUrl: z.string() })),
  'glossary.list': defineCall(z.void(), z.array(glossaryEntrySchema)),
  'glossary.save': defineCall(z.object({ acronym, definition: z.string().trim().min(1, 'Indiquez la définition du sigle.').max(300) }), z.array(glossaryEntrySchema)),
  /** Hides a sector entry, or deletes the association's own one; `restore` undoes it for a sector entry. */
  'glossary.remove': defineCall(z.object({ acronym: z.string().trim().min(1).max(20), restore: z.boolean().default(false) }), z.array(glossaryEntrySchema)),
  /**
   * Prints the letter beside the association file and opens an e-mail draft with it attached;
   * returns the members' addresses for the Bcc line (the unsubscribed left out).
   */
  'newsletters.prepareEmail': defineCall(
    z.object({ id }),
    z.object({ fileName: z.string(), pdfFileName: z.string(), folder: z.string(), opening: z.enum(['opened', 'shown']), recipients: z.array(z.string()), unsubscribed: z.number().int() }),
  ),
  /** The register's contacts, to choose those the contacts box shows. */
  'newsletters.contactChoices': defineCall(z.void(), z.array(z.object({ id, name: z.string(), role: z.string(), structureName: z.string() }))),
  'newsletters.unsubscribes': defineCall(z.void(), z.array(unsubscribeSchema)),
  'newsletters.addUnsubscribe': defineCall(
    z.object({ email: z.string().trim().max(200), name: z.string().trim().max(200).default(''), askedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Indiquez la date de la demande.'), note: z.string().trim().max(500).default('') }),
    unsubscribeSchema,
  ),
  'newsletters.removeUnsubscribe': defineCall(z.object({ id }), z.null()),
};
