/**
 * The usual start of a collection round: January of the latest year the register has members
 * for (the memberships on file say which year is being followed; issue 7: with a default of last
 * year while every membership is this year's, every member showed « non adhérent sur la période »),
 * else January of last year.
 */
export function defaultFirstMonth(today = new Date(), memberYears: readonly (number | null)[] = []): string {
  const known = memberYears.filter((year): year is number => year !== null && year <= today.getFullYear() + 1);
  return `${known.length > 0 ? Math.max(...known) : today.getFullYear() - 1}-01`;
}
