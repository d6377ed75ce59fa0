// Shared trainings, their sessions, participants and attendance, and the yearly shared training
// plan (issue 12 §1). Money crosses as cents, hours as decimals, dates as ISO "YYYY-MM-DD".
import { z } from 'zod';
import { opcaCodes } from '../domain/structure';
import { defineCall } from './define';

const id = z.number().int().positive();
const count = z.number().int().min(0);
const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Indiquez une date complète (jour, mois, année).');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/, 'Indiquez une heure au format HH:MM (par exemple 09:00), ou laissez vide.');

const trainingFields = {
  title: z.string().trim().min(2, 'Indiquez l’intitulé de la formation (2 caractères au moins).').max(300),
  theme: text(200),
  providerName: text(300),
  /** Checked (14 digits, Luhn) by the handler; empty allowed until the provider is known. */
  providerSiret: text(30),
  providerActivityNumber: z.string().trim().regex(/^(\d{11})?$/, 'Le numéro de déclaration d’activité compte 11 chiffres (ou laissez vide).'),
  durationHours: z.number().min(0, 'La durée ne peut pas être négative.').max(2000, 'Une action compte au plus 2 000 heures.'),
  costCents: z.number().int().min(0, 'Le coût ne peut pas être négatif.').max(100_000_000),
  places: z.number().int().min(0).max(10_000).nullable(),
  location: text(300),
  locationPostcode: z.string().trim().regex(/^(\d{5})?$/, 'Le code postal compte 5 chiffres (ou laissez vide).'),
  planYear: z.number().int().min(2000).max(2100).nullable(),
  offersFreePlaces: z.boolean(),
  notes: text(5000),
};

export const trainingInputSchema = z.object({
  title: trainingFields.title,
  theme: trainingFields.theme.default(''),
  providerName: trainingFields.providerName.default(''),
  providerSiret: trainingFields.providerSiret.default(''),
  providerActivityNumber: trainingFields.providerActivityNumber.default(''),
  durationHours: trainingFields.durationHours.default(0),
  costCents: trainingFields.costCents.default(0),
  places: trainingFields.places.default(null),
  location: trainingFields.location.default(''),
  locationPostcode: trainingFields.locationPostcode.default(''),
  planYear: trainingFields.planYear.default(null),
  offersFreePlaces: trainingFields.offersFreePlaces.default(false),
  notes: trainingFields.notes.default(''),
});
export type TrainingInput = z.input<typeof trainingInputSchema>;
// No defaults in a partial update: absent means unchanged.
export const trainingChangesSchema = z.object(trainingFields).partial();

export const trainingRowSchema = z.object({
  id,
  title: z.string(),
  theme: z.string(),
  providerName: z.string(),
  providerSiret: z.string(),
  providerActivityNumber: z.string(),
  durationHours: z.number(),
  costCents: z.number().int(),
  places: z.number().int().nullable(),
  location: z.string(),
  locationPostcode: z.string(),
  planYear: z.number().int().nullable(),
  offersFreePlaces: z.boolean(),
  notes: z.string(),
  sessionCount: count,
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  participantCount: count,
  /** Places minus participants; null when the number of places is not set. */
  freePlaces: z.number().int().nullable(),
});
export type TrainingRow = z.infer<typeof trainingRowSchema>;

export const sessionInputSchema = z
  .object({ startsOn: isoDate, endsOn: isoDate, startTime: time.default(''), endTime: time.default(''), location: text(300).default('') })
  .refine((s) => s.endsOn >= s.startsOn, 'La fin de la session ne peut pas précéder son début.');
export type SessionInput = z.input<typeof sessionInputSchema>;
export const sessionSchema = z.object({ id, startsOn: z.string(), endsOn: z.string(), startTime: z.string(), endTime: z.string(), location: z.string() });
export type TrainingSession = z.infer<typeof sessionSchema>;

export const attendanceStatuses = { present: 'Présent', absent: 'Absent', excused: 'Excusé' } as const;
export const attendanceStatusSchema = z.enum(['present', 'absent', 'excused']);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const fundingStatuses = { pending: 'En attente', accepted: 'Accordé', partial: 'Accordé en partie', refused: 'Refusé' } as const;
export const fundingStatusSchema = z.enum(['pending', 'accepted', 'partial', 'refused']);
export type FundingStatus = z.infer<typeof fundingStatusSchema>;

export const participantSchema = z.object({
  id,
  personId: id,
  civility: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  structureId: id.nullable(),
  structureName: z.string(),
  structureSiret: z.string(),
  /** The employer's fund, from the register; null = the structure has no OPCA yet (flagged). */
  opca: z.enum(opcaCodes).nullable(),
  occupationLabel: z.string(),
  /** Set share, or null for the even split of the action's cost. */
  costCents: z.number().int().nullable(),
  /** What is counted for this participant: the set share or the even split. */
  effectiveCostCents: z.number().int(),
  fundingStatus: fundingStatusSchema,
  fundedCents: z.number().int().nullable(),
  fundingNote: z.string(),
  attendance: z.record(z.string(), attendanceStatusSchema),
});
export type Participant = z.infer<typeof participantSchema>;

export const trainingDetailSchema = z.object({
  training: trainingRowSchema,
  sessions: z.array(sessionSchema),
  participants: z.array(participantSchema),
  competencyIds: z.array(id),
});
export type TrainingDetail = z.infer<typeof trainingDetailSchema>;

const newPersonSchema = z.object({
  lastName: z.string().trim().min(1, 'Indiquez le nom du participant.').max(200),
  firstName: text(200).default(''),
  civility: z.enum(['', 'Mme', 'M.']).default(''),
  email: text(200).default(''),
});

export const addParticipantSchema = z
  .object({
    trainingId: id,
    /** A person already in the file… */
    personId: id.nullable().default(null),
    /** …or a new one. */
    newPerson: newPersonSchema.nullable().default(null),
    structureId: id.nullable().default(null),
    occupationLabel: text(200).default(''),
  })
  .refine((input) => (input.personId === null) !== (input.newPerson === null), 'Choisissez une personne du fichier ou saisissez-en une nouvelle.');
export type AddParticipant = z.input<typeof addParticipantSchema>;

export const participantChangesSchema = z
  .object({ structureId: id.nullable(), occupationLabel: text(200), costCents: z.number().int().min(0).max(100_000_000).nullable() })
  .partial();

export const personChoiceSchema = z.object({ id, civility: z.string(), lastName: z.string(), firstName: z.string(), structureId: id.nullable(), structureName: z.string() });

const totals = { participants: count, hours: z.number(), costCents: z.number().int() };
export const planSchema = z.object({
  year: z.number().int(),
  trainings: count,
  ...totals,
  byStructure: z.array(z.object({ structureId: id.nullable(), structureName: z.string(), opca: z.enum(opcaCodes).nullable(), ...totals })),
  byFund: z.array(z.object({ opca: z.enum(opcaCodes).nullable(), label: z.string(), ...totals })),
  /** Structures of participants with no OPCA in the register: flagged before any export. */
  withoutOpca: z.array(z.object({ structureId: id, structureName: z.string() })),
  /** Participants with no employer set. */
  withoutStructure: count,
  freePlaces: z.array(z.object({ trainingId: id, title: z.string(), freePlaces: z.number().int(), firstDate: z.string().nullable() })),
});
export type TrainingPlan = z.infer<typeof planSchema>;

export const trainingCalls = {
  'trainings.list': defineCall(z.object({ planYear: z.number().int().nullable().optional() }).default({}), z.array(trainingRowSchema)),
  'trainings.get': defineCall(z.object({ id }), trainingDetailSchema),
  'trainings.create': defineCall(trainingInputSchema, trainingDetailSchema),
  'trainings.update': defineCall(z.object({ id, changes: trainingChangesSchema }), trainingDetailSchema),
  'trainings.delete': defineCall(z.object({ id }), z.null()),
  'trainings.saveSession': defineCall(z.object({ trainingId: id, sessionId: id.nullable().default(null), session: sessionInputSchema }), trainingDetailSchema),
  'trainings.deleteSession': defineCall(z.object({ id }), trainingDetailSchema),
  'trainings.addParticipant': defineCall(addParticipantSchema, trainingDetailSchema),
  'trainings.updateParticipant': defineCall(z.object({ id, changes: participantChangesSchema }), trainingDetailSchema),
  'trainings.removeParticipant': defineCall(z.object({ id }), trainingDetailSchema),
  'trainings.setAttendance': defineCall(z.object({ sessionId: id, participantId: id, status: attendanceStatusSchema.nullable() }), trainingDetailSchema),
  'trainings.people': defineCall(z.object({ search: text(100).default('') }).default({ search: '' }), z.array(personChoiceSchema)),
  'trainings.plan': defineCall(z.object({ year: z.number().int().min(2000).max(2100) }), planSchema),
  /** Which competencies an action develops (competencies from issue 10). */
  'trainings.setCompetencies': defineCall(z.object({ trainingId: id, competencyIds: z.array(id).max(500) }), trainingDetailSchema),
  /** The actions that develop any of these competencies, with their hours: the training needs screen proposes them. */
  'trainings.developing': defineCall(
    z.object({ competencyIds: z.array(id).max(500) }),
    z.array(z.object({ trainingId: id, title: z.string(), durationHours: z.number(), firstDate: z.string().nullable(), freePlaces: z.number().int().nullable(), competencyIds: z.array(id) })),
  ),
};
