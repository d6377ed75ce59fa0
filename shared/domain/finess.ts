import { accepted, refused, stripSeparators, type Checked } from './check';

/**
 * A FINESS number is 9 characters; the first two are the department (01–95, 2A/2B for Corsica,
 * 97/98 for overseas, whose third digit is not the department's). The ninth is a Luhn key on the
 * first eight (750712184, 130786049 pass): a failing key is a warning (finessKeyWarning), never a
 * refusal, since a number copied from an official letter is still the person's best information.
 */
const finessPattern = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|9[78])\d{7}$/;

export const normalizeFiness = (raw: string) => stripSeparators(raw.trim()).toUpperCase();

/** The department prefix of a FINESS number: '61', '2A', or '97' for every overseas department. */
export const finessDepartmentPrefix = (finess: string) => finess.slice(0, 2);

/** `label` names the field in the message, e.g. 'FINESS établissement'. An empty value is accepted. */
export function checkFiness(raw: string, label = 'FINESS'): Checked<string> {
  const finess = normalizeFiness(raw);
  if (finess === '') return accepted('');
  if (finess.length !== 9) {
    const lostZero = finess.length === 8 && /^\d+$/.test(finess) ? ' S’il commence par 0 et vient d’Excel, ajoutez le 0 perdu.' : '';
    return refused(
      `Le ${label} doit compter 9 caractères, « ${raw.trim()} » en compte ${finess.length} (par exemple 610000101).${lostZero}`,
    );
  }
  if (!/^(\d{2}|2[AB])\d{7}$/.test(finess)) {
    return refused(`Le ${label} « ${raw.trim()} » ne doit contenir que des chiffres (ou 2A/2B au début pour la Corse).`);
  }
  if (!finessPattern.test(finess)) {
    return refused(
      `Le ${label} « ${raw.trim()} » doit commencer par un numéro de département (01 à 95, 2A, 2B, 97 ou 98), ` +
        `pas par ${finessDepartmentPrefix(finess)} : vérifiez-le.`,
    );
  }
  return accepted(finess);
}

/**
 * Whether a FINESS number may belong to a commune of this department. Overseas departments share
 * the prefix 97 (98 for the Pacific), so only the first two characters can be compared.
 */
export function isFinessInDepartment(finess: string, departmentCode: string): boolean {
  const prefix = finessDepartmentPrefix(finess);
  if (departmentCode.length === 3) return departmentCode.startsWith(prefix);
  return prefix === departmentCode;
}

/**
 * The nine digits Luhn sums. Corsica's numbers keep the letters of 2A / 2B, which Luhn cannot sum:
 * the key is computed with A read as 1 and B as 2 (2A… as 21…, 2B… as 22…). Checked against a real
 * number, CH de Bastia's 2B0000020 (the public GHT directory), which fails when 2B is read as « 20 »,
 * the pre-1976 code. Null when the number is not nine characters of that shape.
 */
function keyDigits(finess: string): number[] | null {
  if (!/^(\d{2}|2[AB])\d{7}$/.test(finess)) return null;
  const digits: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const code = finess.charCodeAt(i);
    digits.push(code === 65 ? 1 : code === 66 ? 2 : code - 48);
  }
  return digits;
}

// Luhn doubles every second digit from the right (here positions 1, 3, 5, 7 of nine) and sums the
// digits of the product.
const doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
const luhnTerm = (digit: number, position: number) => (position % 2 === 1 ? (doubled[digit] ?? 0) : digit);

function passesLuhn(digits: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += luhnTerm(digits[i] ?? 0, i);
  return sum % 10 === 0;
}

export const hasValidFinessKey = (finess: string): boolean => {
  const digits = keyDigits(finess);
  return digits !== null && passesLuhn(digits);
};

/**
 * The numbers one slip away that pass the key: the key digit retyped, or two neighbouring digits
 * swapped. Worked on the digits, without a string per try: an import can hold thousands of them.
 */
export function likelyFinessTypos(finess: string): string[] {
  const digits = keyDigits(finess);
  if (!digits) return [];
  const found = new Set<string>();
  // The one key that passes, from the sum of the first eight (the key's own position is not doubled).
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += luhnTerm(digits[i] ?? 0, i);
  const key = (10 - (sum % 10)) % 10;
  if (key !== digits[8]) found.add(`${finess.slice(0, 8)}${key}`);
  // Swaps among the digits after the department (the department is checked against the commune).
  for (let i = 2; i < 8; i += 1) {
    const [left, right] = [digits[i] ?? 0, digits[i + 1] ?? 0];
    if (left === right) continue;
    digits[i] = right;
    digits[i + 1] = left;
    if (passesLuhn(digits)) found.add(`${finess.slice(0, i)}${finess[i + 1] ?? ''}${finess[i] ?? ''}${finess.slice(i + 2)}`);
    digits[i] = left;
    digits[i + 1] = right;
  }
  return [...found];
}

/** A warning for a well-formed number whose key fails, naming the likely typo; null when the key passes. */
export function finessKeyWarning(finess: string, label = 'FINESS'): string | null {
  if (finess === '' || hasValidFinessKey(finess)) return null;
  const [keyFix, ...swaps] = likelyFinessTypos(finess);
  const hints = [keyFix ? `${keyFix} (dernier chiffre)` : '', ...swaps.slice(0, 2).map((swap) => `${swap} (deux chiffres inversés)`)].filter(Boolean);
  return (
    `Le ${label} ${finess} ne passe pas sa clé de contrôle (9e chiffre) : un chiffre a sans doute été mal recopié` +
    `${hints.length > 0 ? `, peut-être ${hints.join(' ou ')}` : ''}. Il est gardé tel quel : vérifiez-le sur finess.sante.gouv.fr.`
  );
}
