import { accepted, refused, stripSeparators, type Checked } from './check';

/** La Poste's establishments all share this SIREN; there are too many of them for the Luhn key. */
export const laPosteSiren = '356000000';

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const digitSum = (digits: string) => [...digits].reduce((sum, digit) => sum + Number(digit), 0);

/**
 * INSEE's rule: the 14 digits pass the Luhn check, except La Poste's SIRETs (SIREN 356000000),
 * whose digits must add up to a multiple of 5 (its head office, 35600000000048, passes Luhn).
 */
export function isSiretKeyValid(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (isLuhnValid(siret)) return true;
  return siret.startsWith(laPosteSiren) && digitSum(siret) % 5 === 0;
}

export const normalizeSiret = (raw: string) => stripSeparators(raw.trim());

/** An empty SIRET is accepted (not every partner has one at hand); anything else must be a valid one. */
export function checkSiret(raw: string): Checked<string> {
  const siret = normalizeSiret(raw);
  if (siret === '') return accepted('');
  if (!/^\d+$/.test(siret)) {
    return refused(`Le SIRET « ${raw.trim()} » ne doit contenir que des chiffres (14 chiffres, espaces permis).`);
  }
  if (siret.length !== 14) {
    return refused(
      `Le SIRET doit compter 14 chiffres, « ${raw.trim()} » en compte ${siret.length} : ` +
        `recopiez-le depuis l’avis de situation Insee (9 chiffres du SIREN puis 5 du NIC).`,
    );
  }
  if (!isSiretKeyValid(siret)) {
    return refused(
      `Le SIRET ${formatSiret(siret)} n’existe pas (sa clé de contrôle est fausse) : ` +
        `un chiffre a sans doute été mal recopié ou inversé, vérifiez-le.`,
    );
  }
  return accepted(siret);
}

/** "732 829 320 00074": SIREN in groups of three, then the NIC. */
export const formatSiret = (siret: string) =>
  /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
