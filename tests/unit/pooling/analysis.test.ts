import { describe, expect, it } from 'vitest';
import { analysePooling, resolvePoolingSettings, type PoolingInput } from '../../../shared/domain/pooling';
import { NBSP, occupations, percent, repeat, series, structure } from './fixtures';

describe('settings', () => {
  it('defaults to 1,607 h a year and a monthly cap of 1,607 / 12', () => {
    const settings = resolvePoolingSettings();
    expect(settings.fteHoursPerYear).toBe(1607);
    expect(settings.maxHoursPerMonth).toBeCloseTo(133.9167, 4);
  });

  it('follows a changed FTE unless the cap is set, and ignores nonsense', () => {
    expect(resolvePoolingSettings({ fteHoursPerYear: 1820 }).maxHoursPerMonth).toBeCloseTo(151.667, 3);
    expect(resolvePoolingSettings({ fteHoursPerYear: 1820, maxHoursPerMonth: 140 }).maxHoursPerMonth).toBe(140);
    expect(resolvePoolingSettings({ fteHoursPerYear: 0, maxHoursPerMonth: -3 })).toMatchObject({ fteHoursPerYear: 1607, maxHoursPerMonth: 1607 / 12 });
  });
});

describe('per occupation and area', () => {
  // One FTE-month = 100 h (1,200 h a year). Nine structures of one EPCI use "agent de service":
  // January–November 8 × 40 h + 50 h = 370 h a month; December 4 h (structure 9).
  const input: PoolingInput = {
    structures: Array.from({ length: 9 }, (_, i) => structure(i + 1, { epciCode: 'E1', epciName: 'CC du Bocage' })),
    occupations,
    period: { from: '2025-01', to: '2025-12' },
    settings: { fteHoursPerYear: 1200 },
    volumes: [
      ...Array.from({ length: 8 }, (_, i) => series(i + 1, 'agent-service-interne', '2025-01', [...repeat(11, 40), 0])).flat(),
      ...series(9, 'agent-service-interne', '2025-01', [...repeat(11, 50), 4]),
    ],
  };

  it('computes combined FTE, structures, peak, trough and occupancy of k positions (hand-computed)', () => {
    const analysis = analysePooling(input, { areas: 'territory', proposalsFor: [] });
    const agent = analysis.occupations[0];
    // 11 × 370 + 4 = 4,074 h over 12 months: 4,074 / 1,200 = 3,395 FTE.
    expect(agent?.hours).toBe(4074);
    expect(agent?.combinedFte).toBeCloseTo(3.395, 10);
    expect(agent?.structureCount).toBe(9);
    expect(agent?.peak).toEqual({ month: '2025-01', hours: 370 });
    expect(agent?.trough).toEqual({ month: '2025-12', hours: 4 });
    // k positions serve min(demand, 100k) a month, occupancy = served / (100k × 12):
    //   k=1: (11 × 100 + 4) / 1,200 = 0,92     k=2: (11 × 200 + 4) / 2,400 = 0,918
    //   k=3: (11 × 300 + 4) / 3,600 = 0,918    k=4: (11 × 370 + 4) / 4,800 = 0,849 (4 = ceil(370 / 100))
    expect(agent?.positions.map((p) => [p.positions, p.servedHours])).toEqual([
      [1, 1104],
      [2, 2204],
      [3, 3304],
      [4, 4074],
    ]);
    expect(agent?.positions.map((p) => p.occupancy)).toEqual([1104 / 1200, 2204 / 2400, 3304 / 3600, 4074 / 4800]);
    expect(agent?.recommendedPositions).toBe(4);
    expect(agent?.isCandidate).toBe(true);
    expect(agent?.reasons).toEqual([]);
    expect(agent?.sentence).toBe(
      `Agent de service : 3,40${NBSP}ETP cumulés dans 9 structures ; un poste mutualisé à temps plein serait occupé à ${percent(0.92)} sur 12${NBSP}mois ; ` +
        `4 postes mutualisés seraient occupés à ${percent(0.85)}.`,
    );
  });

  it('lists the territory and each EPCI, and names the EPCI in the sentence', () => {
    const analysis = analysePooling(input, { proposalsFor: [] });
    expect(analysis.occupations.map((a) => a.area.kind)).toEqual(['territory', 'epci']);
    expect(analysis.occupations[1]?.sentence).toMatch(/^Agent de service \(CC du Bocage\) : 3,4/);
  });

  it('says why an occupation is not a candidate, in French', () => {
    const analysis = analysePooling(
      { ...input, volumes: series(1, 'moniteur-atelier', '2025-01', [30, 0, 0, 20]) },
      { areas: 'territory', proposalsFor: [] },
    );
    const moniteur = analysis.occupations[0];
    expect(moniteur?.isCandidate).toBe(false);
    // 50 h / 1,200 = 0,04 FTE; one structure; (30 + 20) / 1,200 = 4 %.
    expect(moniteur?.reasons).toEqual([
      'Volume cumulé trop faible : 0,04 ETP (minimum 1,00 ETP).',
      'Une seule structure concernée (minimum 2).',
      `Un poste mutualisé ne serait occupé qu’à ${percent(0.04)} (minimum ${percent(0.75)}).`,
    ]);
    expect(moniteur?.recommendedPositions).toBe(0);
    expect(moniteur?.sentence).toBe(
      `Moniteur d’atelier : 0,04${NBSP}ETP cumulé dans une structure ; un poste mutualisé à temps plein serait occupé à ${percent(0.04)} sur 12${NBSP}mois.`,
    );
  });

  it('analyses families too, counting each structure once', () => {
    const both: PoolingInput = { ...input, volumes: [...input.volumes, ...series(1, 'agent-domicile', '2025-01', repeat(12, 10))] };
    const family = analysePooling(both, { areas: 'territory', proposalsFor: [] }).families[0];
    expect(family?.subject).toEqual({ kind: 'family', family: 'nonMedicalServices', label: 'Services non médicaux' });
    expect(family?.hours).toBe(4074 + 120);
    expect(family?.structureCount).toBe(9);
  });

  it('ranks candidates first, then by score', () => {
    const mixed: PoolingInput = {
      ...input,
      volumes: [...input.volumes, ...series(1, 'aide-soignant', '2025-01', repeat(12, 20)), ...series(2, 'aide-soignant', '2025-01', repeat(12, 20))],
    };
    const keys = analysePooling(mixed, { areas: 'territory', proposalsFor: [] }).occupations.map((a) => [a.subject.kind === 'occupation' && a.subject.occupationKey, a.isCandidate]);
    expect(keys).toEqual([
      ['agent-service-interne', true],
      ['aide-soignant', false],
    ]);
  });
});

describe('settings that make no sense', () => {
  it('fall back to the defaults rather than break the analysis', () => {
    expect(resolvePoolingSettings({ minOccupancy: 3, maxStructuresPerArea: 0, maxPositions: -1, maxDistanceKm: -5 })).toMatchObject({
      minOccupancy: 1,
      maxStructuresPerArea: 12,
      maxPositions: 10,
      maxDistanceKm: 0,
    });
    expect(resolvePoolingSettings({ maxDistanceKm: null }).maxDistanceKm).toBeNull();
    expect(resolvePoolingSettings({ maxDistanceKm: 20 }).maxDistanceKm).toBe(20);
  });
});
