import type { StructureChanges, StructureInput, StructureRow } from '../../../../shared/api/members';
import { checkFiness } from '../../../../shared/domain/finess';
import { checkSiret } from '../../../../shared/domain/siret';
import { structureFieldLabels, type InterventionField, type Opca, type StructureType } from '../../../../shared/domain/structure';
import { formatDecimal } from '../../../../shared/format/numbers';
import { parseFrenchNumber } from '../../../../shared/format/numbers';

/** What the form holds: text as typed (numbers in French), the commune as picked. */
export type StructureDraft = {
  name: string;
  finessEt: string;
  finessEj: string;
  siret: string;
  type: StructureType | '';
  field: InterventionField | '';
  address: string;
  postcode: string;
  communeCode: string;
  /** Shown beside the picker: "Flers (61100)". */
  communeLabel: string;
  epciName: string;
  opca: Opca | '';
  headcount: string;
  fte: string;
  notes: string;
};
export type DraftField = keyof StructureDraft;
export type FieldErrors = Partial<Record<DraftField, string>>;

export const emptyDraft: StructureDraft = {
  name: '',
  finessEt: '',
  finessEj: '',
  siret: '',
  type: '',
  field: '',
  address: '',
  postcode: '',
  communeCode: '',
  communeLabel: '',
  epciName: '',
  opca: '',
  headcount: '',
  fte: '',
  notes: '',
};

export const draftOf = (row: StructureRow): StructureDraft => ({
  name: row.name,
  finessEt: row.finessEt,
  finessEj: row.finessEj,
  siret: row.siret,
  type: row.type ?? '',
  field: row.field ?? '',
  address: row.address,
  postcode: row.postcode,
  communeCode: row.communeCode,
  communeLabel: row.communeName ? `${row.communeName}${row.postcode ? ` (${row.postcode})` : ''}` : '',
  epciName: row.epciName,
  opca: row.opca ?? '',
  headcount: row.headcount == null ? '' : String(row.headcount),
  fte: row.fte == null ? '' : formatDecimal(row.fte),
  notes: row.notes,
});

/** "12", "1 607" → 1607; '' → null; anything else → undefined (refused). */
export function parseCount(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = parseFrenchNumber(text);
  return value !== null && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function parseFte(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = parseFrenchNumber(text);
  return value !== null && value >= 0 ? value : undefined;
}

export const countMessage = (text: string) => `L’effectif doit être un nombre entier de salariés (par exemple 42), « ${text.trim()} » ne convient pas.`;
export const fteMessage = (text: string) => `Les ETP doivent être un nombre, avec une virgule si besoin (par exemple 12,5), « ${text.trim()} » ne convient pas.`;

/** The checks the page can make before asking: the same shared functions the handler uses. */
export function checkDraft(draft: StructureDraft): { input: StructureInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (draft.name.trim() === '') errors.name = 'Indiquez le nom de la structure.';
  const finessEt = checkFiness(draft.finessEt, 'FINESS établissement');
  if (!finessEt.ok) errors.finessEt = finessEt.message;
  const finessEj = checkFiness(draft.finessEj, 'FINESS entité juridique');
  if (!finessEj.ok) errors.finessEj = finessEj.message;
  const siret = checkSiret(draft.siret);
  if (!siret.ok) errors.siret = siret.message;
  const headcount = parseCount(draft.headcount);
  if (headcount === undefined) errors.headcount = countMessage(draft.headcount);
  const fte = parseFte(draft.fte);
  if (fte === undefined) errors.fte = fteMessage(draft.fte);
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors,
    input: {
      name: draft.name,
      finessEt: draft.finessEt,
      finessEj: draft.finessEj,
      siret: draft.siret,
      type: draft.type || null,
      field: draft.field || null,
      address: draft.address,
      postcode: draft.postcode,
      communeCode: draft.communeCode,
      opca: draft.opca || null,
      headcount: headcount ?? null,
      fte: fte ?? null,
      notes: draft.notes,
    },
  };
}

/** Only what differs from the stored row, for structures.update. */
export function changesBetween(row: StructureRow, input: StructureInput): StructureChanges {
  const changes: StructureChanges = {};
  const before = { ...row } as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && before[key] !== value) (changes as Record<string, unknown>)[key] = value;
  }
  return changes;
}

export const fieldLabels: Record<DraftField, string> = {
  ...structureFieldLabels,
  // The picker shows the commune and its EPCI: a message about either is a message about the commune.
  communeLabel: structureFieldLabels.communeCode,
  epciName: structureFieldLabels.communeCode,
};

/** Which field a server message is about, so it can be shown under that field too. */
export function fieldOfMessage(message: string): DraftField | null {
  if (/SIRET/.test(message)) return 'siret';
  if (/FINESS établissement/.test(message)) return 'finessEt';
  if (/FINESS entité juridique/.test(message)) return 'finessEj';
  if (/code postal/i.test(message)) return 'postcode';
  if (/commune/i.test(message)) return 'communeCode';
  if (/nom de la structure/i.test(message)) return 'name';
  if (/effectif/i.test(message)) return 'headcount';
  if (/ETP/.test(message)) return 'fte';
  return null;
}
