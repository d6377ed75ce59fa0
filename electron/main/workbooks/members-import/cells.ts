import type { InterventionField, Opca, StructureType } from '../../../../shared/domain/structure';
import { excelSerialToIso, parseFrenchDate } from '../../../../shared/format/dates';
import { parseFrenchNumber } from '../../../../shared/format/numbers';
import { searchKey } from '../../reference/search-key';
import type { PlainValue } from './read-rows';

/** A cell as text, the way Excel shows it: numbers without exponent, dates as dd/mm/yyyy. */
export function cellText(value: PlainValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  return Number.isInteger(value) ? value.toFixed(0) : String(value).replace('.', ',');
}

/** Codes that lost their leading zeros when typed as numbers: FINESS (9), SIRET (14). */
export function codeText(value: PlainValue, length: number): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    const digits = value.toFixed(0);
    return digits.length < length && digits.length >= length - 2 ? digits.padStart(length, '0') : digits;
  }
  return cellText(value);
}

/**
 * Remembers what a text parsed to: a column of types, OPCAs or « Oui » holds a handful of distinct
 * texts over thousands of rows. Bounded, for a column of free text mapped by mistake.
 */
function remembered<T>(parse: (value: PlainValue) => T): (value: PlainValue) => T {
  const known = new Map<PlainValue, T>();
  return (value) => {
    let result = known.get(value);
    if (result === undefined) {
      result = parse(value);
      if (known.size < 1000) known.set(value, result);
    }
    return result;
  };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseCount(value: PlainValue, what: string): Parsed<number | null> {
  if (value === null || cellText(value) === '') return { ok: true, value: null };
  const number = parseFrenchNumber(typeof value === 'number' ? value : cellText(value));
  if (number === null || number < 0) return { ok: false, message: `${what} « ${cellText(value)} » n’est pas un nombre : tapez un nombre (par exemple 12).` };
  return { ok: true, value: number };
}

// Dates repeat down a column (the same payment day for many rows): each distinct cell is read once.
export const parseDate = remembered((value: PlainValue): Parsed<string | null> => {
  if (value === null) return { ok: true, value: null };
  const iso = typeof value === 'number' ? excelSerialToIso(value) : parseFrenchDate(cellText(value));
  if (iso === null) return { ok: false, message: `« ${cellText(value)} » n’est pas une date : tapez-la sous la forme jj/mm/aaaa (par exemple 15/03/2025).` };
  return { ok: true, value: iso };
});

const yes = new Set(['oui', 'o', 'x', 'yes', 'y', '1', 'vrai', 'true', 'adherent', 'adherente', 'membre', 'ok', '✓', '✔']);
const no = new Set(['non', 'n', 'no', '0', 'faux', 'false', 'non adherent', 'non adherente', '-']);

const parseDateText = (value: PlainValue): boolean =>
  (typeof value === 'number' && Number.isInteger(value) && value >= 36526 && value <= 73051) ||
  (typeof value === 'string' && /^\s*\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})\s*$/.test(value) && parseDate(value).ok);

export const parseYesNo = remembered((value: PlainValue): Parsed<boolean | null> => {
  if (value === null) return { ok: true, value: null };
  if (typeof value === 'boolean') return { ok: true, value };
  const key = searchKey(cellText(value));
  if (key === '') return { ok: true, value: null };
  if (yes.has(key) || yes.has(cellText(value))) return { ok: true, value: true };
  if (no.has(key)) return { ok: true, value: false };
  // A membership date typed in the yes/no column: a member (the date says since when).
  if (parseDateText(value)) return { ok: true, value: true };
  return { ok: false, message: `« ${cellText(value)} » : indiquez Oui ou Non (ou x pour oui, vide pour non renseigné).` };
});

const typePatterns: [RegExp, StructureType][] = [
  [/\behpad\b|maison de retraite/, 'ehpad'],
  [/\bmarpa\b/, 'marpa'],
  [/\bssiad\b|soins infirmiers a domicile/, 'ssiad'],
  [/\b(saad|saap|aide a domicile|aide et accompagnement a domicile|admr|spasad)\b/, 'saad'],
  [/\bcentre de (sante|soins) infirmi/, 'nursingCentre'],
  [/\b(siae|aci|ei|ai|etti|insertion|chantier d insertion|entreprise d insertion|association intermediaire)\b/, 'siae'],
  [/\besat\b|aide par le travail/, 'esat'],
  [/\bime\b|medico educatif/, 'ime'],
  [/\bcmpr\b|medecine physique/, 'cmpr'],
  [/\b(hopital|centre hospitalier|ch|chu|clinique)\b/, 'hospital'],
  [/\b(liberal|liberale|infirmier|infirmiere|kine|kinesitherapeute|medecin|orthophoniste|ergotherapeute)\b/, 'liberalProfessional'],
  [/^autres?$/, 'other'],
];

/** "EHPAD", "Maison de retraite", "Aide à domicile (SAAD)"… An unknown type is « Autre », with a warning. */
export const parseStructureType = remembered((value: PlainValue): { value: StructureType | null; warning: string | null } => {
  const key = searchKey(cellText(value));
  if (key === '') return { value: null, warning: null };
  for (const [pattern, type] of typePatterns) if (pattern.test(key)) return { value: type, warning: null };
  return { value: 'other', warning: `Type « ${cellText(value)} » inconnu : enregistré comme « Autre ».` };
});

const fieldPatterns: [RegExp, InterventionField][] = [
  [/\b(personnes agees|pa|gerontologie|vieillesse|seniors?)\b/, 'elderly'],
  [/\b(handicap|handicapes?|ph|personnes handicapees)\b/, 'disability'],
  [/\binsertion\b/, 'integration'],
  [/\bdomicile\b/, 'home'],
  [/\b(sanitaire|sante|soins)\b/, 'health'],
];

export const parseInterventionField = remembered((value: PlainValue): { value: InterventionField | null; warning: string | null } => {
  const key = searchKey(cellText(value));
  if (key === '') return { value: null, warning: null };
  for (const [pattern, field] of fieldPatterns) if (pattern.test(key)) return { value: field, warning: null };
  return { value: null, warning: `Champ d’intervention « ${cellText(value)} » inconnu : laissé vide (personnes âgées, handicap, insertion, domicile ou sanitaire).` };
});

export const parseOpca = remembered((value: PlainValue): Opca | null => {
  const key = searchKey(cellText(value));
  if (key === '') return null;
  if (/\b(unifaf|opco sante)\b/.test(key)) return 'unifaf';
  if (/\b(uniformation|cohesion sociale)\b/.test(key)) return 'uniformation';
  return 'other';
});
