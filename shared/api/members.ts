import { z } from 'zod';
import { contactRoleCodes, interventionFieldCodes, opcaCodes, structureTypeCodes } from '../domain/structure';
import { defineCall } from './define';

/**
 * The longest text each field takes. plain-input.ts reads these too: an import row built by the
 * app is checked against them without zod, and its test keeps both readings equal.
 */
export const structureTextLimits = { name: 300, finessEt: 20, finessEj: 20, siret: 30, address: 300, postcode: 10, communeCode: 5, notes: 5000 } as const;
export const contactTextLimits = { name: 200, roleLabel: 100, email: 200, phone: 40 } as const;
/** Headcount and FTE: from 0 to this. */
export const structureCountLimit = 100_000;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).default('');
const id = z.number().int().positive();

// Without defaults: a partial update must tell "not sent" from "emptied" (zod 4 applies defaults
// inside .partial(), which would blank every field the grid did not send).
const structureFields = {
  name: z.string().trim().min(1, 'Indiquez le nom de la structure.').max(structureTextLimits.name),
  finessEt: text(structureTextLimits.finessEt),
  finessEj: text(structureTextLimits.finessEj),
  siret: text(structureTextLimits.siret),
  type: z.enum(structureTypeCodes).nullable(),
  field: z.enum(interventionFieldCodes).nullable(),
  address: text(structureTextLimits.address),
  postcode: text(structureTextLimits.postcode),
  /** INSEE code of the commune; the name and EPCI are derived from it. */
  communeCode: text(structureTextLimits.communeCode),
  opca: z.enum(opcaCodes).nullable(),
  headcount: z.number().int().min(0).max(structureCountLimit).nullable(),
  fte: z.number().min(0).max(structureCountLimit).nullable(),
  notes: text(structureTextLimits.notes),
};

/** What the person types for a structure. FINESS/SIRET/commune are checked by the handler. */
export const structureInputSchema = z.object({
  name: structureFields.name,
  finessEt: optionalText(structureTextLimits.finessEt),
  finessEj: optionalText(structureTextLimits.finessEj),
  siret: optionalText(structureTextLimits.siret),
  type: structureFields.type.default(null),
  field: structureFields.field.default(null),
  address: optionalText(structureTextLimits.address),
  postcode: optionalText(structureTextLimits.postcode),
  communeCode: optionalText(structureTextLimits.communeCode),
  opca: structureFields.opca.default(null),
  headcount: structureFields.headcount.default(null),
  fte: structureFields.fte.default(null),
  notes: optionalText(structureTextLimits.notes),
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
  name: z.string().trim().min(1, 'Indiquez le nom du contact.').max(contactTextLimits.name),
  role: z.enum(contactRoleCodes).default('other'),
  roleLabel: optionalText(contactTextLimits.roleLabel),
  email: optionalText(contactTextLimits.email),
  phone: optionalText(contactTextLimits.phone),
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
