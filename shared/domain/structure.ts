/** The vocabulary of the member register (DOMAIN.md, workflow 1). Codes in English, labels in French. */

export const structureTypes = {
  ehpad: 'EHPAD',
  saad: 'SAAD (aide à domicile)',
  ssiad: 'SSIAD (soins infirmiers à domicile)',
  nursingCentre: 'Centre de santé infirmier',
  siae: 'SIAE (insertion)',
  esat: 'ESAT',
  ime: 'IME',
  marpa: 'MARPA',
  cmpr: 'CMPR',
  hospital: 'Hôpital',
  liberalProfessional: 'Professionnel de santé libéral',
  other: 'Autre',
} as const;
export type StructureType = keyof typeof structureTypes;

export const interventionFields = {
  elderly: 'Personnes âgées',
  disability: 'Handicap',
  integration: 'Insertion',
  home: 'Domicile',
  health: 'Sanitaire',
} as const;
export type InterventionField = keyof typeof interventionFields;

export const opcas = {
  unifaf: 'Unifaf (OPCO Santé)',
  uniformation: 'Uniformation (OPCO Cohésion sociale)',
  other: 'Autre OPCO',
} as const;
export type Opca = keyof typeof opcas;

export const contactRoles = {
  president: 'Président(e)',
  director: 'Directeur / directrice',
  hr: 'DRH / RH',
  other: 'Autre',
} as const;
export type ContactRole = keyof typeof contactRoles;

const keysOf = <T extends Record<string, string>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
export const structureTypeCodes = keysOf(structureTypes);
export const interventionFieldCodes = keysOf(interventionFields);
export const opcaCodes = keysOf(opcas);
export const contactRoleCodes = keysOf(contactRoles);

/** The French name of each field a coordinator types for a structure: forms, previews, mappings say it the same way. */
export const structureFieldLabels = {
  name: 'Nom de la structure',
  finessEt: 'FINESS établissement',
  finessEj: 'FINESS entité juridique',
  siret: 'SIRET',
  type: 'Type de structure',
  field: 'Champ d’intervention',
  address: 'Adresse',
  postcode: 'Code postal',
  communeCode: 'Commune',
  opca: 'OPCA / OPCO',
  headcount: 'Effectif',
  fte: 'ETP',
  notes: 'Remarques',
} as const;
export type StructureField = keyof typeof structureFieldLabels;
