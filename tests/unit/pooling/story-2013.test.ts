import { describe, expect, it } from 'vitest';
import { analysePooling, proposalPlan, seriesOf, type CddVolume, type PoolingInput } from '../../../shared/domain/pooling';
import { occupations, series, structure } from './fixtures';

/*
 * DOMAIN.md, workflow 2: "In 2013, data from 12 structures showed volumes large enough to pool
 * jobs for non-medical service métiers (agents à domicile, agents de service interne) but not yet
 * for 'moniteurs'." The same reading, with the default settings (1,607 h a year, one person at
 * most 133,9 h a month, candidate from 1 FTE in 2 structures at 75 % occupancy).
 *
 * 12 structures in two EPCIs, 2012–2013 (the need recurs both years):
 * - 4 SAAD: agents à domicile, 60 h a month, 100 h in July and August (holidays);
 * - 6 EHPAD: agents de service interne, 120 h a month for one third of the year each (sick leave
 *   in winter at one, holidays in summer at another, training in autumn at the third);
 * - 2 ESAT: moniteurs d'atelier, a few hours of replacement.
 */
const months2 = (pattern: number[]) => [...pattern, ...pattern];
const third = (start: number) => Array.from({ length: 12 }, (_, m) => (m >= start && m < start + 4 ? 120 : 0));
const saad = [60, 60, 60, 60, 60, 60, 100, 100, 60, 60, 60, 60];

const structures = [
  structure(1, { name: 'SAAD Flers', type: 'saad', field: 'home', epciCode: 'FLERS', epciName: 'Flers Agglo' }),
  structure(2, { name: 'SAAD Athis', type: 'saad', field: 'home', epciCode: 'FLERS', epciName: 'Flers Agglo' }),
  structure(3, { name: 'SAAD Domfront', type: 'saad', field: 'home', epciCode: 'DOMF', epciName: 'CC Domfront Tinchebray' }),
  structure(4, { name: 'SAAD Tinchebray', type: 'saad', field: 'home', epciCode: 'DOMF', epciName: 'CC Domfront Tinchebray' }),
  structure(5, { name: 'EHPAD Flers', epciCode: 'FLERS', epciName: 'Flers Agglo' }),
  structure(6, { name: 'EHPAD La Ferrière', epciCode: 'FLERS', epciName: 'Flers Agglo' }),
  structure(7, { name: 'EHPAD Messei', epciCode: 'FLERS', epciName: 'Flers Agglo' }),
  structure(8, { name: 'EHPAD Domfront', epciCode: 'DOMF', epciName: 'CC Domfront Tinchebray' }),
  structure(9, { name: 'EHPAD Passais', epciCode: 'DOMF', epciName: 'CC Domfront Tinchebray' }),
  structure(10, { name: 'EHPAD Tinchebray', epciCode: 'DOMF', epciName: 'CC Domfront Tinchebray' }),
  structure(11, { name: 'ESAT Flers', type: 'esat', field: 'disability', epciCode: 'FLERS', epciName: 'Flers Agglo' }),
  structure(12, { name: 'ESAT Domfront', type: 'esat', field: 'disability', epciCode: 'DOMF', epciName: 'CC Domfront Tinchebray' }),
];

const volumes: CddVolume[] = [
  ...[1, 2, 3, 4].flatMap((id) => series(id, 'agent-domicile', '2012-01', months2(saad))),
  ...[5, 8].flatMap((id) => series(id, 'agent-service-interne', '2012-01', months2(third(0)))),
  ...[6, 9].flatMap((id) => series(id, 'agent-service-interne', '2012-01', months2(third(4)))),
  ...[7, 10].flatMap((id) => series(id, 'agent-service-interne', '2012-01', months2(third(8)))),
  ...series(11, 'moniteur-atelier', '2012-01', months2([0, 0, 35, 0, 0, 0, 70, 0, 0, 0, 0, 0])),
  ...series(12, 'moniteur-atelier', '2012-01', months2([0, 0, 0, 0, 0, 0, 0, 70, 0, 0, 35, 0])),
];

const input: PoolingInput = { structures, occupations, volumes, period: { from: '2012-01', to: '2013-12' } };

describe('the 2013 story: 12 structures, pooling for agents à domicile and de service interne, not for moniteurs', () => {
  const analysis = analysePooling(input);
  const territory = (key: string) => analysis.occupations.find((a) => a.area.kind === 'territory' && a.subject.kind === 'occupation' && a.subject.occupationKey === key);

  it('finds agents à domicile and agents de service interne candidates, moniteurs d’atelier not', () => {
    // Agents à domicile: 4 × (10 × 60 + 2 × 100) = 3,200 h a year = 1,99 FTE.
    expect(territory('agent-domicile')).toMatchObject({ isCandidate: true, structureCount: 4 });
    expect(territory('agent-domicile')?.combinedFte).toBeCloseTo(3200 / 1607, 10);
    // Agents de service interne: 6 × 4 × 120 = 2,880 h a year = 1,79 FTE.
    expect(territory('agent-service-interne')).toMatchObject({ isCandidate: true, structureCount: 6 });
    expect(territory('agent-service-interne')?.combinedFte).toBeCloseTo(2880 / 1607, 10);
    // Moniteurs: 210 h a year = 0,13 FTE; a pooled position would be idle most months.
    const moniteur = territory('moniteur-atelier');
    expect(moniteur?.isCandidate).toBe(false);
    expect(moniteur?.reasons[0]).toMatch(/^Volume cumulé trop faible : 0,13 ETP/);
    expect(analysis.occupations.filter((a) => a.isCandidate).every((a) => a.subject.kind === 'occupation' && a.subject.occupationKey !== 'moniteur-atelier')).toBe(true);
  });

  it('builds, per EPCI, a position shared by the three EHPAD whose needs come in turn', () => {
    const ehpad = analysis.proposals.filter((p) => p.occupationKey === 'agent-service-interne' && p.isCandidate);
    const best = ehpad.map((p) => p.structures.map((s) => s.structureId));
    expect(best).toContainEqual([5, 6, 7]);
    expect(best).toContainEqual([8, 9, 10]);
    const flers = ehpad.find((p) => p.structures.map((s) => s.structureId).join() === '5,6,7');
    // 120 h every month, nothing unserved: 120 / 133,9 = 89,6 %; the need recurs in 2012 and 2013.
    expect(flers?.occupancy).toBeCloseTo(120 / (1607 / 12), 10);
    expect(flers?.unservedHours).toBe(0);
    expect(flers?.recurrence).toBe('recurring');
    expect(flers?.sentence).toMatch(/^Agent de service : un poste partagé entre EHPAD Flers, EHPAD La Ferrière et EHPAD Messei \(même EPCI\) serait occupé à 90\s%/);
    expect(flers?.sentence).toMatch(/sans heures non couvertes\.$/);
    // January 2012: the person works for EHPAD Flers only.
    expect(proposalPlan(seriesOf(input), 'agent-service-interne', [5, 6, 7])?.[0]?.byStructure).toEqual([
      { structureId: 5, hours: 120 },
      { structureId: 6, hours: 0 },
      { structureId: 7, hours: 0 },
    ]);
  });

  it('builds a position shared by two SAAD of the same EPCI', () => {
    const saadProposals = analysis.proposals.filter((p) => p.occupationKey === 'agent-domicile' && p.isCandidate);
    expect(saadProposals.map((p) => p.structures.map((s) => s.structureId))).toEqual(expect.arrayContaining([[1, 2], [3, 4]]));
    // 2 × 60 = 120 h ten months, 2 × 100 = 200 h capped at 133,9 in July–August:
    // (10 × 120 + 2 × 133,9) / (12 × 133,9) = 91,3 %.
    const pair = saadProposals.find((p) => p.structures.length === 2);
    const cap = 1607 / 12;
    expect(pair?.occupancy).toBeCloseTo((10 * 120 + 2 * cap) / (12 * cap), 10);
  });

  it('proposes no position for the moniteurs', () => {
    expect(analysis.proposals.some((p) => p.occupationKey === 'moniteur-atelier')).toBe(false);
  });

  it('keeps the proposals within one EPCI', () => {
    const epciOf = new Map(structures.map((s) => [s.id, s.epciCode]));
    for (const proposal of analysis.proposals) expect(new Set(proposal.structures.map((s) => epciOf.get(s.structureId))).size).toBe(1);
  });

  it('flags "une seule année de données" when one year only is analysed', () => {
    const candidates = analysePooling({ ...input, period: { from: '2013-01', to: '2013-12' } }).proposals.filter((p) => p.isCandidate);
    expect(candidates.length).toBeGreaterThan(0);
    for (const proposal of candidates) {
      expect(proposal.recurrence).toBe('single-year-data');
      expect(proposal.warnings).toEqual(['Une seule année de données : la récurrence du besoin reste à vérifier.']);
    }
  });
});
