import { describe, expect, it } from 'vitest';
import { analysePooling, type PoolingInput } from '../../../shared/domain/pooling';
import { repeat, series, structure } from './fixtures';

// The case of issue 7: aide-soignant and infirmier hours added into « 4 postes » of the care family.
const occupations = [
  { key: 'aide-soignant', label: 'Aide-soignant', family: 'care' as const, isRegulated: true },
  { key: 'infirmier', label: 'Infirmier', family: 'care' as const, isRegulated: true },
  { key: 'agent-hotelier', label: 'Agent hôtelier', family: 'care' as const },
];

describe('regulated occupations', () => {
  const input: PoolingInput = {
    structures: [structure(1), structure(2), structure(3)],
    occupations,
    period: { from: '2025-01', to: '2025-12' },
    settings: { fteHoursPerYear: 1200 },
    volumes: [
      ...series(1, 'aide-soignant', '2025-01', repeat(12, 150)),
      ...series(2, 'infirmier', '2025-01', repeat(12, 150)),
      ...series(3, 'agent-hotelier', '2025-01', repeat(12, 30)),
    ],
  };

  it('are never added to another occupation of their family', () => {
    const analysis = analysePooling(input, { areas: 'territory', proposalsFor: [] });
    const care = analysis.families.find((family) => family.subject.kind === 'family' && family.subject.family === 'care');
    // Only the agent hôtelier's 360 h: no one without the diploma takes an aide-soignant's or a nurse's hours.
    expect(care?.hours).toBe(360);
    expect(care?.structureCount).toBe(1);
  });

  it('are still analysed each on its own', () => {
    const analysis = analysePooling(input, { areas: 'territory', proposalsFor: [] });
    const keys = analysis.occupations.map((a) => (a.subject.kind === 'occupation' ? a.subject.occupationKey : ''));
    expect(keys).toEqual(expect.arrayContaining(['aide-soignant', 'infirmier', 'agent-hotelier']));
    expect(analysis.occupations.find((a) => a.subject.kind === 'occupation' && a.subject.occupationKey === 'aide-soignant')?.hours).toBe(1800);
  });

  it('without the flag, a family still sums all its occupations (files with occupations of their own)', () => {
    const unflagged = { ...input, occupations: occupations.map(({ isRegulated: _r, ...o }) => o) };
    const care = analysePooling(unflagged, { areas: 'territory', proposalsFor: [] }).families[0];
    expect(care?.hours).toBe(3960);
  });
});

describe('the regulated flag of the store', () => {
  it('comes from ROME’s emploi_reglemente, shipped with the occupation reference', async () => {
    const { isRegulatedRomeCode } = await import('../../../electron/main/store/cdd/seed-occupations');
    for (const code of ['J1501', 'J1506', 'J1304', 'K1104']) expect(isRegulatedRomeCode(code), code).toBe(true);
    for (const code of ['K2205', 'K1304', 'J1301']) expect(isRegulatedRomeCode(code), code).toBe(false);
    expect(isRegulatedRomeCode(null)).toBe(false);
  });
});
