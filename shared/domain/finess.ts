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

/** Luhn over digits: true when the sum, doubling every second digit from the right, ends in 0. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Corsica's numbers keep the letters of 2A / 2B, which Luhn cannot sum: the key is computed with A
 * read as 1 and B as 2 (2A… as 21…, 2B… as 22…). Checked against a real number, CH de Bastia's
 * 2B0000020 (the public GHT directory), which fails when 2B is read as « 20 », the pre-1976 code.
 */
const keyDigits = (finess: string) => (/^2[AB]/.test(finess) ? `2${finess[1] === 'A' ? '1' : '2'}${finess.slice(2)}` : finess);

export const hasValidFinessKey = (finess: string): boolean => /^(\d{2}|2[AB])\d{7}$/.test(finess) && passesLuhn(keyDigits(finess));

/** The numbers one slip away that pass the key: the key digit retyped, or two neighbouring digits swapped. */
export function likelyFinessTypos(finess: string): string[] {
  const found = new Set<string>();
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${finess.slice(0, 8)}${key}`;
    if (candidate !== finess && hasValidFinessKey(candidate)) found.add(candidate);
  }
  // Swaps among the digits after the department (the department is checked against the commune).
  for (let i = 2; i < 8; i += 1) {
    const chars = finess.split('');
    [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
    const candidate = chars.join('');
    if (candidate !== finess && hasValidFinessKey(candidate)) found.add(candidate);
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
