/** The vocabulary of the exchange among members (DOMAIN.md, workflow 7). Codes in English, labels in French. */

export const contractKinds = {
  cdd: 'CDD',
  cdi: 'CDI',
  replacement: 'CDD de remplacement',
  partTime: 'Temps partiel',
} as const;
export type ContractKind = keyof typeof contractKinds;
export const contractKindCodes = Object.keys(contractKinds) as [ContractKind, ...ContractKind[]];

export const adStatuses = { open: 'Ouverte', filled: 'Pourvue', withdrawn: 'Retirée' } as const;
export type AdStatus = keyof typeof adStatuses;
export const adStatusCodes = Object.keys(adStatuses) as [AdStatus, ...AdStatus[]];

export const mobilities = {
  commune: 'Sa commune seulement',
  epci: 'Son intercommunalité (EPCI)',
  department: 'Son département',
} as const;
export type Mobility = keyof typeof mobilities;
/** The same, inside a sentence: « Flers · travaille dans son intercommunalité ». */
export const mobilityPhrases: Record<Mobility, string> = {
  commune: 'travaille dans sa commune',
  epci: 'travaille dans son intercommunalité',
  department: 'travaille dans son département',
};
export const mobilityCodes = Object.keys(mobilities) as [Mobility, ...Mobility[]];

export const consentScopes = {
  none: 'Pas de consentement',
  allMembers: 'Tous les adhérents',
  someMembers: 'Certains adhérents',
} as const;
export type ConsentScope = keyof typeof consentScopes;
export const consentScopeCodes = Object.keys(consentScopes) as [ConsentScope, ...ConsentScope[]];

export const placeStatuses = { open: 'Disponibles', taken: 'Attribuées', cancelled: 'Annulées' } as const;
export type PlaceStatus = keyof typeof placeStatuses;
export const placeStatusCodes = Object.keys(placeStatuses) as [PlaceStatus, ...PlaceStatus[]];

/** The attachment limit (issue 13 §2). */
export const attachmentMaxBytes = 10 * 1024 * 1024;

/** Where a place is, as the matching compares it. */
export type Place = { communeCode: string; epciCode: string; departmentCode: string };

/** How the ad's place fits the candidate's area, best first; null when it is outside. */
export type AreaFit = 'sameCommune' | 'sameEpci' | 'sameDepartment';
export const areaFits: Record<AreaFit, string> = {
  sameCommune: 'même commune',
  sameEpci: 'même intercommunalité',
  sameDepartment: 'même département',
};

export function areaFit(home: Place, mobility: Mobility, job: Place): AreaFit | null {
  if (!home.communeCode || !job.communeCode) return null;
  if (home.communeCode === job.communeCode) return 'sameCommune';
  if (mobility === 'commune') return null;
  if (home.epciCode && home.epciCode === job.epciCode) return 'sameEpci';
  if (mobility === 'epci') return null;
  if (home.departmentCode && home.departmentCode === job.departmentCode) return 'sameDepartment';
  return null;
}

export type OccupationRef = { id: number; label: string; romeCode: string | null; romeParent: string | null };

/** The same occupation (or ROME code), or a neighbour sharing its ROME parent. */
export type OccupationFit = 'same' | 'neighbour';
export const occupationFits: Record<OccupationFit, string> = { same: 'même métier', neighbour: 'métier voisin' };

export function occupationFit(wished: OccupationRef, job: OccupationRef): OccupationFit | null {
  if (wished.id === job.id || (wished.romeCode && wished.romeCode === job.romeCode)) return 'same';
  const parentOf = (o: OccupationRef) => o.romeParent ?? o.romeCode;
  const a = parentOf(wished);
  if (a && (a === parentOf(job) || a === job.romeCode || wished.romeCode === parentOf(job))) return 'neighbour';
  return null;
}

/** The best of several wished occupations against the job's. */
export function bestOccupationFit(wished: OccupationRef[], job: OccupationRef): { fit: OccupationFit; occupation: OccupationRef } | null {
  let best: { fit: OccupationFit; occupation: OccupationRef } | null = null;
  for (const occupation of wished) {
    const fit = occupationFit(occupation, job);
    if (fit === 'same') return { fit, occupation };
    if (fit && !best) best = { fit, occupation };
  }
  return best;
}

const areaRank: Record<AreaFit, number> = { sameCommune: 0, sameEpci: 1, sameDepartment: 2 };
const occupationRank: Record<OccupationFit, number> = { same: 0, neighbour: 1 };

/** Ranks matches: the occupation first (a neighbour needs training), then nearness. */
export const compareFits = (
  a: { occupationFit: OccupationFit; areaFit: AreaFit },
  b: { occupationFit: OccupationFit; areaFit: AreaFit },
) => occupationRank[a.occupationFit] - occupationRank[b.occupationFit] || areaRank[a.areaFit] - areaRank[b.areaFit];

/**
 * Ranks the candidates for an ad: wishes and area first (a neighbour occupation needs training, a
 * far one a longer trip), then, among equals, the one whose assessed competencies are closest to
 * the job's grid; a candidate not assessed yet comes after the assessed ones of the same rank, since
 * nothing is known of them beyond their wishes.
 */
export const compareMatches = (
  a: { occupationFit: OccupationFit; areaFit: AreaFit; competencies: { score: number } | null },
  b: { occupationFit: OccupationFit; areaFit: AreaFit; competencies: { score: number } | null },
) => compareFits(a, b) || (b.competencies?.score ?? -1) - (a.competencies?.score ?? -1);

/** Whether a candidate's consent lets the coordinator show them to a member (null: to all members at once). */
export function mayBeShownTo(scope: ConsentScope, namedMembers: readonly number[], recipient: number | null): boolean {
  if (scope === 'allMembers') return true;
  if (scope === 'someMembers') return recipient !== null && namedMembers.includes(recipient);
  return false;
}

/** The attachments accepted as a CV, by the type their content shows (issue 13 §2), with what the screen says. */
export const attachmentKinds: Readonly<Record<string, { label: string; extension: string }>> = {
  'application/pdf': { label: 'PDF', extension: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word (DOCX)', extension: 'docx' },
  'application/vnd.oasis.opendocument.text': { label: 'OpenDocument texte (ODT)', extension: 'odt' },
  'image/jpeg': { label: 'image JPEG', extension: 'jpg' },
  'image/png': { label: 'image PNG', extension: 'png' },
  'image/webp': { label: 'image WebP', extension: 'webp' },
  'image/heic': { label: 'image HEIC', extension: 'heic' },
  'image/tiff': { label: 'image TIFF', extension: 'tif' },
};
