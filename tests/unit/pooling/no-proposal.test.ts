import { describe, expect, it } from 'vitest';
import { analysePooling, type PoolingInput } from '../../../shared/domain/pooling';
import { whyNoProposal } from '../../../shared/domain/pooling/no-proposal';
import { occupations, repeat, series, structure } from './fixtures';

const base = (epcis: string[], hours: number[][]): PoolingInput => ({
  structures: epcis.map((epciCode, i) => structure(i + 1, { epciCode, epciName: `EPCI ${epciCode}` })),
  occupations,
  period: { from: '2025-01', to: '2025-12' },
  settings: { fteHoursPerYear: 1200 },
  volumes: hours.flatMap((h, i) => series(i + 1, 'agent-service-interne', '2025-01', h)),
});

describe('why a candidate occupation has no concrete position', () => {
  it('names the distance when its structures share no EPCI', () => {
    const analysis = analysePooling(base(['E1', 'E2'], [repeat(12, 60), repeat(12, 60)]), { areas: 'both' });
    expect(whyNoProposal(analysis, 'agent-service-interne')).toContain('dans des EPCI différents');
  });

  it('names the overlap or the volume when close structures cannot fill a post together', () => {
    // Two structures of one EPCI that both need 200 h in January only: one person cannot serve both.
    const analysis = analysePooling(base(['E1', 'E1'], [[200, ...repeat(11, 0)], [200, ...repeat(11, 0)]]), { areas: 'both' });
    expect(whyNoProposal(analysis, 'agent-service-interne')).toContain('chevauchement');
  });

  it('says a single structure cannot share a post', () => {
    const analysis = analysePooling(base(['E1'], [repeat(12, 60)]), { areas: 'both' });
    expect(whyNoProposal(analysis, 'agent-service-interne')).toContain('Une seule structure');
  });
});
