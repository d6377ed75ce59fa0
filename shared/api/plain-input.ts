import type { z } from 'zod';
import { contactRoleCodes, interventionFieldCodes, opcaCodes, structureTypeCodes } from '../domain/structure';
import {
  contactTextLimits,
  structureCountLimit,
  structureTextLimits,
  type contactInputSchema,
  type ContactInput,
  type structureInputSchema,
  type StructureInput,
} from './members';

// What zod gives for an input it accepts, read without zod when the input is plain: an import
// row the app built from cells (trimmed texts, codes from its own parsers, counts it parsed). On
// 10,000 rows zod's structure and contact parses were a quarter of the import's check, about
// 75 ms. Anything else (a type, a length, a code the fast reading does not take) returns null,
// and zod reads it, with its French messages. tests/unit/members/plain-input.test.ts keeps the
// two readings equal on every input it tries.

type StructureData = z.output<typeof structureInputSchema>;
type ContactData = z.output<typeof contactInputSchema>;

/** The trimmed text ('' when absent, as the schema's default), or null when it is not text of at most `max` characters. */
function trimmedText(value: unknown, max: number): string | null {
  if (value === undefined) return '';
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text.length <= max ? text : null;
}

/** A code of `codes`, null when absent; undefined when it is not one of them. */
function codeOf<T extends string>(codes: ReadonlySet<string>, value: unknown): T | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && codes.has(value) ? (value as T) : undefined;
}

/** A count from 0 to the limit (a whole one when `isWhole`), null when absent; undefined when it is not. */
function countOf(value: unknown, isWhole: boolean): number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > structureCountLimit) return undefined;
  return isWhole && !Number.isSafeInteger(value) ? undefined : value;
}

const structureTypes: ReadonlySet<string> = new Set(structureTypeCodes);
const interventionFields: ReadonlySet<string> = new Set(interventionFieldCodes);
const opcas: ReadonlySet<string> = new Set(opcaCodes);
const contactRoles: ReadonlySet<string> = new Set(contactRoleCodes);

/** structureInputSchema's reading of a plain input, or null: let zod read it. */
export function plainStructureInput(input: StructureInput): StructureData | null {
  const limits = structureTextLimits;
  const name = trimmedText(input.name, limits.name);
  const finessEt = trimmedText(input.finessEt, limits.finessEt);
  const finessEj = trimmedText(input.finessEj, limits.finessEj);
  const siret = trimmedText(input.siret, limits.siret);
  const address = trimmedText(input.address, limits.address);
  const postcode = trimmedText(input.postcode, limits.postcode);
  const communeCode = trimmedText(input.communeCode, limits.communeCode);
  const notes = trimmedText(input.notes, limits.notes);
  const type = codeOf<StructureData['type'] & string>(structureTypes, input.type);
  const field = codeOf<StructureData['field'] & string>(interventionFields, input.field);
  const opca = codeOf<StructureData['opca'] & string>(opcas, input.opca);
  const headcount = countOf(input.headcount, true);
  const fte = countOf(input.fte, false);
  // The name is required: absent or blank, zod says so.
  if (!name) return null;
  if (finessEt === null || finessEj === null || siret === null || address === null || postcode === null || communeCode === null || notes === null) return null;
  if (type === undefined || field === undefined || opca === undefined || headcount === undefined || fte === undefined) return null;
  return { name, finessEt, finessEj, siret, type, field, address, postcode, communeCode, opca, headcount, fte, notes };
}

/** contactInputSchema's reading of a plain input, or null: let zod read it. */
export function plainContactInput(input: ContactInput): ContactData | null {
  const name = trimmedText(input.name, contactTextLimits.name);
  const roleLabel = trimmedText(input.roleLabel, contactTextLimits.roleLabel);
  const email = trimmedText(input.email, contactTextLimits.email);
  const phone = trimmedText(input.phone, contactTextLimits.phone);
  const role = input.role === undefined ? 'other' : codeOf<ContactData['role']>(contactRoles, input.role);
  if (!name || roleLabel === null || email === null || phone === null || !role) return null;
  return { name, role, roleLabel, email, phone };
}
