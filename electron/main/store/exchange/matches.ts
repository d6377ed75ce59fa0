import type Database from 'better-sqlite3';
import type { Match } from '../../../../shared/api/exchange';
import { proximity } from '../../../../shared/domain/competencies/proximity';
import { areaFit, areaFits, bestOccupationFit, compareMatches, mayBeShownTo, occupationFits, type OccupationRef } from '../../../../shared/domain/exchange';
import { fail } from '../../errors';
import { currentLevelsOfEveryone } from '../competencies/assessments';
import { gridOfJob } from '../competencies/grids';
import { competencyLabels } from '../competencies/territory-grids';
import { adPlace } from './job-ads';
import { candidateHomes, listCandidates, wishedOccupations } from './candidates';

/** The largest gaps shown beside a candidate: enough to judge, not the whole grid. */
const shownGaps = 3;

/**
 * Who could fill an ad (issue 13 §1): candidates whose wished occupation is the ad's (or a
 * neighbour under the same ROME parent) and whose area takes in the ad's commune, best first;
 * among equals, the closest in competencies to the job's grid (the structure's own, else the
 * reference one) from their latest assessment.
 * Only those whose consent lets the coordinator show them to the ad's structure are proposed; the
 * others are counted, so the coordinator knows whom to ask for consent.
 */
export function matchesForAd(db: Database.Database, adId: number): { matches: Match[]; withoutConsent: number; gridSource: 'employer' | 'reference' | 'none' } {
  const ad = adPlace(db, adId);
  if (ad.occupationId === null) fail('VALIDATION', 'Cette offre n’a pas de métier : choisissez-en un dans l’offre pour trouver des candidats.');
  const job = db.prepare('SELECT id, label, rome_code AS romeCode, rome_parent AS romeParent FROM occupation WHERE id = ?').get(ad.occupationId) as OccupationRef;
  const wishes = wishedOccupations(db);
  const candidates = new Map(listCandidates(db).map((row) => [row.id, row]));
  const grid = gridOfJob(db, job.id, ad.structureId);
  const levelsOf = grid.requirements.length > 0 ? currentLevelsOfEveryone(db) : new Map<number, Map<number, number>>();
  const labels = grid.requirements.length > 0 ? competencyLabels(db) : new Map<number, string>();
  const competenciesOf = (personId: number): Match['competencies'] => {
    const held = levelsOf.get(personId);
    if (!held) return null;
    const { score, gaps } = proximity(held, grid.requirements);
    return { score, assessed: held.size, gaps: gaps.slice(0, shownGaps).map((gap) => ({ ...gap, label: labels.get(gap.competencyId) ?? '' })) };
  };
  const matches: Match[] = [];
  let withoutConsent = 0;
  for (const home of candidateHomes(db)) {
    const occupation = bestOccupationFit(wishes.get(home.id) ?? [], job);
    const area = areaFit(home, home.mobility, ad);
    if (!occupation || !area) continue;
    const candidate = candidates.get(home.id);
    if (!candidate) continue;
    if (!mayBeShownTo(candidate.consentScope, candidate.consentMemberIds, ad.structureId)) {
      withoutConsent += 1;
      continue;
    }
    matches.push({
      candidate,
      occupationFit: occupation.fit,
      areaFit: area,
      reasons: `${occupation.occupation.label} : ${occupationFits[occupation.fit]} ; ${areaFits[area]}`,
      competencies: competenciesOf(home.id),
    });
  }
  matches.sort((a, b) => compareMatches(a, b) || a.candidate.lastName.localeCompare(b.candidate.lastName, 'fr'));
  return { matches, withoutConsent, gridSource: grid.requirements.length > 0 ? grid.source : 'none' };
}
