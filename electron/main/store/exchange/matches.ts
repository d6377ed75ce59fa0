import type Database from 'better-sqlite3';
import type { Match } from '../../../../shared/api/exchange';
import { areaFit, areaFits, bestOccupationFit, compareFits, mayBeShownTo, occupationFits, type OccupationRef } from '../../../../shared/domain/exchange';
import { fail } from '../../errors';
import { adPlace } from './job-ads';
import { candidateHomes, getCandidate, wishedOccupations } from './candidates';

/**
 * Who could fill an ad (issue 13 §1): candidates whose wished occupation is the ad's (or a
 * neighbour under the same ROME parent) and whose area takes in the ad's commune, best first.
 * Only those whose consent lets the coordinator show them to the ad's structure are proposed; the
 * others are counted, so the coordinator knows whom to ask for consent.
 */
export function matchesForAd(db: Database.Database, adId: number): { matches: Match[]; withoutConsent: number } {
  const ad = adPlace(db, adId);
  if (ad.occupationId === null) fail('VALIDATION', 'Cette offre n’a pas de métier : choisissez-en un dans l’offre pour trouver des candidats.');
  const job = db.prepare('SELECT id, label, rome_code AS romeCode, rome_parent AS romeParent FROM occupation WHERE id = ?').get(ad.occupationId) as OccupationRef;
  const wishes = wishedOccupations(db);
  const consents = db.prepare('SELECT c.person_id AS id, c.consent_scope AS scope FROM candidate c').all() as { id: number; scope: 'none' | 'allMembers' | 'someMembers' }[];
  const scopeOf = new Map(consents.map((row) => [row.id, row.scope]));
  const named = db.prepare('SELECT structure_id AS id FROM candidate_consent_member WHERE person_id = ?');
  const matches: Match[] = [];
  let withoutConsent = 0;
  for (const home of candidateHomes(db)) {
    const occupation = bestOccupationFit(wishes.get(home.id) ?? [], job);
    const area = areaFit(home, home.mobility, ad);
    if (!occupation || !area) continue;
    const members = (named.all(home.id) as { id: number }[]).map((row) => row.id);
    if (!mayBeShownTo(scopeOf.get(home.id) ?? 'none', members, ad.structureId)) {
      withoutConsent += 1;
      continue;
    }
    const candidate = getCandidate(db, home.id);
    if (!candidate) continue;
    matches.push({
      candidate,
      occupationFit: occupation.fit,
      areaFit: area,
      reasons: `${occupation.occupation.label} : ${occupationFits[occupation.fit]} ; ${areaFits[area]}`,
    });
  }
  matches.sort((a, b) => compareFits(a, b) || a.candidate.lastName.localeCompare(b.candidate.lastName, 'fr'));
  return { matches, withoutConsent };
}
