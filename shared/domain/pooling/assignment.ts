import type { StructureSeries } from './prepare';
import type { Month, ProposalMonth } from './types';

/*
 * How one pooled person splits a month between the structures of a combination.
 *
 * Rule: the person works at most `cap` hours in the month. When the structures together need
 * no more than that, every need is served in full. Otherwise the person goes first to the
 * structure with the largest need that month, then to the next, until the cap is reached
 * (ties: the order of the combination). Serving the largest need first keeps the person at as
 * few places as possible in a busy month, which is how a shared employee is actually organised;
 * the served total, min(Σ need, cap), does not depend on the rule — only who gets it does.
 *
 * unserved = Σ need − served: the hours the structures still cover with CDDs because their
 * needs coincide (the overlap).
 */
export function assignMonth(month: Month, needs: readonly { structureId: number; hours: number }[], cap: number): ProposalMonth {
  const hours = needs.map((need) => Math.max(0, need.hours));
  const served = serveLargestFirst(hours, cap);
  return toProposalMonth(month, needs.map((need) => need.structureId), hours, served, cap);
}

/** The rule above on plain numbers: served[i] for need[i]. Ties keep the combination's order (stable sort). */
function serveLargestFirst(needs: readonly number[], cap: number): number[] {
  const order = needs.map((_, i) => i).sort((a, b) => (needs[b] ?? 0) - (needs[a] ?? 0) || a - b);
  const served = new Array<number>(needs.length).fill(0);
  let left = cap;
  for (const i of order) {
    const hours = Math.min(needs[i] ?? 0, left);
    served[i] = hours;
    left -= hours;
  }
  return served;
}

function toProposalMonth(month: Month, structureIds: readonly number[], needs: readonly number[], served: readonly number[], cap: number): ProposalMonth {
  let demandHours = 0;
  let servedHours = 0;
  for (let i = 0; i < needs.length; i += 1) {
    demandHours += needs[i] ?? 0;
    servedHours += served[i] ?? 0;
  }
  return {
    month,
    byStructure: structureIds.map((structureId, i) => ({ structureId, hours: served[i] ?? 0 })),
    demandHours,
    servedHours,
    unservedHours: demandHours - servedHours,
    occupancy: cap > 0 ? servedHours / cap : 0,
  };
}

export type CombinationFigures = {
  demandHours: number;
  servedHours: number;
  unservedHours: number;
  occupancy: number;
  /** Hours served to each structure of the combination over the period (in month order). */
  servedByStructure: number[];
  /** Months when some need is left to CDDs (0.5 h or more), and the one with the most. */
  monthsWithUnservedHours: number;
  worstUnservedMonth: { month: Month; hours: number } | null;
};

/**
 * Indices of `needs` largest first, ties in the combination's order: the order serveLargestFirst
 * sorts into, written out for the 2 and 3 structures of a pooled position (one call per month of
 * every proposal: no array, no sort).
 */
function servingOrder(needs: readonly number[], into: number[]): void {
  const n = needs.length;
  for (let i = 0; i < n; i += 1) into[i] = i;
  // Insertion sort on (need descending, index ascending): a strict total order, so any correct sort agrees.
  for (let i = 1; i < n; i += 1) {
    const current = into[i]!;
    const need = needs[current]!;
    let j = i - 1;
    while (j >= 0 && (needs[into[j]!]! < need || (needs[into[j]!]! === need && into[j]! > current))) {
      into[j + 1] = into[j]!;
      j -= 1;
    }
    into[j + 1] = current;
  }
}

/** Below this, hours left to CDDs are rounding, not a need (the screens show whole hours). */
const UNSERVED_NOTICE_HOURS = 0.5;

/**
 * The rule above, month after month, for one combination: the period's figures, and when `plan`
 * is given, each month's split pushed into it (the screen asks for it for one proposal at a time).
 * Same figures as assignMonth, month by month; occupancy = served / (cap × months).
 */
function walkCombination(lines: readonly StructureSeries[], months: readonly Month[], cap: number, plan: ProposalMonth[] | null): CombinationFigures {
  const n = lines.length;
  const needs = new Array<number>(n).fill(0);
  const served = new Array<number>(n).fill(0);
  const order = new Array<number>(n).fill(0);
  const servedByStructure = new Array<number>(n).fill(0);
  let demandHours = 0;
  let servedHours = 0;
  let monthsWithUnservedHours = 0;
  let worstUnservedMonth: CombinationFigures['worstUnservedMonth'] = null;
  for (let m = 0; m < months.length; m += 1) {
    for (let k = 0; k < n; k += 1) needs[k] = Math.max(0, lines[k]!.hours[m] ?? 0);
    servingOrder(needs, order);
    let left = cap;
    for (let k = 0; k < n; k += 1) {
      const i = order[k]!;
      const hours = Math.min(needs[i]!, left);
      served[i] = hours;
      left -= hours;
    }
    let monthDemand = 0;
    let monthServed = 0;
    for (let k = 0; k < n; k += 1) {
      monthDemand += needs[k]!;
      monthServed += served[k]!;
      servedByStructure[k] = servedByStructure[k]! + served[k]!;
    }
    const monthUnserved = monthDemand - monthServed;
    if (monthUnserved >= UNSERVED_NOTICE_HOURS) {
      monthsWithUnservedHours += 1;
      if (!worstUnservedMonth || monthUnserved > worstUnservedMonth.hours) worstUnservedMonth = { month: months[m]!, hours: monthUnserved };
    }
    plan?.push({
      month: months[m]!,
      byStructure: lines.map((line, k) => ({ structureId: line.structure.id, hours: served[k]! })),
      demandHours: monthDemand,
      servedHours: monthServed,
      unservedHours: monthUnserved,
      occupancy: cap > 0 ? monthServed / cap : 0,
    });
    demandHours += monthDemand;
    servedHours += monthServed;
  }
  const paid = cap * months.length;
  return {
    demandHours,
    servedHours,
    unservedHours: demandHours - servedHours,
    occupancy: paid > 0 ? Math.min(1, servedHours / paid) : 0,
    servedByStructure,
    monthsWithUnservedHours,
    worstUnservedMonth,
  };
}

/** The period's figures of one combination, without its month-by-month plan. */
export const evaluateCombination = (lines: readonly StructureSeries[], months: readonly Month[], cap: number): CombinationFigures => walkCombination(lines, months, cap, null);

/** Who the pooled person works for, month by month, in the combination's order of structures. */
export function planCombination(lines: readonly StructureSeries[], months: readonly Month[], cap: number): ProposalMonth[] {
  const plan: ProposalMonth[] = [];
  walkCombination(lines, months, cap, plan);
  return plan;
}

/*
 * Served hours only, without building the plan: the inner loop of the combination search, for a
 * pair and for a triple (a regional file evaluates some 170,000 of them over 120 months).
 * Math.min rather than a comparison, since needs go up and down at random and a mispredicted
 * branch per month cost as much as the rest; four running sums rather than one, since each
 * addition had to wait for the previous one. Only used to rank combinations: the figures shown
 * are summed month by month afterwards (walkCombination).
 */
export function servedHoursOf2(a: Float64Array, b: Float64Array, monthCount: number, cap: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < monthCount; i += 4) {
    s0 += Math.min(a[i]! + b[i]!, cap);
    s1 += Math.min(a[i + 1]! + b[i + 1]!, cap);
    s2 += Math.min(a[i + 2]! + b[i + 2]!, cap);
    s3 += Math.min(a[i + 3]! + b[i + 3]!, cap);
  }
  for (; i < monthCount; i += 1) s0 += Math.min(a[i]! + b[i]!, cap);
  return s0 + s1 + (s2 + s3);
}

export function servedHoursOf3(a: Float64Array, b: Float64Array, c: Float64Array, monthCount: number, cap: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < monthCount; i += 4) {
    s0 += Math.min(a[i]! + b[i]! + c[i]!, cap);
    s1 += Math.min(a[i + 1]! + b[i + 1]! + c[i + 1]!, cap);
    s2 += Math.min(a[i + 2]! + b[i + 2]! + c[i + 2]!, cap);
    s3 += Math.min(a[i + 3]! + b[i + 3]! + c[i + 3]!, cap);
  }
  for (; i < monthCount; i += 1) s0 += Math.min(a[i]! + b[i]! + c[i]!, cap);
  return s0 + s1 + (s2 + s3);
}
