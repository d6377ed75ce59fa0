import { describe, expect, it } from 'vitest';
import { compareMatches } from '../../../shared/domain/exchange';

type Ranked = Parameters<typeof compareMatches>[0] & { name: string };
const rank = (matches: Ranked[]) => [...matches].sort((a, b) => compareMatches(a, b) || a.name.localeCompare(b.name, 'fr')).map((m) => m.name);

describe('ranking the candidates for an ad', () => {
  it('puts wishes and area before competencies, then the closest first, the unassessed after the assessed of the same rank', () => {
    expect(
      rank([
        { name: 'Neighbour, perfect', occupationFit: 'neighbour', areaFit: 'sameCommune', competencies: { score: 1 } },
        { name: 'Same, unassessed', occupationFit: 'same', areaFit: 'sameCommune', competencies: null },
        { name: 'Same, 40 %', occupationFit: 'same', areaFit: 'sameCommune', competencies: { score: 0.4 } },
        { name: 'Same, 0 %', occupationFit: 'same', areaFit: 'sameCommune', competencies: { score: 0 } },
        { name: 'Same, 90 %', occupationFit: 'same', areaFit: 'sameCommune', competencies: { score: 0.9 } },
        { name: 'Same, far, perfect', occupationFit: 'same', areaFit: 'sameDepartment', competencies: { score: 1 } },
      ]),
    ).toEqual(['Same, 90 %', 'Same, 40 %', 'Same, 0 %', 'Same, unassessed', 'Same, far, perfect', 'Neighbour, perfect']);
  });
});
