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
  const demandHours = needs.reduce((total, need) => total + Math.max(0, need.hours), 0);
  const order = needs.map((need, index) => ({ ...need, index })).sort((a, b) => b.hours - a.hours || a.index - b.index);
  let left = cap;
  const served = new Map<number, number>();
  for (const need of order) {
    const hours = Math.min(Math.max(0, need.hours), left);
    served.set(need.structureId, hours);
    left -= hours;
  }
  const servedHours = cap - left;
  return {
    month,
    byStructure: needs.map((need) => ({ structureId: need.structureId, hours: served.get(need.structureId) ?? 0 })),
    demandHours,
    servedHours,
    unservedHours: demandHours - servedHours,
    occupancy: cap > 0 ? servedHours / cap : 0,
  };
}

export type CombinationFigures = { months: ProposalMonth[]; demandHours: number; servedHours: number; unservedHours: number; occupancy: number };

/** The month-by-month plan of one combination; occupancy = served / (cap × months). */
export function evaluateCombination(lines: readonly StructureSeries[], months: readonly Month[], cap: number): CombinationFigures {
  let demandHours = 0;
  let servedHours = 0;
  const plan = months.map((month, i) => {
    const result = assignMonth(month, lines.map((line) => ({ structureId: line.structure.id, hours: line.hours[i] ?? 0 })), cap);
    demandHours += result.demandHours;
    servedHours += result.servedHours;
    return result;
  });
  const paid = cap * months.length;
  return { months: plan, demandHours, servedHours, unservedHours: demandHours - servedHours, occupancy: paid > 0 ? Math.min(1, servedHours / paid) : 0 };
}

/** Served hours only, without building the plan: the inner loop of the combination search. */
export function servedHoursOf(lines: readonly StructureSeries[], monthCount: number, cap: number): number {
  let served = 0;
  for (let i = 0; i < monthCount; i += 1) {
    let need = 0;
    for (const line of lines) need += line.hours[i] ?? 0;
    served += need < cap ? need : cap;
  }
  return served;
}
