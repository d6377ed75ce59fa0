import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openExchangeWindow } from './exchange-window';

describe('who could fill an ad, with the competencies assessed', () => {
  const tempFolder = useTempFolder();

  it('ranks equal wishes and area by closeness to the structure’s own grid, the unassessed after, from the latest assessment', async () => {
    const window = await openExchangeWindow(tempFolder());
    const aes = window.occupation('K1306');
    const avf = window.occupation('K1311'); // a neighbour of AES under K1302
    const { occupations } = await window.call('grids.overview'); // loads the ROME starter set
    const occupationId = occupations.find((o) => o.key === aes.key)?.occupationId ?? 0;

    // The EHPAD's own AES grid, cut down to two lines so the proximity can be computed by hand.
    const grid = await window.call('grids.createForEmployer', { occupationId, structureId: window.ehpadId });
    const [care, hygiene] = grid.requirements.map((r) => r.competencyId);
    if (care === undefined || hygiene === undefined) throw new Error('the reference AES grid has fewer than two lines');
    for (const line of grid.requirements.slice(2)) await window.call('grids.setRequirement', { gridId: grid.gridId, competencyId: line.competencyId, level: 0 });
    await window.call('grids.setRequirement', { gridId: grid.gridId, competencyId: care, level: 3, isCore: true });
    await window.call('grids.setRequirement', { gridId: grid.gridId, competencyId: hygiene, level: 2, isCore: false });

    const ad = await window.call('exchange.ads.save', { ad: { structureId: window.ehpadId, occupationKey: aes.key, title: 'AES', contract: 'cdd' } });
    const save = async (lastName: string, wished: string) => (await window.call('exchange.candidates.save', { candidate: window.candidate({ lastName, wishedOccupationKeys: [wished], communeCode: '61169' }) })).id;
    const assess = (personId: number, competencyId: number, level: number, assessedOn: string) => window.call('assessments.record', { personId, competencyId, level, assessedOn, assessedBy: 'Tutrice' });
    const aubert = await save('Aubert', aes.key);
    const hamel = await save('Hamel', aes.key);
    await save('Lebrun', aes.key); // never assessed
    const bazin = await save('Bazin', avf.key);
    await assess(aubert, care, 3, '2026-10-01');
    await assess(aubert, hygiene, 2, '2026-10-01');
    await assess(hamel, care, 3, '2025-03-01'); // an older assessment: the later one counts
    await assess(hamel, care, 1, '2026-10-15');
    await assess(hamel, hygiene, 2, '2026-10-15');
    await assess(bazin, care, 3, '2026-10-01');
    await assess(bazin, hygiene, 2, '2026-10-01');

    const found = await window.call('exchange.ads.matches', { id: ad.id });
    expect(found.gridSource).toBe('employer');
    // Weights: care is core (×2), hygiene ×1. Aubert 3/3 and 2/2 → 1; Hamel (2 × 1/3 + 1) / 3 = 5/9.
    expect(found.matches.map((m) => [m.candidate.lastName, m.occupationFit, m.competencies ? Number(m.competencies.score.toFixed(6)) : null])).toEqual([
      ['Aubert', 'same', 1],
      ['Hamel', 'same', Number((5 / 9).toFixed(6))],
      ['Lebrun', 'same', null],
      ['Bazin', 'neighbour', 1], // the closest in competencies, but a neighbour occupation comes after
    ]);
    const hamelFit = found.matches[1]?.competencies;
    expect(hamelFit?.assessed).toBe(2);
    expect(hamelFit?.gaps).toEqual([{ competencyId: care, label: expect.any(String) as string, required: 3, held: 1, isCore: true }]);
    expect(hamelFit?.gaps[0]?.label.length).toBeGreaterThan(3);
    expect(found.matches[0]?.competencies?.gaps).toEqual([]);

    // Without its own grid the structure's ad is compared with the reference grid.
    await window.call('grids.deleteEmployerGrid', { gridId: grid.gridId });
    const byReference = await window.call('exchange.ads.matches', { id: ad.id });
    expect(byReference.gridSource).toBe('reference');
    expect(byReference.matches.find((m) => m.candidate.lastName === 'Aubert')?.competencies?.score).toBeLessThan(1);
    window.close();
  });

  it('compares with the reference grid even when no competency screen was opened, the unassessed ranked on wishes and area', async () => {
    const window = await openExchangeWindow(tempFolder());
    const aes = window.occupation('K1306');
    const ad = await window.call('exchange.ads.save', { ad: { structureId: window.ehpadId, occupationKey: aes.key, title: 'AES', contract: 'cdd' } });
    await window.call('exchange.candidates.save', { candidate: window.candidate({ lastName: 'Aubert', wishedOccupationKeys: [aes.key] }) });
    const found = await window.call('exchange.ads.matches', { id: ad.id });
    expect(found.gridSource).toBe('reference');
    expect(found.matches.map((m) => [m.candidate.lastName, m.competencies])).toEqual([['Aubert', null]]);
    window.close();
  });
});
