import { describe, expect, it } from 'vitest';
import { analysePooling, distanceBetweenCentres } from '../../../shared/domain/pooling';
import { occupations, repeat, series, structure } from './fixtures';

describe('distance between structures', () => {
  // Flers (48.75, -0.57) and Domfront (48.59, -0.65): about 19 km as the crow flies.
  const flers = structure(1, { name: 'EHPAD Flers', lat: 48.7494, lon: -0.5695, epciCode: 'FLERS' });
  const domfront = structure(2, { name: 'EHPAD Domfront', lat: 48.5926, lon: -0.6462, epciCode: 'DOMF' });

  it('is the great-circle distance, null when a position is unknown', () => {
    expect(distanceBetweenCentres(flers, domfront)).toBeCloseTo(18.3, 0);
    expect(distanceBetweenCentres(flers, flers)).toBe(0);
    expect(distanceBetweenCentres(flers, structure(3))).toBeNull();
  });

  it('lets a position join two EPCIs within the distance set', () => {
    // Flers needs 140 h a month in the first half-year, Domfront in the second: 1,680 h = 1,05 FTE.
    const input = {
      structures: [flers, domfront],
      occupations,
      period: { from: '2025-01', to: '2025-12' },
      volumes: [...series(1, 'agent-service-interne', '2025-01', [...repeat(6, 140), ...repeat(6, 0)]), ...series(2, 'agent-service-interne', '2025-01', [...repeat(6, 0), ...repeat(6, 140)])],
      distanceKm: distanceBetweenCentres,
    };
    expect(analysePooling({ ...input, settings: { maxDistanceKm: 25 } }).proposals.map((p) => p.structures.length)).toEqual([2]);
    expect(analysePooling({ ...input, settings: { maxDistanceKm: 10 } }).proposals).toEqual([]);
    // Without a distance, the EPCI decides: different EPCIs, no proposal.
    expect(analysePooling({ ...input, settings: { maxDistanceKm: null } }).proposals).toEqual([]);
  });
});
