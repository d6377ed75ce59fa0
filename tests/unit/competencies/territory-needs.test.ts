import { describe, expect, it } from 'vitest';
import { careerPaths, territoryLines, trainingNeeds, trainingsToClose, usualLevel, type Requirement } from '../../../shared/domain/competencies';

const req = (competencyId: number, level: number, isCore = false): Requirement => ({ competencyId, level, isCore });

describe('the territorial view', () => {
  it('finds the level most employers ask for, ties to the lower level', () => {
    expect(usualLevel([2, 3, 3])).toBe(3);
    expect(usualLevel([2, 3])).toBe(2);
    expect(usualLevel([0, 0, 4])).toBe(0);
  });

  it('puts the employers side by side and counts who differs', () => {
    const lines = territoryLines([
      { structureId: 1, requirements: [req(5, 2), req(6, 3, true)] },
      { structureId: 2, requirements: [req(5, 2), req(6, 4, true)] },
      { structureId: 3, requirements: [req(5, 3)] },
    ]);
    expect(lines).toEqual([
      { competencyId: 6, levels: { 1: 3, 2: 4, 3: 0 }, usual: 0, differing: 2, isCoreAnywhere: true },
      { competencyId: 5, levels: { 1: 2, 2: 2, 3: 3 }, usual: 2, differing: 1, isCoreAnywhere: false },
    ]);
  });
});

describe('training needs', () => {
  it('counts the people short of each competency of their target', () => {
    const grids = new Map([[100, [req(1, 3, true), req(2, 2)]]]);
    const needs = trainingNeeds(
      [
        { personId: 1, holdings: new Map([[1, 1]]), targetId: 100 },
        { personId: 2, holdings: new Map([[1, 3], [2, 1]]), targetId: 100 },
        { personId: 3, holdings: new Map([[1, 3], [2, 2]]), targetId: 100 },
      ],
      (id) => grids.get(id) ?? [],
    );
    expect(needs).toEqual([
      { targetId: 100, competencyId: 2, required: 2, isCore: false, people: 2, missingLevels: 3 },
      { targetId: 100, competencyId: 1, required: 3, isCore: true, people: 1, missingLevels: 2 },
    ]);
  });
});

describe('career paths against wear', () => {
  it('suggests lower-wear occupations reachable from a high-wear one, nearest first', () => {
    const wear = new Map([
      [1, { physical: 3, night: 2, isolation: 1, emotional: 2 }],
      [2, { physical: 1, night: 0, isolation: 0, emotional: 1 }],
      [3, { physical: 3, night: 3, isolation: 3, emotional: 3 }],
      [4, { physical: 0, night: 0, isolation: 0, emotional: 0 }],
    ]);
    const scores: Record<string, number> = { '1:2': 0.8, '1:3': 0.9, '1:4': 0.4, '3:1': 0.7, '3:2': 0.6, '3:4': 0.55 };
    const paths = careerPaths(wear, (a, b) => scores[`${a}:${b}`] ?? 0, [1, 2, 3, 4]);
    expect(paths.map((p) => [p.fromId, p.toId])).toEqual([
      [1, 2],
      [3, 1],
      [3, 2],
      [3, 4],
    ]);
  });
});

describe('the trainings that close gaps', () => {
  it('takes the training closing most gaps per hour, then the next, and says what stays uncovered', () => {
    const cover = trainingsToClose(
      [1, 2, 3, 4],
      [
        { id: 10, title: 'Hygiène', hours: 14, competencyIds: [1, 2] },
        { id: 11, title: 'Bio-nettoyage', hours: 7, competencyIds: [1] },
        { id: 12, title: 'Accompagnement à domicile', hours: 21, competencyIds: [2, 3] },
      ],
    );
    expect(cover).toEqual({
      trainings: [
        { id: 10, title: 'Hygiène', hours: 14, closes: [1, 2] },
        { id: 12, title: 'Accompagnement à domicile', hours: 21, closes: [3] },
      ],
      hours: 35,
      uncovered: [4],
    });
    expect(trainingsToClose([], [])).toEqual({ trainings: [], hours: 0, uncovered: [] });
  });
});
