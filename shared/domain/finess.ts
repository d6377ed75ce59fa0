import { accepted, refused, stripSeparators, type Checked } from './check';

/**
 * A FINESS number is 9 characters; the first two are the department (01–95, 2A/2B for Corsica,
 * 97/98 for overseas, whose third digit is not the department's). The last digit is a key, but its
 * rule is not published with the extract and the sample extract's numbers do not pass Luhn:
 * refusing on it could block real imports, so it is not checked.
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
      `Le ${label} doit compter 9 caractères, « ${raw.trim()} » en compte ${finess.length} (par exemple 610000101).${lostZero}`,
    );
  }
  if (!/^(\d{2}|2[AB])\d{7}$/.test(finess)) {
    return refused(`Le ${label} « ${raw.trim()} » ne doit contenir que des chiffres (ou 2A/2B au début pour la Corse).`);
  }
  if (!finessPattern.test(finess)) {
    return refused(
      `Le ${label} « ${raw.trim()} » doit commencer par un numéro de département (01 à 95, 2A, 2B, 97 ou 98), ` +
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
