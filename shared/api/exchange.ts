import { z } from 'zod';
import {
  adStatusCodes,
  consentScopeCodes,
  contractKindCodes,
  mobilityCodes,
  placeStatusCodes,
} from '../domain/exchange';
import { gapSchema } from './competencies';
import { defineCall } from './define';

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max).default('');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tapez une date du calendrier (jj/mm/aaaa).');
const optionalDate = isoDate.nullable().default(null);
const ids = z.array(id).max(10_000).default([]);

// ---------------------------------------------------------------- job ads

export const adInputSchema = z.object({
  structureId: id,
  /** The occupation's stable key (as `occupations.list` gives it). */
  occupationKey: z.string().min(1).max(100).nullable().default(null),
  title: z.string().trim().min(1, 'Indiquez l’intitulé du poste.').max(200),
  contract: z.enum(contractKindCodes),
  hoursPerWeek: z.number().positive('Le nombre d’heures par semaine doit être positif.').max(48, 'Un poste compte au plus 48 heures par semaine.').nullable().default(null),
  startsOn: optionalDate,
  endsOn: optionalDate,
  /** INSEE code; empty means the structure's commune. */
  communeCode: text(5),
  description: text(5000),
  publishedOn: optionalDate,
});
export type AdInput = z.input<typeof adInputSchema>;

export const adRowSchema = z.object({
  id,
  structureId: id,
  structureName: z.string(),
  occupationKey: z.string().nullable(),
  occupationLabel: z.string(),
  title: z.string(),
  contract: z.enum(contractKindCodes),
  hoursPerWeek: z.number().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  communeCode: z.string(),
  communeName: z.string(),
  description: z.string(),
  status: z.enum(adStatusCodes),
  publishedOn: z.string(),
  closedOn: z.string().nullable(),
});
export type AdRow = z.infer<typeof adRowSchema>;

// ---------------------------------------------------------------- candidates

export const candidateInputSchema = z.object({
  civility: z.enum(['', 'Mme', 'M.']).default(''),
  lastName: z.string().trim().min(1, 'Indiquez le nom du candidat.').max(100),
  firstName: text(100),
  email: text(200),
  phone: text(40),
  communeCode: text(5),
  mobility: z.enum(mobilityCodes).default('epci'),
  availableFrom: optionalDate,
  availability: text(500),
  wishedOccupationKeys: z.array(z.string().min(1).max(100)).max(50).default([]),
  consentScope: z.enum(consentScopeCodes).default('none'),
  consentOn: optionalDate,
  consentMemberIds: ids,
  lastContactOn: optionalDate,
});
export type CandidateInput = z.input<typeof candidateInputSchema>;

export const cvSchema = z.object({ fileName: z.string(), mediaType: z.string(), kindLabel: z.string(), sizeBytes: z.number().int(), addedAt: z.string() });
export type CvInfo = z.infer<typeof cvSchema>;

export const candidateRowSchema = z.object({
  id,
  civility: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  email: z.string(),
  phone: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  mobility: z.enum(mobilityCodes),
  availableFrom: z.string().nullable(),
  availability: z.string(),
  wishedOccupations: z.array(z.object({ key: z.string(), label: z.string() })),
  consentScope: z.enum(consentScopeCodes),
  consentOn: z.string().nullable(),
  consentMemberIds: z.array(id),
  lastContactOn: z.string().nullable(),
  /** Two years after the last contact: past it, the CV is proposed for deletion. */
  keptUntil: z.string(),
  cv: cvSchema.nullable(),
  createdAt: z.string(),
});
export type CandidateRow = z.infer<typeof candidateRowSchema>;

export const matchSchema = z.object({
  candidate: candidateRowSchema,
  occupationFit: z.enum(['same', 'neighbour']),
  areaFit: z.enum(['sameCommune', 'sameEpci', 'sameDepartment']),
  /** « Aide-soignant(e) : même métier ; même intercommunalité » */
  reasons: z.string(),
  /**
   * How close the candidate's latest assessment is to the grid of the ad's job (the employer's own
   * grid, else the reference grid), with the largest gaps first; null when they have no assessment
   * yet, or the job has no grid: then they are ranked on wishes and area only.
   */
  competencies: z.object({ score: z.number().min(0).max(1), assessed: z.number().int(), gaps: z.array(gapSchema) }).nullable(),
});
export type Match = z.infer<typeof matchSchema>;

// ---------------------------------------------------------------- training places

export const placeInputSchema = z.object({
  title: z.string().trim().min(1, 'Indiquez l’intitulé de la formation.').max(200),
  structureId: id.nullable().default(null),
  occupationKey: z.string().min(1).max(100).nullable().default(null),
  organiser: text(200),
  startsOn: optionalDate,
  endsOn: optionalDate,
  communeCode: text(5),
  seats: z.number().int('Le nombre de places doit être un nombre entier.').min(1, 'Indiquez au moins une place.').max(500, 'Au plus 500 places.'),
  status: z.enum(placeStatusCodes).default('open'),
  notes: text(2000),
});
export type PlaceInput = z.input<typeof placeInputSchema>;

export const placeRowSchema = z.object({
  id,
  title: z.string(),
  structureId: id.nullable(),
  structureName: z.string(),
  occupationKey: z.string().nullable(),
  occupationLabel: z.string(),
  organiser: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  communeCode: z.string(),
  communeName: z.string(),
  seats: z.number().int(),
  status: z.enum(placeStatusCodes),
  notes: z.string(),
  source: z.enum(['typed', 'training']),
});
export type PlaceRow = z.infer<typeof placeRowSchema>;

// ---------------------------------------------------------------- retention, export

export const retentionDueSchema = z.object({
  id,
  lastName: z.string(),
  firstName: z.string(),
  lastContactOn: z.string().nullable(),
  keptUntil: z.string(),
  hasCv: z.boolean(),
});
export type RetentionDue = z.infer<typeof retentionDueSchema>;

export const selectionSchema = z.object({
  adIds: ids,
  candidateIds: ids,
  placeIds: ids,
  /** The member the selection is for; null when it goes to every member (only « tous les adhérents » consents then). */
  recipientStructureId: id.nullable().default(null),
});

export const exchangeCalls = {
  'exchange.ads.list': defineCall(z.void(), z.array(adRowSchema)),
  'exchange.ads.save': defineCall(z.object({ id: id.nullable().default(null), ad: adInputSchema }), adRowSchema),
  /** Filled or withdrawn sets the closing day; open clears it. */
  'exchange.ads.setStatus': defineCall(z.object({ id, status: z.enum(adStatusCodes) }), adRowSchema),
  'exchange.ads.delete': defineCall(z.object({ id }), z.null()),
  /** Who could fill this ad: consenting candidates whose wished occupation and area fit, best first. */
  'exchange.ads.matches': defineCall(
    z.object({ id }),
    z.object({
      matches: z.array(matchSchema),
      withoutConsent: z.number().int(),
      /** Which grid the competencies were compared with: the ad structure's own, the reference one, or none (the job has no grid). */
      gridSource: z.enum(['employer', 'reference', 'none']),
    }),
  ),
  'exchange.candidates.list': defineCall(z.void(), z.array(candidateRowSchema)),
  'exchange.candidates.save': defineCall(z.object({ id: id.nullable().default(null), candidate: candidateInputSchema }), candidateRowSchema),
  /** Chooses a file (dialog), checks its content (PDF, DOCX, ODT, image; 10 MB) and stores it in the file. */
  'exchange.candidates.attachCv': defineCall(z.object({ id }), candidateRowSchema),
  /** Writes a copy of the CV where the coordinator chooses, and opens it. */
  'exchange.candidates.saveCv': defineCall(z.object({ id }), z.object({ fileName: z.string() })),
  'exchange.candidates.removeCv': defineCall(z.object({ id }), candidateRowSchema),
  /** Erases the candidate for good (person, CV, consent, wishes), scrubbing the file, its WAL and its backups. */
  'exchange.candidates.erase': defineCall(z.object({ id }), z.object({ backupsScrubbed: z.number().int() })),
  'exchange.places.list': defineCall(z.void(), z.array(placeRowSchema)),
  'exchange.places.save': defineCall(z.object({ id: id.nullable().default(null), place: placeInputSchema }), placeRowSchema),
  'exchange.places.delete': defineCall(z.object({ id }), z.null()),
  /** Copies the free places of the shared trainings marked for members (issue 12), updating the lines copied before. */
  'exchange.places.fromTrainings': defineCall(z.void(), z.object({ added: z.number().int(), updated: z.number().int() })),
  /** Candidates whose last contact is more than two years old today. */
  'exchange.retention.preview': defineCall(z.void(), z.object({ today: z.string(), due: z.array(retentionDueSchema) })),
  /** Erases the candidates listed that are still due (each one re-checked at purge time). */
  'exchange.retention.purge': defineCall(z.object({ ids: z.array(id).min(1).max(10_000) }), z.object({ purged: z.number().int(), backupsScrubbed: z.number().int() })),
  /** The selection as an .xlsx for members (candidates only with a consent that covers the recipient). */
  'exchange.export': defineCall(selectionSchema, z.object({ fileName: z.string(), ads: z.number().int(), candidates: z.number().int(), places: z.number().int() })),
  /** The same workbook, then an e-mail draft (.eml) beside it that carries it, opened by the mail program. */
  'exchange.emailDraft': defineCall(
    selectionSchema,
    z.object({
      fileName: z.string(),
      ads: z.number().int(),
      candidates: z.number().int(),
      places: z.number().int(),
      draftId: z.string(),
      draftFileName: z.string(),
      opening: z.enum(['opened', 'shown']),
      /** Addresses the draft goes to (To for one member, Bcc for all). */
      recipients: z.number().int(),
      /** Addresses left out because they are on the unsubscribe list. */
      unsubscribed: z.number().int(),
      /** Members without a contact e-mail in the register. */
      withoutEmail: z.number().int(),
    }),
  ),
};
