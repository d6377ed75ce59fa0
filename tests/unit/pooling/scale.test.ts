import { describe, expect, it } from 'vitest';
import { analysePooling, consolidate, monthsOfPeriod, type CddVolume, type PoolingInput } from '../../../shared/domain/pooling';

// A regional file in miniature: 2,000 structures in 60 EPCIs, 40 occupations, 2 years, ~300,000
// rows. The combination search is bounded per area (settings.maxStructuresPerArea) and planned only
// for the best combinations, so the whole analysis stays a small multiple of reading the rows.
// (npm run bench measures the full 120 occupations × 10 years against SQLite.)
describe('a regional-scale file', () => {
  const period = { from: '2024-01', to: '2025-12' };
  const months = monthsOfPeriod(period);
  const occupations = Array.from({ length: 40 }, (_, i) => ({ key: `o${i}`, label: `Métier ${i}`, family: (['care', 'nonMedicalServices', 'educational'] as const)[i % 3] ?? 'care' }));
  const structures = Array.from({ length: 2000 }, (_, i) => ({
    id: i + 1,
    name: `Structure ${i + 1}`,
    type: 'ehpad' as const,
    field: 'elderly' as const,
    epciCode: `E${i % 60}`,
    epciName: `EPCI ${i % 60}`,
    communeCode: '61001',
  }));
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const volumes: CddVolume[] = [];
  for (const structure of structures)
    for (let j = 0; j < 6; j += 1) {
      const occupationKey = `o${Math.floor(random() * 40)}`;
      for (const month of months) if (random() < 0.6) volumes.push({ structureId: structure.id, occupationKey, month, hours: Math.round(random() * 150), contracts: 1 });
    }
  const input: PoolingInput = { structures, occupations, volumes, period };

  it('consolidates and analyses in a few seconds at most, with bounded proposals', () => {
    const started = performance.now();
    const table = consolidate(input);
    const analysis = analysePooling(input, { maxProposalsPerOccupation: 10 });
    const elapsed = performance.now() - started;
    expect(table.total.hours).toBeCloseTo(
      volumes.reduce((total, v) => total + v.hours, 0),
      3,
    );
    expect(analysis.occupations.length).toBeGreaterThan(40);
    const perOccupation = new Map<string, number>();
    for (const p of analysis.proposals) perOccupation.set(p.occupationKey, (perOccupation.get(p.occupationKey) ?? 0) + 1);
    expect(Math.max(...perOccupation.values())).toBeLessThanOrEqual(10);
    // Generous: the machine is shared; the real figure is well under a second.
    expect(elapsed).toBeLessThan(8000);
  });
});
