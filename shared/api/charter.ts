import { z } from 'zod';
import { defineCall } from './define';
import { richTextSchema } from './rich-text';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Indiquez une date (jj/mm/aaaa).');
const text = (max: number) => z.string().trim().max(max);

export const charterVersionSchema = z.object({
  id,
  /** 1 for the first text, 2 for the next… (by creation). */
  number: z.number().int().positive(),
  title: z.string(),
  content: richTextSchema,
  adoptedOn: z.string().nullable(),
  /** The latest adopted version: the one people sign now. */
  isCurrent: z.boolean(),
  signatoryCount: z.number().int(),
});
export type CharterVersion = z.infer<typeof charterVersionSchema>;

export const territoryPartSchema = z.object({ kind: z.enum(['commune', 'epci']), code: z.string().trim().min(1).max(20) });
export const territoryPartRowSchema = territoryPartSchema.extend({ name: z.string() });
export type TerritoryPart = z.infer<typeof territoryPartRowSchema>;

const signatoryCommon = {
  field: text(300),
  signedOn: isoDate,
  territory: z.array(territoryPartSchema).max(500),
};

/** A member structure of the register, or a health professional who signs as a person. */
export const signatoryInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('structure'), structureId: id, ...signatoryCommon }),
  z.object({
    kind: z.literal('professional'),
    lastName: z.string().trim().min(1, 'Indiquez le nom du professionnel.').max(120),
    firstName: text(120).default(''),
    profession: z.string().trim().min(1, 'Indiquez la profession (par exemple infirmière libérale).').max(200),
    email: text(200).default(''),
    phone: text(40).default(''),
    address: text(300).default(''),
    postcode: text(10).default(''),
    communeCode: text(5).default(''),
    ...signatoryCommon,
  }),
]);
export type SignatoryInput = z.input<typeof signatoryInputSchema>;

export const signatorySchema = z.object({
  id,
  kind: z.enum(['structure', 'professional']),
  structureId: z.number().nullable(),
  personId: z.number().nullable(),
  /** « EHPAD Les Tilleuls » or « Claire Martin ». */
  name: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  email: z.string(),
  phone: z.string(),
  /** The structure's type label, or the professional's profession. */
  description: z.string(),
  profession: z.string(),
  address: z.string(),
  postcode: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  field: z.string(),
  versionId: id,
  versionNumber: z.number().int(),
  signedOn: z.string(),
  withdrawnOn: z.string().nullable(),
  territory: z.array(territoryPartRowSchema),
});
export type Signatory = z.infer<typeof signatorySchema>;

export const territoryChoiceSchema = z.object({ kind: z.enum(['commune', 'epci']), code: z.string(), name: z.string(), detail: z.string() });
export type TerritoryChoice = z.infer<typeof territoryChoiceSchema>;

export const mapCommuneSchema = z.object({
  code: z.string(),
  name: z.string(),
  epciName: z.string(),
  /** Part of the association's territory (where its members are, or a signatory declared). */
  isInTerritory: z.boolean(),
  signatories: z.array(z.object({ id, name: z.string(), field: z.string() })),
  /** SVG path in the map's own coordinates; '' when the outline is unknown. */
  path: z.string(),
});
export const interventionMapSchema = z.object({
  width: z.number(),
  height: z.number(),
  communes: z.array(mapCommuneSchema),
  /** Department outlines drawn over the communes. */
  departmentPaths: z.array(z.string()),
  departments: z.array(z.object({ code: z.string(), name: z.string() })),
  attribution: z.string(),
});
export type InterventionMap = z.infer<typeof interventionMapSchema>;
export type MapCommune = z.infer<typeof mapCommuneSchema>;

export const charterCalls = {
  'charter.versions': defineCall(z.void(), z.array(charterVersionSchema)),
  /** A new version starts from the current text; only a version not yet adopted can be edited. */
  'charter.createVersion': defineCall(z.object({ title: text(200).optional() }), charterVersionSchema),
  'charter.saveVersion': defineCall(
    z.object({ id, title: z.string().trim().min(1, 'Indiquez le titre de la charte.').max(200), content: richTextSchema }),
    charterVersionSchema,
  ),
  'charter.adoptVersion': defineCall(z.object({ id, adoptedOn: isoDate }), charterVersionSchema),
  'charter.signatories': defineCall(z.void(), z.array(signatorySchema)),
  /** Signs the current version. */
  'charter.addSignatory': defineCall(signatoryInputSchema, signatorySchema),
  'charter.updateSignatory': defineCall(z.object({ id, signatory: signatoryInputSchema }), signatorySchema),
  'charter.withdrawSignatory': defineCall(z.object({ id, withdrawnOn: isoDate.nullable() }), signatorySchema),
  'charter.deleteSignatory': defineCall(z.object({ id }), z.null()),
  /** Communes and EPCIs by name or postcode, for a signatory's territory. */
  'charter.searchTerritory': defineCall(z.object({ query: text(100) }), z.array(territoryChoiceSchema)),
  'charter.map': defineCall(z.void(), interventionMapSchema),
};
