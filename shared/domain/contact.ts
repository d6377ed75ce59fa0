import { accepted, refused, type Checked } from './check';

// Deliberately loose: the mail server is the judge; this only catches what cannot be an address.
const emailPattern = /^[^\s@"<>(),;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/;

/** Lowercased, trimmed, without a pasted "mailto:" or angle brackets. An empty value is accepted. */
export function normalizeEmail(raw: string): Checked<string> {
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  if (email === '') return accepted('');
  // Two addresses need two @: the split runs only then (it ran on every row of a 10,000-row import).
  if (email.indexOf('@') !== email.lastIndexOf('@') && email.split(/[;,\s]+/).filter((part) => part.includes('@')).length > 1) {
    return refused(`« ${raw.trim()} » contient plusieurs adresses e-mail : gardez-en une seule par contact.`);
  }
  if (!emailPattern.test(email) || email.includes('..')) {
    return refused(`L’adresse e-mail « ${raw.trim()} » n’est pas valide : tapez-la sous la forme prenom.nom@domaine.fr.`);
  }
  return accepted(email);
}

// Overseas departments dial their own country code; at home the number is 0 + the 9 digits.
const overseasCountryCodes = ['262', '508', '590', '594', '596'];

function nationalDigits(raw: string): string | null {
  // "+33 (0)2 …" is a common way of writing it; the (0) is not dialled.
  let digits = (raw.includes('(0)') ? raw.replace(/\(0\)/g, '') : raw).replace(/[\s\u00a0\u202f.\-/()]/g, '');
  if (digits.startsWith('+')) digits = `00${digits.slice(1)}`;
  if (!/^\d+$/.test(digits)) return null;
  // "+33 02 …" keeps the trunk 0 that should have been dropped after the country code.
  const afterCountryCode = (rest: string) => `0${rest.startsWith('0') ? rest.slice(1) : rest}`;
  if (digits.startsWith('0033')) return afterCountryCode(digits.slice(4));
  for (const code of overseasCountryCodes) {
    if (digits.startsWith(`00${code}`)) return afterCountryCode(digits.slice(2 + code.length));
  }
  if (digits.startsWith('00')) return null;
  // A spreadsheet that stored the number as a number drops the leading 0: 233623001.
  if (digits.length === 9 && !digits.startsWith('0')) return `0${digits}`;
  if (digits.length === 11 && digits.startsWith('33')) return `0${digits.slice(2)}`;
  return digits;
}

/**
 * A French phone number written "02 33 62 30 01". Accepts "+33 2…", "0033 2…", "+262…", dots,
 * dashes, and the 9 digits a spreadsheet keeps of a number typed as a number. An empty value is accepted.
 */
export function normalizePhone(raw: string | number): Checked<string> {
  const text = typeof raw === 'number' ? (Number.isInteger(raw) ? String(raw) : '') : raw.trim();
  if (typeof raw === 'string' && text === '') return accepted('');
  const digits = nationalDigits(text);
  if (digits === null || !/^0[1-9]\d{8}$/.test(digits)) {
    return refused(
      `« ${String(raw).trim()} » n’est pas un numéro de téléphone français : ` +
        `tapez 10 chiffres commençant par 0 (par exemple 02 33 62 30 01) ou +33 suivi de 9 chiffres.`,
    );
  }
  // Ten digits, checked above: « 02 33 62 30 01 ».
  return accepted(`${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)} ${digits.slice(8)}`);
}
