import type { Month, Period } from './types';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): value is Month => monthPattern.test(value);

/** Months since year 0: consecutive months differ by 1 (stored series are laid out by it). */
export const monthIndex = (month: Month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const monthAt = (index: number): Month => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The months of a period, in order; empty when the period is malformed or reversed. */
export function monthsOfPeriod(period: Period): Month[] {
  if (!isMonth(period.from) || !isMonth(period.to)) return [];
  const first = monthIndex(period.from);
  const last = monthIndex(period.to);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => monthAt(first + i));
}

/** The `count` months starting at `from` (the screens choose "12 months from January"). */
export const periodOfMonths = (from: Month, count: number): Period => ({ from, to: monthAt(monthIndex(from) + Math.max(1, count) - 1) });

/** month → position in the period, for O(1) lookups while summing large tables. */
export function monthPositions(months: readonly Month[]): Map<Month, number> {
  return new Map(months.map((month, i) => [month, i]));
}
