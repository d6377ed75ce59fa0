// Training needs over the territory (issue 10 §4): how many people need which competency to reach
// which occupation. Pure: the people's holdings and their targets' grids in, the counted needs out.
import { proximity, type Holdings, type Requirement } from './proximity';

export type PersonTarget = { personId: number; holdings: Holdings; targetId: number };

export type TrainingNeed = {
  targetId: number;
  competencyId: number;
  required: number;
  isCore: boolean;
  /** People aiming at `targetId` whose level is below `required`. */
  people: number;
  /** Sum of the missing levels, to rank needs of equal head count. */
  missingLevels: number;
};

export function trainingNeeds(targets: readonly PersonTarget[], gridOf: (targetId: number) => readonly Requirement[]): TrainingNeed[] {
  const needs = new Map<string, TrainingNeed>();
  for (const target of targets) {
    for (const gap of proximity(target.holdings, gridOf(target.targetId)).gaps) {
      const key = `${target.targetId}:${gap.competencyId}`;
      const need = needs.get(key) ?? { targetId: target.targetId, competencyId: gap.competencyId, required: gap.required, isCore: gap.isCore, people: 0, missingLevels: 0 };
      need.people += 1;
      need.missingLevels += gap.required - gap.held;
      needs.set(key, need);
    }
  }
  return [...needs.values()].sort((a, b) => b.people - a.people || b.missingLevels - a.missingLevels || a.targetId - b.targetId || a.competencyId - b.competencyId);
}
