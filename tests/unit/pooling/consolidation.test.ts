import { describe, expect, it } from 'vitest';
import { consolidate, drillDown, type PoolingInput } from '../../../shared/domain/pooling';
import { occupations, structure } from './fixtures';

// fteHoursPerYear = 1,200 so that one FTE-month is 100 h and the arithmetic stays readable.
const base: PoolingInput = {
  structures: [
    structure(1, { name: 'EHPAD Les Tilleuls', type: 'ehpad', field: 'elderly', epciCode: 'A' }),
    structure(2, { name: 'SAAD du Bocage', type: 'saad', field: 'home', epciCode: 'A' }),
    structure(3, { name: 'ESAT La Ferme', type: 'esat', field: 'disability', epciCode: 'B' }),
  ],
  occupations,
  period: { from: '2025-01', to: '2025-03' },
  settings: { fteHoursPerYear: 1200 },
  volumes: [
    { structureId: 1, occupationKey: 'agent-service-interne', month: '2025-01', hours: 50, contracts: 2 },
    { structureId: 1, occupationKey: 'agent-service-interne', month: '2025-02', hours: 30, contracts: 1 },
    { structureId: 2, occupationKey: 'agent-service-interne', month: '2025-01', hours: 20, contracts: 1 },
    { structureId: 2, occupationKey: 'agent-service-interne', month: '2025-03', hours: 100 },
    { structureId: 3, occupationKey: 'aide-soignant', month: '2025-02', hours: 60, contracts: 3 },
    { structureId: 1, occupationKey: 'aide-soignant', month: '2025-01', hours: 10, contracts: 1 },
    // Outside the period: not counted, not an error.
    { structureId: 1, occupationKey: 'agent-service-interne', month: '2024-12', hours: 999 },
    // Unknown structure and occupation, negative hours: reported as ignored.
    { structureId: 99, occupationKey: 'agent-service-interne', month: '2025-01', hours: 5 },
    { structureId: 1, occupationKey: 'inconnu', month: '2025-01', hours: 5 },
    { structureId: 1, occupationKey: 'aide-soignant', month: '2025-01', hours: -5 },
  ],
};

describe('consolidation by occupation × month', () => {
  it('sums hours, contracts and FTE with totals (hand-computed)', () => {
    const result = consolidate(base);
    expect(result.months).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(result.hoursPerFte).toBe(1200);

    // Agent de service: Jan 50 + 20 = 70, Feb 30, Mar 100 → 200 h; FTE per month = hours / 100;
    // over the 3 months: 200 / (1200 × 3 / 12) = 200 / 300 = 0,667 FTE.
    const agent = result.occupations.find((o) => o.occupationKey === 'agent-service-interne');
    expect(agent?.byMonth).toEqual([
      { month: '2025-01', hours: 70, fte: 0.7, contracts: 3 },
      { month: '2025-02', hours: 30, fte: 0.3, contracts: 1 },
      { month: '2025-03', hours: 100, fte: 1, contracts: 0 },
    ]);
    expect(agent?.total.hours).toBe(200);
    expect(agent?.total.fte).toBeCloseTo(2 / 3, 10);
    expect(agent?.structureCount).toBe(2);

    // Aide-soignant: Jan 10, Feb 60 → 70 h = 70 / 300 FTE, in 2 structures.
    const care = result.occupations.find((o) => o.occupationKey === 'aide-soignant');
    expect(care?.total).toEqual({ hours: 70, fte: 70 / 300, contracts: 4 });
    expect(care?.structureCount).toBe(2);

    // Largest first.
    expect(result.occupations.map((o) => o.occupationKey)).toEqual(['agent-service-interne', 'aide-soignant']);
    expect(result.families.map((f) => [f.family, f.label, f.total.hours])).toEqual([
      ['nonMedicalServices', 'Services non médicaux', 200],
      ['care', 'Soins', 70],
    ]);

    // Columns: Jan 70 + 10 = 80, Feb 30 + 60 = 90, Mar 100 → 270 h = 0,9 FTE over 3 months.
    expect(result.byMonth.map((m) => m.hours)).toEqual([80, 90, 100]);
    expect(result.total.hours).toBe(270);
    expect(result.total.fte).toBeCloseTo(0.9, 10);
    expect(result.structureCount).toBe(3);
    expect(result.ignoredVolumes).toBe(3);
  });

  it('filters by EPCI, structure type, field and family', () => {
    // EPCI A drops the ESAT: aide-soignant keeps only January's 10 h.
    const inA = consolidate({ ...base, filter: { epciCodes: ['A'] } });
    expect(inA.occupations.find((o) => o.occupationKey === 'aide-soignant')?.total.hours).toBe(10);
    expect(inA.total.hours).toBe(210);
    expect(inA.structureCount).toBe(2);

    expect(consolidate({ ...base, filter: { structureTypes: ['esat'] } }).total.hours).toBe(60);
    expect(consolidate({ ...base, filter: { fields: ['home'] } }).total.hours).toBe(120);
    const careOnly = consolidate({ ...base, filter: { families: ['care'] } });
    expect(careOnly.occupations.map((o) => o.occupationKey)).toEqual(['aide-soignant']);
    expect(careOnly.families.map((f) => f.family)).toEqual(['care']);
  });

  it('narrows the period: FTE is over the months of the period', () => {
    // March only: 100 h = 1 FTE for that month.
    const march = consolidate({ ...base, period: { from: '2025-03', to: '2025-03' } });
    expect(march.total).toEqual({ hours: 100, fte: 1, contracts: 0 });
  });

  it('is empty, not broken, for a reversed period or no data', () => {
    expect(consolidate({ ...base, period: { from: '2025-03', to: '2025-01' } }).months).toEqual([]);
    const empty = consolidate({ ...base, volumes: [] });
    expect(empty.occupations).toEqual([]);
    expect(empty.total).toEqual({ hours: 0, fte: 0, contracts: 0 });
  });

  it('drills down to the structures behind a cell, a row or a column', () => {
    expect(drillDown(base, { occupationKey: 'agent-service-interne', month: '2025-01' })).toEqual([
      { structureId: 1, name: 'EHPAD Les Tilleuls', epciCode: 'A', hours: 50, fte: 0.5, contracts: 2 },
      { structureId: 2, name: 'SAAD du Bocage', epciCode: 'A', hours: 20, fte: 0.2, contracts: 1 },
    ]);
    // Row total of aide-soignant over 3 months: ESAT 60 h, EHPAD 10 h.
    expect(drillDown(base, { occupationKey: 'aide-soignant' }).map((l) => [l.structureId, l.hours, l.fte])).toEqual([
      [3, 60, 60 / 300],
      [1, 10, 10 / 300],
    ]);
    // Column of February, all occupations: ESAT 60, EHPAD 30.
    expect(drillDown(base, { month: '2025-02' }).map((l) => [l.structureId, l.hours])).toEqual([
      [3, 60],
      [1, 30],
    ]);
    expect(drillDown(base, { family: 'nonMedicalServices', month: '2025-03' }).map((l) => l.structureId)).toEqual([2]);
    expect(drillDown(base, { month: '2030-01' })).toEqual([]);
  });
});
