/** Occupation families (DOMAIN.md glossary: `occupationFamily`). Codes in English, labels in French. */
export const occupationFamilies = {
  nonMedicalServices: 'Services non médicaux',
  care: 'Soins',
  educational: 'Éducatif',
  paramedical: 'Paramédical',
  management: 'Encadrement',
  administrative: 'Administratif',
  cateringHospitality: 'Restauration / hôtellerie',
} as const;
export type OccupationFamily = keyof typeof occupationFamilies;

export const occupationFamilyCodes = Object.keys(occupationFamilies) as [OccupationFamily, ...OccupationFamily[]];

export const isOccupationFamily = (value: unknown): value is OccupationFamily =>
  typeof value === 'string' && Object.hasOwn(occupationFamilies, value);
