import { describe, expect, it } from 'vitest';
import { analysePooling, assignMonth, proposalPlan, seriesOf, type PoolingInput } from '../../../shared/domain/pooling';
import { NBSP, occupations, percent, repeat, series, structure } from './fixtures';

// fteHoursPerYear = 1,200 → one person works at most 100 h a month.
const settings = { fteHoursPerYear: 1200 };

describe('how a pooled person splits a month', () => {
  it('serves every need when they fit in the month', () => {
    // 40 + 50 = 90 ≤ 100: all served, 10 h of the person's month unused (occupancy 0,9).
    expect(assignMonth('2025-01', [{ structureId: 1, hours: 40 }, { structureId: 2, hours: 50 }], 100)).toEqual({
      month: '2025-01',
      byStructure: [{ structureId: 1, hours: 40 }, { structureId: 2, hours: 50 }],
      demandHours: 90,
      servedHours: 90,
      unservedHours: 0,
      occupancy: 0.9,
    });
  });

  it('goes to the largest need first when needs coincide', () => {
    // 60 + 90 = 150 > 100: structure 2 (90 h) first, then 10 h for structure 1; 50 h left to CDDs.
    expect(assignMonth('2025-01', [{ structureId: 1, hours: 60 }, { structureId: 2, hours: 90 }, { structureId: 3, hours: 0 }], 100)).toEqual({
      month: '2025-01',
      byStructure: [{ structureId: 1, hours: 10 }, { structureId: 2, hours: 90 }, { structureId: 3, hours: 0 }],
      demandHours: 150,
      servedHours: 100,
      unservedHours: 50,
      occupancy: 1,
    });
  });
});

describe('concrete pooled positions', () => {
  // A needs 100 h a month from January to June; B needs 80 h from July to December, 120 h in August.
  // C, in another EPCI, needs the same as B but cannot join them.
  const input: PoolingInput = {
    structures: [
      structure(1, { name: 'EHPAD A', epciCode: 'E1', epciName: 'CC du Bocage' }),
      structure(2, { name: 'SAAD B', type: 'saad', field: 'home', epciCode: 'E1', epciName: 'CC du Bocage' }),
      structure(3, { name: 'EHPAD C', epciCode: 'E2', epciName: 'CC Domfrontais' }),
    ],
    occupations,
    period: { from: '2025-01', to: '2025-12' },
    settings,
    volumes: [
      ...series(1, 'agent-service-interne', '2025-01', [...repeat(6, 100), ...repeat(6, 0)]),
      ...series(2, 'agent-service-interne', '2025-01', [...repeat(6, 0), 80, 120, 80, 80, 80, 80]),
      ...series(3, 'agent-service-interne', '2025-01', [...repeat(6, 0), 80, 120, 80, 80, 80, 80]),
    ],
  };

  it('proposes A + B month by month, with the overlap of August (hand-computed)', () => {
    const analysis = analysePooling(input);
    const [proposal, ...others] = analysis.proposals;
    expect(others).toEqual([]);
    expect(proposal?.structures.map((s) => [s.structureId, s.hours])).toEqual([
      // A: 6 × 100 = 600 h; B: 5 × 80 + 100 (August, capped) = 500 h.
      [1, 600],
      [2, 500],
    ]);
    expect(proposal?.area).toEqual({ kind: 'epci', epciCode: 'E1', epciName: 'CC du Bocage' });
    // Served: 600 + 500 = 1,100 of 100 × 12 = 1,200 paid → 91,7 %; demand 600 + 520 = 1,120; 20 h left in August.
    expect(proposal?.servedHours).toBe(1100);
    expect(proposal?.demandHours).toBe(1120);
    expect(proposal?.unservedHours).toBe(20);
    expect(proposal?.occupancy).toBeCloseTo(1100 / 1200, 12);
    const plan = proposalPlan(seriesOf(input), 'agent-service-interne', [1, 2]) ?? [];
    const august = plan.find((m) => m.month === '2025-08');
    expect(august).toEqual({ month: '2025-08', byStructure: [{ structureId: 1, hours: 0 }, { structureId: 2, hours: 100 }], demandHours: 120, servedHours: 100, unservedHours: 20, occupancy: 1 });
    expect(plan.find((m) => m.month === '2025-07')?.occupancy).toBe(0.8);
    expect(proposal?.monthsWithUnservedHours).toBe(1);
    expect(proposal?.worstUnservedMonth).toEqual({ month: '2025-08', hours: 20 });
    // score = occupancy × (1 − overlap / 2) = 0,9167 × (1 − (20 / 1120) / 2)
    expect(proposal?.score).toBeCloseTo((1100 / 1200) * (1 - 20 / 1120 / 2), 12);
    expect(proposal?.isCandidate).toBe(true);
    // Twelve months only: recurrence cannot be checked, the coordinator is told.
    expect(proposal?.recurrence).toBe('single-year-data');
    expect(proposal?.warnings).toEqual(['Une seule année de données : la récurrence du besoin reste à vérifier.']);
    expect(proposal?.sentence).toBe(
      `Agent de service : un poste partagé entre EHPAD A et SAAD B (même EPCI) serait occupé à ${percent(0.92)} sur 12${NBSP}mois, avec 20,0${NBSP}h non couvertes en août.`,
    );
  });

  it('crosses EPCI borders only within the distance the user set', () => {
    const km = (a: { id: number }, b: { id: number }) => (a.id + b.id === 4 ? 12 : 40); // A–C 12 km, others 40 km
    const near = analysePooling({ ...input, settings: { ...settings, maxDistanceKm: 15 }, distanceKm: km });
    expect(near.proposals.map((p) => p.structures.map((s) => s.structureId))).toEqual([[1, 3]]);
    expect(near.proposals[0]?.area).toEqual({ kind: 'distance', maxDistanceKm: 15 });
    expect(near.proposals[0]?.maxDistanceKm).toBe(12);
    expect(near.proposals[0]?.sentence).toContain(`(à 12${NBSP}km au plus l’une de l’autre)`);
    const far = analysePooling({ ...input, settings: { ...settings, maxDistanceKm: 50 }, distanceKm: km });
    // A+B, A+C and A+B+C; B and C need the same months, so B+C would be busy 50 % only and is not proposed.
    expect(far.proposals.map((p) => p.structures.map((s) => s.structureId).join('+')).sort()).toEqual(['1+2', '1+2+3', '1+3']);
    expect(far.proposals[2]?.structures.length).toBe(3);
  });

  it('checks that each need recurs when the data covers two years', () => {
    // 2024–2025: A needs every first half-year, B only in 2024 (a one-off replacement).
    const twoYears: PoolingInput = {
      ...input,
      // (1,200 + 540) / 2,400 = 72,5 % occupancy: lower the threshold so the recurrence check is what decides.
      settings: { ...settings, minOccupancy: 0.5 },
      period: { from: '2024-01', to: '2025-12' },
      volumes: [
        ...series(1, 'agent-service-interne', '2024-01', [...repeat(6, 100), ...repeat(6, 0), ...repeat(6, 100), ...repeat(6, 0)]),
        ...series(2, 'agent-service-interne', '2024-01', [...repeat(6, 0), ...repeat(6, 90), ...repeat(12, 0)]),
      ],
    };
    // 1,740 h over 24 months is 0,7 FTE, under the 1 FTE threshold: ask for its proposals explicitly.
    const proposal = analysePooling(twoYears, { proposalsFor: ['agent-service-interne'] }).proposals[0];
    expect(proposal?.structures.map((s) => s.recurrence)).toEqual([
      { status: 'recurring', years: ['2024', '2025'] },
      { status: 'one-off', years: ['2024'] },
    ]);
    expect(proposal?.recurrence).toBe('one-off');
    expect(proposal?.isCandidate).toBe(false);
    expect(proposal?.reasons).toContain('Besoin ponctuel (une seule année sur les données) : SAAD B.');
  });

  it('does not call it a shared position when one structure would almost never get the person', () => {
    // A needs 150 h every month: the person would always be at A, B's 10 h would never be served.
    const lopsided = analysePooling({
      ...input,
      volumes: [...series(1, 'agent-service-interne', '2025-01', repeat(12, 150)), ...series(2, 'agent-service-interne', '2025-01', repeat(12, 10))],
    });
    const proposal = lopsided.proposals[0];
    expect(proposal?.isCandidate).toBe(false);
    expect(proposal?.reasons.join(' ')).toMatch(/SAAD B n’aurait presque jamais la personne/);
  });

  it('proposes nothing for an occupation that is not a candidate', () => {
    const small = analysePooling({ ...input, volumes: series(1, 'moniteur-atelier', '2025-01', [10, 10]) });
    expect(small.proposals).toEqual([]);
    expect(analysePooling(input, { proposalsFor: [] }).proposals).toEqual([]);
  });
});
