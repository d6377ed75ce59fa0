import { z } from 'zod';
import { contactRoleCodes, interventionFieldCodes, opcaCodes, structureTypeCodes } from '../domain/structure';
import { defineCall } from './define';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).default('');
const id = z.number().int().positive();

// Without defaults: a partial update must tell "not sent" from "emptied" (zod 4 applies defaults
// inside .partial(), which would blank every field the grid did not send).
const structureFields = {
  name: z.string().trim().min(1, 'Indiquez le nom de la structure.').max(300),
  finessEt: text(20),
  finessEj: text(20),
  siret: text(30),
  type: z.enum(structureTypeCodes).nullable(),
  field: z.enum(interventionFieldCodes).nullable(),
  address: text(300),
  postcode: text(10),
  /** INSEE code of the commune; the name and EPCI are derived from it. */
  communeCode: text(5),
  opca: z.enum(opcaCodes).nullable(),
  headcount: z.number().int().min(0).max(100_000).nullable(),
  fte: z.number().min(0).max(100_000).nullable(),
  notes: text(5000),
};

/** What the person types for a structure. FINESS/SIRET/commune are checked by the handler. */
export const structureInputSchema = z.object({
  name: structureFields.name,
  finessEt: optionalText(20),
  finessEj: optionalText(20),
  siret: optionalText(30),
  type: structureFields.type.default(null),
  field: structureFields.field.default(null),
  address: optionalText(300),
  postcode: optionalText(10),
  communeCode: optionalText(5),
  opca: structureFields.opca.default(null),
  headcount: structureFields.headcount.default(null),
  fte: structureFields.fte.default(null),
  notes: optionalText(5000),
});
/** The fields a partial update may carry; absent means unchanged. */
export const structureChangesSchema = z.object(structureFields).partial();
export type StructureChanges = z.output<typeof structureChangesSchema>;
export type StructureInput = z.input<typeof structureInputSchema>;

/** A row of the register grid. */
export const structureRowSchema = z.object({
  id,
  name: z.string(),
  finessEt: z.string(),
  finessEj: z.string(),
  siret: z.string(),
  type: z.enum(structureTypeCodes).nullable(),
  field: z.enum(interventionFieldCodes).nullable(),
  address: z.string(),
  postcode: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  departmentCode: z.string(),
  epciCode: z.string(),
  epciName: z.string(),
  opca: z.enum(opcaCodes).nullable(),
  headcount: z.number().int().nullable(),
  fte: z.number().nullable(),
  notes: z.string(),
  /** Member for the current calendar year. */
  isMember: z.boolean(),
  /** Last year with a membership row marked as member, if any. */
  lastMemberYear: z.number().int().nullable(),
  contactCount: z.number().int(),
  updatedAt: z.string(),
});
export type StructureRow = z.infer<typeof structureRowSchema>;

export const contactInputSchema = z.object({
  name: z.string().trim().min(1, 'Indiquez le nom du contact.').max(200),
  role: z.enum(contactRoleCodes).default('other'),
  roleLabel: optionalText(100),
  email: optionalText(200),
  phone: optionalText(40),
});
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactSchema = z.object({
  id,
  structureId: id,
  name: z.string(),
  role: z.enum(contactRoleCodes),
  roleLabel: z.string(),
  email: z.string(),
  phone: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const membershipInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  isMember: z.boolean(),
  /** Money in cents. */
  feeCents: z.number().int().min(0).max(100_000_000).nullable().default(null),
  /** ISO date YYYY-MM-DD. */
  paidOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'La date de paiement doit être une date (jj/mm/aaaa).')
    .nullable()
    .default(null),
});
export type MembershipInput = z.input<typeof membershipInputSchema>;
export const membershipSchema = membershipInputSchema.extend({ structureId: id, feeCents: z.number().int().nullable(), paidOn: z.string().nullable() });
export type Membership = z.infer<typeof membershipSchema>;

/** A warning does not block the save (e.g. FINESS department differs from the commune's). */
export const warningSchema = z.object({ field: z.string(), message: z.string() });
export type Warning = z.infer<typeof warningSchema>;

export const structureDetailSchema = z.object({
  structure: structureRowSchema,
  contacts: z.array(contactSchema),
  memberships: z.array(membershipSchema),
  warnings: z.array(warningSchema),
});
export type StructureDetail = z.infer<typeof structureDetailSchema>;

export const communeSchema = z.object({
  code: z.string(),
  name: z.string(),
  postcodes: z.array(z.string()),
  departmentCode: z.string(),
  epciCode: z.string(),
  epciName: z.string(),
});
export type Commune = z.infer<typeof communeSchema>;

export const memberCalls = {
  'structures.list': defineCall(z.void(), z.array(structureRowSchema)),
  'structures.get': defineCall(z.object({ id }), structureDetailSchema),
  /** Refuses a duplicate FINESS ET or SIRET (CONFLICT, naming the existing structure). */
  'structures.create': defineCall(structureInputSchema, structureDetailSchema),
  /** Partial update, as the grid edits one cell at a time. */
  'structures.update': defineCall(z.object({ id, changes: structureChangesSchema }), structureDetailSchema),
  'structures.delete': defineCall(z.object({ id }), z.null()),
  'contacts.save': defineCall(z.object({ structureId: id, contactId: id.nullable().default(null), contact: contactInputSchema }), contactSchema),
  'contacts.delete': defineCall(z.object({ id }), z.null()),
  'memberships.save': defineCall(z.object({ structureId: id, membership: membershipInputSchema }), membershipSchema),
  'memberships.delete': defineCall(z.object({ structureId: id, year: z.number().int() }), z.null()),
  /** Communes (offline, from @etalab/decoupage-administratif) by name, postcode or INSEE code. */
  'communes.search': defineCall(z.object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).default(20) }), z.array(communeSchema)),
  /** EPCIs of a department, for filters and the FINESS import. */
  'epcis.list': defineCall(z.object({ departmentCode: z.string().trim().max(3).nullable().default(null) }), z.array(z.object({ code: z.string(), name: z.string() }))),
};
