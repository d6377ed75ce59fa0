import { formatPercent } from '../../format/numbers';
import type { PoolingAnalysis } from './types';

/**
 * Why a candidate occupation got no concrete 2–3-structure position, and what to change (issue 7,
 * section 2): the constraint that stopped it, from what the analysis already holds.
 * - distance: its structures are in different EPCIs (no distance set) or farther apart than the distance;
 * - overlap or volume: structures close enough exist, but no 2 or 3 of them keep one person busy enough.
 */
export function whyNoProposal(analysis: Pick<PoolingAnalysis, 'occupations' | 'settings'>, occupationKey: string): string {
  const own = analysis.occupations.filter((a) => a.subject.kind === 'occupation' && a.subject.occupationKey === occupationKey);
  const total = own.find((a) => a.area.kind === 'territory') ?? own[0];
  const structures = total?.structureCount ?? 0;
  const { maxDistanceKm, minOccupancy } = analysis.settings;
  if (structures < 2) return 'Une seule structure déclare ce métier : un poste partagé demande au moins deux structures.';
  const sharesAnEpci = own.some((a) => a.area.kind === 'epci' && a.structureCount >= 2);
  if (maxDistanceKm !== null && !sharesAnEpci)
    return `Aucune structure n’en a une autre à moins de ${maxDistanceKm}\u00a0km (contrainte de distance) : augmentez la distance maximale entre structures.`;
  if (maxDistanceKm === null && !sharesAnEpci)
    return 'Les structures de ce métier sont toutes dans des EPCI différents (contrainte de proximité) : indiquez une distance maximale entre structures, par exemple 20\u00a0km, pour les rapprocher.';
  return (
    `À deux ou trois structures proches, aucun poste n’atteint ${formatPercent(minOccupancy)} d’occupation : leurs besoins tombent les mêmes mois (chevauchement) ` +
    'ou restent trop faibles, ou trop peu récurrents. Baissez l’occupation minimum, élargissez la distance, ou attendez une autre année de données.'
  );
}
