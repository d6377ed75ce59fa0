// Months are kept as "YYYY-MM" (ARCHITECTURE.md); people read "janv. 2026".

const shortMonth = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonth = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const toDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** "2026-01" → "janv. 2026". */
export const formatMonth = (month: string) => (/^\d{4}-\d{2}$/.test(month) ? shortMonth.format(toDate(month)) : month);
/** "2026-01" → "janvier 2026". */
export const formatMonthLong = (month: string) => (/^\d{4}-\d{2}$/.test(month) ? longMonth.format(toDate(month)) : month);

/** The `count` months starting at `first`, in order. */
export function monthsFrom(first: string, count: number): string[] {
  const [year, month] = first.split('-').map(Number);
  if (!year || !month) return [];
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 + i, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** "2026-01", 12 → "de janvier 2026 à décembre 2026". */
export function describePeriod(first: string, count: number): string {
  const months = monthsFrom(first, count);
  if (months.length === 0) return '';
  if (months.length === 1) return formatMonthLong(first);
  return `de ${formatMonthLong(months[0] ?? first)} à ${formatMonthLong(months[months.length - 1] ?? first)}`;
}

export { defaultFirstMonth } from '../../../../shared/domain/collection-period';

/** Number of months from `from` to `to`, both included ("2025-01", "2025-12" → 12). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty ?? 0) * 12 + (tm ?? 0) - ((fy ?? 0) * 12 + (fm ?? 0)) + 1;
}

/** The last month of `count` months starting at `first`. */
export const lastMonth = (first: string, count: number) => monthsFrom(first, count).at(-1) ?? first;
