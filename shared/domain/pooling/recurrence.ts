import type { Month, Recurrence } from './types';

/*
 * Employer groups pool jobs for needs that recur, not for one-off replacements (DOMAIN.md).
 * A "year of data" is a complete run of 12 months counted from the start of the period (a
 * calendar year when the period starts in January); a trailing part-year is not a year. The need
 * recurs when it appears (some hours > 0) in at least two of those years. With fewer than two
 * complete years the question cannot be answered: the result says so ("une seule année de
 * données") instead of guessing.
 */

/** Label of the 12-month window starting at `first`: "2024" when it is a calendar year, else "2024-07 → 2025-06". */
const windowLabel = (first: Month, last: Month) => (first.endsWith('-01') ? first.slice(0, 4) : `${first} → ${last}`);

export function recurrenceOf(hoursByMonth: ArrayLike<number>, months: readonly Month[]): Recurrence {
  const years: string[] = [];
  const windows = Math.floor(months.length / 12);
  for (let w = 0; w < Math.max(1, windows); w += 1) {
    const start = w * 12;
    const end = Math.min(months.length, start + 12);
    let hasNeed = false;
    for (let i = start; i < end && !hasNeed; i += 1) hasNeed = (hoursByMonth[i] ?? 0) > 0;
    if (hasNeed && end > start) years.push(windowLabel(months[start] ?? '', months[end - 1] ?? ''));
  }
  if (windows < 2) return { status: 'single-year-data', years };
  return { status: years.length >= 2 ? 'recurring' : 'one-off', years };
}

/** A combination recurs when each of its structures' needs does; one one-off need spoils it. */
export function combineRecurrence(statuses: readonly Recurrence['status'][]): Recurrence['status'] {
  if (statuses.includes('one-off')) return 'one-off';
  if (statuses.includes('single-year-data')) return 'single-year-data';
  return 'recurring';
}
