import { planCombination } from './assignment';
import { prepareSeries } from './prepare';
import type { ProposalMonth, PoolingSeriesInput } from './types';

/**
 * The month-by-month plan of one pooled position (who the person works for, and how busy), for
 * the structures in the proposal's order (ties go to the first). Null when one of them has no
 * hours of the occupation in the period (the data changed since the analysis).
 */
export function proposalPlan(input: PoolingSeriesInput, occupationKey: string, structureIds: readonly number[]): ProposalMonth[] | null {
  const data = prepareSeries(input);
  const byStructure = data.series.get(occupationKey);
  const lines = structureIds.map((id) => byStructure?.get(id));
  if (lines.length === 0 || lines.some((line) => !line || line.total <= 0)) return null;
  return planCombination(lines as NonNullable<(typeof lines)[number]>[], data.months, data.settings.maxHoursPerMonth);
}
