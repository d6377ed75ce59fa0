import type { PositionsOccupancy } from './types';

/*
 * How busy k pooled full-time positions would be.
 *
 * One person works at most `cap` hours a month (maxHoursPerMonth, 1607 / 12 ≈ 133.9 h by
 * default) and cannot carry hours from a quiet month to a busy one. With k positions:
 *
 *   served(m)  = min(demand(m), k × cap)              hours of real need the k people cover in month m
 *   occupancy  = Σ served(m) / (k × cap × months)     share of the hours they are paid that meet a need
 *
 * So occupancy ∈ [0, 1]; more demand never lowers it (served is non-decreasing in demand); one
 * more position never lowers the hours served but may lower occupancy (the position added too many).
 */

/** Hours k positions cover in one month. */
export const servedInMonth = (demand: number, positions: number, cap: number) => Math.min(Math.max(0, demand), positions * cap);

export function occupancyOfPositions(hoursByMonth: ArrayLike<number>, positions: number, cap: number): PositionsOccupancy {
  let servedHours = 0;
  let demandHours = 0;
  for (let i = 0; i < hoursByMonth.length; i += 1) {
    const demand = hoursByMonth[i]!;
    servedHours += servedInMonth(demand, positions, cap);
    demandHours += Math.max(0, demand);
  }
  const paidHours = positions * cap * hoursByMonth.length;
  return {
    positions,
    servedHours,
    unservedHours: demandHours - servedHours,
    occupancy: paidHours > 0 ? Math.min(1, servedHours / paidHours) : 0,
  };
}

/**
 * Occupancy for k = 1..n, where n is the number of positions the peak month could fill
 * (ceil(peak / cap)): beyond it a position adds no served hour. Bounded by maxPositions.
 */
export function positionsTable(hoursByMonth: ArrayLike<number>, cap: number, maxPositions: number): PositionsOccupancy[] {
  let peak = 0;
  for (let i = 0; i < hoursByMonth.length; i += 1) peak = Math.max(peak, hoursByMonth[i]!);
  const count = Math.min(maxPositions, Math.max(1, Math.ceil(peak / cap)));
  return Array.from({ length: count }, (_, i) => occupancyOfPositions(hoursByMonth, i + 1, cap));
}

/** The most positions whose occupancy stays at or above the threshold (0 when one is already below it). */
export function recommendedPositions(table: readonly PositionsOccupancy[], minOccupancy: number): number {
  let best = 0;
  for (const row of table) if (row.occupancy >= minOccupancy - 1e-9) best = row.positions;
  return best;
}
