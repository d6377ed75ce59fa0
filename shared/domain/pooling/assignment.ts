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

export type CombinationFigures = { months: ProposalMonth[]; demandHours: number; servedHours: number; unservedHours: number; occupancy: number };

/** The month-by-month plan of one combination; occupancy = served / (cap × months). */
export function evaluateCombination(lines: readonly StructureSeries[], months: readonly Month[], cap: number): CombinationFigures {
  const structureIds = lines.map((line) => line.structure.id);
  let demandHours = 0;
  let servedHours = 0;
  const plan = months.map((month, m) => {
    const needs = lines.map((line) => Math.max(0, line.hours[m] ?? 0));
    const result = toProposalMonth(month, structureIds, needs, serveLargestFirst(needs, cap), cap);
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
