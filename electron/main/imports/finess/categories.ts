import type { InterventionField, StructureType } from '../../../../shared/domain/structure';

// FINESS establishment categories (nomenclature "catégorie d'établissement", field 18 of the
// extract) that match a type of the register. Anything else is recorded as 'other'.
const typeByCategory: Record<string, StructureType> = {
  '500': 'ehpad', // Etablissement d'hébergement pour personnes âgées dépendantes
  '460': 'saad', // Service d'aide et d'accompagnement à domicile
  '209': 'saad', // SPASAD (service polyvalent d'aide et de soins à domicile)
  '354': 'ssiad', // Service de soins infirmiers à domicile
  '246': 'esat', // Etablissement et service d'aide par le travail
  '183': 'ime', // Institut médico-éducatif
  '101': 'hospital', // Centre hospitalier régional
  '106': 'hospital', // Centre hospitalier (ex hôpital local)
  '109': 'hospital', // Etablissement de santé privé autorisé en SSR
  '114': 'hospital', // Hôpital des armées
  '122': 'hospital', // Etablissement de soins obstétriques, chirurgicaux et médicaux
  '128': 'hospital', // Etablissement de soins chirurgicaux
  '129': 'hospital', // Etablissement de soins médicaux
  '292': 'hospital', // Centre hospitalier spécialisé en psychiatrie
  '355': 'hospital', // Centre hospitalier
  '362': 'hospital', // Etablissement de soins de longue durée
  '365': 'hospital', // Etablissement de soins pluridisciplinaire
};

/**
 * A MARPA is a "résidence autonomie" (202) for FINESS, a CMPR an SSR establishment, a nursing
 * centre a "centre de santé" (124): only their name tells them apart.
 */
export function structureTypeOf(categoryCode: string, name: string): StructureType {
  const upper = name.toUpperCase();
  if (/\bMARPA\b/.test(upper)) return 'marpa';
  if (/\bCMPR\b|M[EÉ]DECINE PHYSIQUE/.test(upper)) return 'cmpr';
  if (categoryCode === '124' && /INFIRMI/.test(upper)) return 'nursingCentre';
  return typeByCategory[categoryCode] ?? 'other';
}

/** From the type first (home services), then from the aggregate category (field 20). */
export function interventionFieldOf(type: StructureType, aggregateCode: string): InterventionField | null {
  if (type === 'saad' || type === 'ssiad') return 'home';
  if (type === 'ehpad' || type === 'marpa') return 'elderly';
  if (type === 'esat' || type === 'ime') return 'disability';
  if (type === 'hospital' || type === 'cmpr' || type === 'nursingCentre') return 'health';
  // 41xx/43xx: children's and adults' disability; 44xx: the elderly; 1xxx: health establishments.
  if (/^4[13]/.test(aggregateCode)) return 'disability';
  if (/^44/.test(aggregateCode)) return 'elderly';
  if (/^1/.test(aggregateCode)) return 'health';
  return null;
}
