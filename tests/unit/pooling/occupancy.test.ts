import { describe, expect, it } from 'vitest';
import { occupancyOfPositions, positionsTable, recommendedPositions } from '../../../shared/domain/pooling';

// A cap of 100 h a month keeps the arithmetic readable (the real default is 1607 / 12 ≈ 133,92 h).
const cap = 100;

describe('occupancy of pooled positions', () => {
  it('counts at most one cap a month for one position', () => {
    // demand 200, 50, 100, 0 → served min(d, 100) = 100 + 50 + 100 + 0 = 250
    // paid 1 × 100 × 4 = 400 → occupancy 250 / 400 = 0,625; unserved 350 − 250 = 100
    expect(occupancyOfPositions([200, 50, 100, 0], 1, cap)).toEqual({ positions: 1, servedHours: 250, unservedHours: 100, occupancy: 0.625 });
  });

  it('counts at most k caps a month for k positions', () => {
    // k = 2: served min(d, 200) = 200 + 50 + 100 + 0 = 350; paid 2 × 100 × 4 = 800 → 0,4375
    expect(occupancyOfPositions([200, 50, 100, 0], 2, cap)).toEqual({ positions: 2, servedHours: 350, unservedHours: 0, occupancy: 0.4375 });
  });

  it('lists k = 1..ceil(peak / cap) and recommends the most positions above the threshold', () => {
    // peak 250 → 3 positions. k=1: 12 × 100 / 1200 = 1; k=2: 12 × 200 / 2400 = 1 (every month ≥ 200);
    // k=3: (6 × 250 + 6 × 200) / 3600 = 2700 / 3600 = 0,75
    const demand = [...Array(6).fill(250), ...Array(6).fill(200)];
    const table = positionsTable(demand, cap, 10);
    expect(table.map((row) => row.occupancy)).toEqual([1, 1, 0.75]);
    expect(recommendedPositions(table, 0.75)).toBe(3);
    expect(recommendedPositions(table, 0.8)).toBe(2);
  });

  it('is zero, not NaN, for an empty period', () => {
    expect(occupancyOfPositions([], 1, cap).occupancy).toBe(0);
  });
});
