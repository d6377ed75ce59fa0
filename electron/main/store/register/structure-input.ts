import { structureInputSchema, type Commune, type StructureInput } from '../../../../shared/api/members';
import { plainStructureInput } from '../../../../shared/api/plain-input';
import type { InterventionField, Opca, StructureType } from '../../../../shared/domain/structure';
import { checkFiness, finessDepartmentPrefix, finessKeyWarning, isFinessInDepartment } from '../../../../shared/domain/finess';
import { checkSiret } from '../../../../shared/domain/siret';
import * as directory from '../../reference/communes';

/** A structure as stored: checked, normalised, with the commune's name, department and EPCI filled in. */
export type StructureValue = {
  name: string;
  finessEt: string;
  finessEj: string;
  siret: string;
  type: StructureType | null;
  field: InterventionField | null;
  address: string;
  postcode: string;
  communeCode: string;
  communeName: string;
  departmentCode: string;
  epciCode: string;
  epciName: string;
  opca: Opca | null;
  headcount: number | null;
  fte: number | null;
  notes: string;
};

/** `field` is a key of StructureInput, so a form or an import report can point at the cell. */
export type FieldIssue = { field: string; message: string };
export type NormalizedStructure = { value: StructureValue; errors: FieldIssue[]; warnings: FieldIssue[] };

/** The directory lookups the checks need; tests and imports may pass their own. */
export type RegisterLookups = {
  findCommune(code: string): Commune | null;
  successorOf(code: string): Commune | null;
  communesWithPostcode(postcode: string): Commune[];
  departmentName(code: string): string | null;
  /** "dans l’Orne (61)" */
  inDepartment(code: string): string;
};

export const directoryLookups: RegisterLookups = {
  findCommune: directory.findCommune,
  successorOf: directory.successorOf,
  communesWithPostcode: directory.communesWithPostcode,
  departmentName: (code) => directory.findDepartment(code)?.name ?? null,
  inDepartment: directory.inDepartment,
};

const emptyValue: StructureValue = {
  name: '',
  finessEt: '',
  finessEj: '',
  siret: '',
  type: null,
  field: null,
  address: '',
  postcode: '',
  communeCode: '',
  communeName: '',
  departmentCode: '',
  epciCode: '',
  epciName: '',
  opca: null,
  headcount: null,
  fte: null,
  notes: '',
};

// A spreadsheet that stored a code as a number drops its leading 0 ("1400" for 01400).
const restoreLeadingZero = (code: string) => (/^\d{4}$/.test(code) ? `0${code}` : code);

function resolveCommune(
  rawCode: string,
  postcode: string,
  lookups: RegisterLookups,
  issues: { errors: FieldIssue[]; warnings: FieldIssue[] },
): Commune | null {
  const code = restoreLeadingZero(rawCode.trim().toUpperCase());
  if (code === '') {
    // The postcode alone is enough when it serves a single commune.
    const only = postcode ? lookups.communesWithPostcode(postcode) : [];
    return only.length === 1 ? (only[0] ?? null) : null;
  }
  const commune = lookups.findCommune(code);
  if (commune) return commune;
  // A postcode in the commune column is the usual slip; it wins over a former code it may also be
  // (75015 was a commune of the Seine before 1968).
  const servedByPostcode = lookups.communesWithPostcode(code);
  const successor = servedByPostcode.length === 0 ? lookups.successorOf(code) : null;
  if (successor) {
    issues.warnings.push({
      field: 'communeCode',
      message: `Le code commune ${code} est celui d’une ancienne commune, aujourd’hui ${successor.name} (${successor.code}) : c’est elle qui a été retenue.`,
    });
    return successor;
  }
  const hint =
    servedByPostcode.length > 0
      ? ` « ${code} » est un code postal, pas un code INSEE : ${servedByPostcode.map((c) => `${c.name} (${c.code})`).join(', ')}.`
      : ' Choisissez la commune dans la liste, ou tapez son code INSEE à 5 caractères (par exemple 61169 pour Flers).';
  issues.errors.push({ field: 'communeCode', message: `Aucune commune n’a le code INSEE « ${rawCode.trim()} ».${hint}` });
  return null;
}

/**
 * Checks and normalises what a person (or an import row) gives for a structure: FINESS, SIRET,
 * postcode, commune (name, department and EPCI derived from its INSEE code). Duplicates are not
 * checked here: they need the database (see structures.ts).
 */
export function normalizeStructureInput(
  input: StructureInput,
  lookups: RegisterLookups = directoryLookups,
  /** The FINESS extract is the registry itself: its numbers are real whatever their key. */
  options: { isFinessFromRegistry?: boolean } = {},
): NormalizedStructure {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  let data = plainStructureInput(input);
  if (!data) {
    const parsed = structureInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ field: String(issue.path[0] ?? 'name'), message: issue.message });
      return { value: { ...emptyValue, name: typeof input.name === 'string' ? input.name.trim() : '' }, errors, warnings };
    }
    data = parsed.data;
  }
  const value: StructureValue = { ...emptyValue, ...data, communeCode: '' };

  const finessEt = checkFiness(data.finessEt, 'FINESS établissement');
  if (finessEt.ok) value.finessEt = finessEt.value;
  else errors.push({ field: 'finessEt', message: finessEt.message });
  const finessEj = checkFiness(data.finessEj, 'FINESS entité juridique');
  if (finessEj.ok) value.finessEj = finessEj.value;
  else errors.push({ field: 'finessEj', message: finessEj.message });
  if (!options.isFinessFromRegistry) {
    for (const [field, label] of [['finessEt', 'FINESS établissement'], ['finessEj', 'FINESS entité juridique']] as const) {
      const warning = finessKeyWarning(value[field], label);
      if (warning) warnings.push({ field, message: warning });
    }
  }
  const siret = checkSiret(data.siret);
  if (siret.ok) value.siret = siret.value;
  else errors.push({ field: 'siret', message: siret.message });

  const postcode = restoreLeadingZero(data.postcode.replace(/\s/g, ''));
  if (postcode !== '' && !/^\d{5}$/.test(postcode)) {
    errors.push({ field: 'postcode', message: `Le code postal doit compter 5 chiffres, « ${data.postcode} » ne convient pas (par exemple 61100).` });
  } else {
    value.postcode = postcode;
  }

  const commune = resolveCommune(data.communeCode, value.postcode, lookups, { errors, warnings });
  if (commune) {
    Object.assign(value, {
      communeCode: commune.code,
      communeName: commune.name,
      departmentCode: commune.departmentCode,
      epciCode: commune.epciCode,
      epciName: commune.epciName,
    });
    if (value.postcode === '' && commune.postcodes.length === 1) value.postcode = commune.postcodes[0] ?? '';
    else if (value.postcode === '' && commune.postcodes.length > 1) {
      // Never left blank without a word: the export and the letters need it.
      warnings.push({
        field: 'postcode',
        message: `${commune.name} a plusieurs codes postaux (${commune.postcodes.join(', ')}) : indiquez celui de l’adresse.`,
      });
    } else if (value.postcode !== '' && commune.postcodes.length > 0 && !commune.postcodes.includes(value.postcode)) {
      warnings.push({
        field: 'postcode',
        message: `Le code postal ${value.postcode} n’est pas celui de ${commune.name} (${commune.postcodes.join(', ')}) : vérifiez.`,
      });
    }
  }

  if (value.finessEt && value.departmentCode && !isFinessInDepartment(value.finessEt, value.departmentCode)) {
    const prefix = finessDepartmentPrefix(value.finessEt);
    const named = prefix === '97' || prefix === '98' ? 'outre-mer' : (lookups.departmentName(prefix) ?? 'département inconnu');
    warnings.push({
      field: 'finessEt',
      message: `Le FINESS commence par ${prefix} (${named}) mais la commune est ${lookups.inDepartment(value.departmentCode)} : vérifiez.`,
    });
  }
  return { value, errors, warnings };
}

/** The editable fields of a stored value, as input again: for a partial update merged over the row. */
export function inputOf(value: StructureValue): Required<StructureInput> {
  const { communeName: _n, departmentCode: _d, epciCode: _c, epciName: _e, ...input } = value;
  return input;
}
