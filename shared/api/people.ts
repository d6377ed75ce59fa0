import { z } from 'zod';
import { personKindCodes } from '../domain/people';
import { defineCall } from './define';

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Indiquez une date (jj/mm/aaaa).');

// Without defaults: a partial update must tell "not sent" from "emptied".
const personFields = {
  lastName: z.string().trim().min(1, 'Indiquez le nom de la personne.').max(200),
  firstName: text(200),
  /** Kept as typed (« Mme », « M. », « Dr »…), never folded into the name. */
  civility: text(20),
  email: text(200),
  phone: text(40),
  kind: z.enum(personKindCodes),
  structureId: id.nullable(),
  /** The occupation's key, as the CDD screens and `occupations.list` name it. */
  occupationKey: z.string().trim().min(1).max(100).nullable(),
  notes: text(5000),
  lastContactOn: isoDate.nullable(),
  /** Absent on create: the default of the kind from the last contact. */
  retentionUntil: isoDate,
};

export const personInputSchema = z.object({
  lastName: personFields.lastName,
  firstName: personFields.firstName.default(''),
  civility: personFields.civility.default(''),
  email: personFields.email.default(''),
  phone: personFields.phone.default(''),
  kind: personFields.kind.default('employee'),
  structureId: personFields.structureId.default(null),
  occupationKey: personFields.occupationKey.default(null),
  notes: personFields.notes.default(''),
  lastContactOn: personFields.lastContactOn.default(null),
  retentionUntil: personFields.retentionUntil.nullable().default(null),
});
export type PersonInput = z.input<typeof personInputSchema>;
export const personChangesSchema = z.object(personFields).partial();
export type PersonChanges = z.output<typeof personChangesSchema>;

export const personRowSchema = z.object({
  id,
  lastName: z.string(),
  firstName: z.string(),
  civility: z.string(),
  email: z.string(),
  phone: z.string(),
  kind: z.enum(personKindCodes),
  structureId: id.nullable(),
  structureName: z.string(),
  occupationId: id.nullable(),
  occupationKey: z.string().nullable(),
  occupationLabel: z.string(),
  notes: z.string(),
  lastContactOn: z.string().nullable(),
  retentionUntil: z.string(),
  /** The retention date is before today (the app's clock): listed for review. */
  isPastRetention: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonRow = z.infer<typeof personRowSchema>;

/** What each feature holds about the person (from the privacy registry), for the person card. */
export const holdingSchema = z.object({ sourceId: z.string(), label: z.string(), count: z.number().int() });
export type Holding = z.infer<typeof holdingSchema>;

export const personDetailSchema = z.object({ person: personRowSchema, holdings: z.array(holdingSchema) });
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const peopleFilterSchema = z
  .object({
    kind: z.enum(personKindCodes).nullable().default(null),
    structureId: id.nullable().default(null),
    /** Only those past their retention date (the review list). */
    pastRetention: z.boolean().default(false),
  })
  .default({ kind: null, structureId: null, pastRetention: false });

export const peopleCalls = {
  'people.list': defineCall(peopleFilterSchema, z.array(personRowSchema)),
  'people.get': defineCall(z.object({ id }), personDetailSchema),
  'people.create': defineCall(personInputSchema, personDetailSchema),
  /** Partial update. Changing the last contact or the kind moves the retention date, unless it is sent too. */
  'people.update': defineCall(z.object({ id, changes: personChangesSchema }), personDetailSchema),
  /** The review list: people past their retention date, oldest date first. */
  'people.retentionReview': defineCall(z.void(), z.array(personRowSchema)),
  /**
   * Review decision « Conserver » (kept until a date the coordinator sets, e.g. a pending
   * contract) or « Renouveler » (contacted today: last contact today, date of the kind from it).
   */
  'people.keep': defineCall(z.object({ ids: z.array(id).min(1).max(10_000), until: isoDate }), z.object({ count: z.number().int() })),
  'people.renew': defineCall(z.object({ ids: z.array(id).min(1).max(10_000) }), z.object({ count: z.number().int() })),
};
