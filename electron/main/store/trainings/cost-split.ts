/**
 * Each participant's share of an action's cost: a share set by hand is kept; the rest of the cost
 * is split evenly among the others, to the cent, the leftover cents going to the first lines so
 * that the shares always add up to the action's cost (the fund totals must match the plan).
 */
export function splitCost(totalCents: number, setShares: readonly (number | null)[]): number[] {
  const fixed = setShares.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  const open = setShares.filter((share) => share === null).length;
  if (open === 0) return setShares.map((share) => share ?? 0);
  const rest = Math.max(0, totalCents - fixed);
  const base = Math.floor(rest / open);
  let leftover = rest - base * open;
  return setShares.map((share) => {
    if (share !== null) return share;
    const extra = leftover > 0 ? 1 : 0;
    leftover -= extra;
    return base + extra;
  });
}
