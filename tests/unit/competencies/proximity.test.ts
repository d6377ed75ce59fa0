import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combinedGrid, holdingsOf, nearestOf, proximity, proximityMatrix, scoreAt, type Requirement } from '../../../shared/domain/competencies';

const req = (competencyId: number, level: number, isCore = false): Requirement => ({ competencyId, level, isCore });

describe('proximity, hand-computed', () => {
  // B asks: 1 at 3 (core, weight 2), 2 at 2, 3 at 4. A holds 1 at 2, 2 at 4, nothing of 3.
  // (2 × 2/3 + 1 × 2/2 + 1 × 0/4) / (2 + 1 + 1) = (4/3 + 1) / 4 = 7/12.
  const b = [req(1, 3, true), req(2, 2), req(3, 4)];
  const a = [req(1, 2), req(2, 4), req(9, 1)];

  it('weights core items double and caps what is held at what is required', () => {
    const result = proximity(holdingsOf(a), b);
    expect(result.score).toBeCloseTo(7 / 12, 12);
    expect(result.gaps).toEqual([
      { competencyId: 1, required: 3, held: 2, isCore: true },
      { competencyId: 3, required: 4, held: 0, isCore: false },
    ]);
  });

  it('is asymmetric: B → A looks at what A requires', () => {
    // A asks 1 at 2 (B holds 3 → 1), 2 at 4 (B holds 2 → 1/2), 9 at 1 (B holds 0 → 0): (1 + 0.5 + 0) / 3.
    expect(proximity(holdingsOf(b), a).score).toBeCloseTo(1.5 / 3, 12);
  });

  it('combines two grids at the highest level, core when core in either', () => {
    expect(combinedGrid([a, b])).toEqual([req(1, 3, true), req(2, 4), req(3, 4), req(9, 1)]);
  });

  it('the matrix gives the same numbers and the nearest occupations', () => {
    const c: Requirement[] = [];
    const matrix = proximityMatrix([
      { id: 10, requirements: a },
      { id: 20, requirements: b },
      { id: 30, requirements: c },
    ]);
    expect(scoreAt(matrix, 0, 1)).toBeCloseTo(7 / 12, 12);
    expect(scoreAt(matrix, 1, 0)).toBeCloseTo(0.5, 12);
    expect(scoreAt(matrix, 0, 0)).toBe(1);
    expect(scoreAt(matrix, 0, 2)).toBe(1);
    expect(scoreAt(matrix, 2, 1)).toBe(0);
    expect(nearestOf(matrix, 20)).toEqual([
      { id: 30, score: 1 },
      { id: 10, score: expect.closeTo(0.5, 12) as number },
    ]);
  });
});

const level = fc.integer({ min: 1, max: 4 });
const grid = fc
  .uniqueArray(fc.record({ competencyId: fc.integer({ min: 1, max: 30 }), level, isCore: fc.boolean() }), { selector: (r) => r.competencyId, maxLength: 20 })
  .map((rows) => rows as Requirement[]);

describe('proximity, properties', () => {
  it('identical grids give 100 %', () => {
    fc.assert(fc.property(grid, (g) => proximity(holdingsOf(g), g).score === 1));
  });

  it('a grid that asks nothing is reached by everyone', () => {
    fc.assert(fc.property(grid, (g) => proximity(holdingsOf(g), []).score === 1));
  });

  it('stays between 0 and 100 %', () => {
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        const { score } = proximity(holdingsOf(a), b);
        return score >= 0 && score <= 1;
      }),
    );
  });

  it('raising a held level never lowers it', () => {
    fc.assert(
      fc.property(grid, grid, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3 }), (a, b, competencyId, raise) => {
        const held = holdingsOf(a);
        const before = proximity(held, b).score;
        const raised = new Map(held).set(competencyId, (held.get(competencyId) ?? 0) + raise);
        return proximity(raised, b).score >= before - 1e-12;
      }),
    );
  });

  it('the matrix equals proximity() for every ordered pair', () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 6 }), (grids) => {
        const matrix = proximityMatrix(grids.map((requirements, id) => ({ id, requirements })));
        return grids.every((a, i) => grids.every((b, j) => Math.abs(scoreAt(matrix, i, j) - proximity(holdingsOf(a), b).score) < 1e-12));
      }),
    );
  });

  it('the gaps are exactly the competencies held below the level required', () => {
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        const held = holdingsOf(a);
        const gaps = proximity(held, b).gaps;
        const expected = b.filter((r) => (held.get(r.competencyId) ?? 0) < r.level).map((r) => r.competencyId);
        return gaps.length === expected.length && gaps.every((gap) => expected.includes(gap.competencyId));
      }),
    );
  });
});
