import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analysePooling,
  consolidate,
  drillDown,
  monthsOfPeriod,
  occupancyOfPositions,
  positionsTable,
  proposalPlan,
  recurrenceOf,
  seriesOf,
  type CddVolume,
  type PoolingInput,
} from '../../../shared/domain/pooling';
import { occupations, structure } from './fixtures';

const hours = fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true });
const demand = fc.array(hours, { minLength: 1, maxLength: 36 });
const cap = fc.double({ min: 1, max: 300, noNaN: true, noDefaultInfinity: true });
const positions = fc.integer({ min: 1, max: 12 });

const period = { from: '2024-01', to: '2025-12' };
const months = monthsOfPeriod(period);
const structures = Array.from({ length: 8 }, (_, i) => structure(i + 1, { epciCode: i < 5 ? 'E1' : 'E2', type: i % 2 ? 'saad' : 'ehpad' }));

/** Random CDD rows, some outside the period, some naming a structure the file does not have. */
const volumes = fc.array(
  fc.record({
    structureId: fc.integer({ min: 1, max: 9 }),
    occupationKey: fc.constantFrom(...occupations.map((o) => o.key)),
    month: fc.constantFrom(...months, '2023-12'),
    hours: fc.double({ min: 0, max: 400, noNaN: true, noDefaultInfinity: true }),
    contracts: fc.integer({ min: 0, max: 5 }),
  }),
  { maxLength: 200 },
) satisfies fc.Arbitrary<CddVolume[]>;

const inputOf = (rows: CddVolume[]): PoolingInput => ({ structures, occupations, period, volumes: rows, settings: { fteHoursPerYear: 1200 } });

describe('occupancy of k pooled positions (properties)', () => {
  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(demand, positions, cap, (d, k, c) => {
        const { occupancy } = occupancyOfPositions(d, k, c);
        expect(occupancy).toBeGreaterThanOrEqual(0);
        expect(occupancy).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never drops when demand is added', () => {
    fc.assert(
      fc.property(demand, fc.array(hours, { minLength: 36, maxLength: 36 }), positions, cap, (d, extra, k, c) => {
        const more = d.map((value, i) => value + (extra[i] ?? 0));
        expect(occupancyOfPositions(more, k, c).occupancy).toBeGreaterThanOrEqual(occupancyOfPositions(d, k, c).occupancy - 1e-12);
      }),
    );
  });

  it('never serves fewer hours with more positions, and never more than the demand', () => {
    fc.assert(
      fc.property(demand, positions, cap, (d, k, c) => {
        const fewer = occupancyOfPositions(d, k, c);
        const more = occupancyOfPositions(d, k + 1, c);
        expect(more.servedHours).toBeGreaterThanOrEqual(fewer.servedHours - 1e-9);
        expect(more.servedHours).toBeLessThanOrEqual(d.reduce((a, b) => a + b, 0) + 1e-6);
        expect(fewer.servedHours + fewer.unservedHours).toBeCloseTo(d.reduce((a, b) => a + b, 0), 6);
      }),
    );
  });

  it('lists k = 1..n with non-increasing occupancy (the last useful position is the least busy)', () => {
    fc.assert(
      fc.property(demand, cap, (d, c) => {
        const table = positionsTable(d, c, 20);
        table.forEach((row, i) => expect(row.positions).toBe(i + 1));
        for (let i = 1; i < table.length; i += 1) expect(table[i]?.occupancy ?? 0).toBeLessThanOrEqual((table[i - 1]?.occupancy ?? 0) + 1e-12);
      }),
    );
  });
});

describe('consolidation (properties)', () => {
  it('totals equal the sum of the parts, and the rows kept', () => {
    fc.assert(
      fc.property(volumes, (rows) => {
        const result = consolidate(inputOf(rows));
        const counted = rows.filter((r) => r.structureId <= 8 && months.includes(r.month));
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(result.total.hours).toBeCloseTo(sum(counted.map((r) => r.hours)), 6);
        expect(result.total.contracts).toBe(sum(counted.map((r) => r.contracts ?? 0)));
        expect(result.total.hours).toBeCloseTo(sum(result.occupations.map((o) => o.total.hours)), 6);
        expect(result.total.hours).toBeCloseTo(sum(result.families.map((f) => f.total.hours)), 6);
        expect(result.total.hours).toBeCloseTo(sum(result.byMonth.map((m) => m.hours)), 6);
        expect(result.total.fte).toBeCloseTo(sum(result.occupations.map((o) => o.total.fte)), 9);
        for (const occupation of result.occupations) {
          expect(occupation.total.hours).toBeCloseTo(sum(occupation.byMonth.map((m) => m.hours)), 6);
          // FTE over the period = mean of the monthly FTE.
          expect(occupation.total.fte).toBeCloseTo(sum(occupation.byMonth.map((m) => m.fte)) / months.length, 9);
        }
        result.byMonth.forEach((column, i) => expect(column.hours).toBeCloseTo(sum(result.occupations.map((o) => o.byMonth[i]?.hours ?? 0)), 6));
        expect(result.ignoredVolumes).toBe(rows.filter((r) => r.structureId > 8).length);
      }),
      { numRuns: 60 },
    );
  });

  it('a drill-down adds up to its cell', () => {
    fc.assert(
      fc.property(volumes, fc.constantFrom(...months), (rows, month) => {
        const input = inputOf(rows);
        const result = consolidate(input);
        for (const occupation of result.occupations) {
          const cell = occupation.byMonth.find((m) => m.month === month)?.hours ?? 0;
          const lines = drillDown(input, { occupationKey: occupation.occupationKey, month });
          expect(lines.reduce((total, line) => total + line.hours, 0)).toBeCloseTo(cell, 6);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('pooled position proposals (properties)', () => {
  it('fit the person’s month, never exceed a need, stay in one EPCI, join 2 or 3 structures', () => {
    fc.assert(
      fc.property(volumes, (rows) => {
        const input = inputOf(rows);
        const analysis = analysePooling(input, { proposalsFor: occupations.map((o) => o.key) });
        const need = new Map<string, number>();
        for (const row of rows) if (row.structureId <= 8 && months.includes(row.month)) need.set(`${row.structureId}|${row.occupationKey}|${row.month}`, (need.get(`${row.structureId}|${row.occupationKey}|${row.month}`) ?? 0) + row.hours);
        for (const proposal of analysis.proposals) {
          expect(proposal.structures.length).toBeGreaterThanOrEqual(2);
          expect(proposal.structures.length).toBeLessThanOrEqual(3);
          expect(new Set(proposal.structures.map((s) => structures.find((x) => x.id === s.structureId)?.epciCode)).size).toBe(1);
          expect(proposal.occupancy).toBeGreaterThanOrEqual(0);
          expect(proposal.occupancy).toBeLessThanOrEqual(1);
          expect(proposal.servedHours + proposal.unservedHours).toBeCloseTo(proposal.demandHours, 6);
          const plan = proposalPlan(seriesOf(input), proposal.occupationKey, proposal.structures.map((s) => s.structureId)) ?? [];
          // The plan asked for separately gives the proposal's own figures.
          expect(plan).toHaveLength(months.length);
          expect(plan.reduce((total, m) => total + m.servedHours, 0)).toBeCloseTo(proposal.servedHours, 6);
          proposal.structures.forEach((s, i) => expect(plan.reduce((total, m) => total + (m.byStructure[i]?.hours ?? 0), 0)).toBeCloseTo(s.hours, 6));
          expect(plan.filter((m) => m.unservedHours >= 0.5)).toHaveLength(proposal.monthsWithUnservedHours);
          for (const month of plan) {
            const served = month.byStructure.reduce((total, part) => total + part.hours, 0);
            expect(served).toBeCloseTo(month.servedHours, 6);
            expect(month.servedHours).toBeLessThanOrEqual(100 + 1e-9);
            for (const part of month.byStructure) expect(part.hours).toBeLessThanOrEqual((need.get(`${part.structureId}|${proposal.occupationKey}|${month.month}`) ?? 0) + 1e-9);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('recurrence (properties)', () => {
  const pattern = fc.array(fc.constantFrom(0, 0, 0, 5), { minLength: 0, maxLength: 40 });

  it('cannot tell with fewer than two complete years; otherwise recurs iff the need is in two of them', () => {
    fc.assert(
      fc.property(pattern, (values) => {
        const periodMonths = monthsOfPeriod({ from: '2020-01', to: '2030-12' }).slice(0, values.length);
        const result = recurrenceOf(values, periodMonths);
        const years = Math.floor(values.length / 12);
        if (years < 2) {
          expect(result.status).toBe('single-year-data');
          return;
        }
        const withNeed = Array.from({ length: years }, (_, y) => values.slice(y * 12, y * 12 + 12).some((v) => v > 0)).filter(Boolean).length;
        expect(result.status).toBe(withNeed >= 2 ? 'recurring' : 'one-off');
        expect(result.years.length).toBe(withNeed);
      }),
    );
  });

  it('labels calendar years when the period starts in January, else the 12-month window', () => {
    expect(recurrenceOf([...Array(12).fill(1), ...Array(12).fill(1)], monthsOfPeriod({ from: '2024-01', to: '2025-12' }))).toEqual({ status: 'recurring', years: ['2024', '2025'] });
    expect(recurrenceOf([...Array(12).fill(0), ...Array(12).fill(1)], monthsOfPeriod({ from: '2024-07', to: '2026-06' }))).toEqual({ status: 'one-off', years: ['2025-07 → 2026-06'] });
  });
});
