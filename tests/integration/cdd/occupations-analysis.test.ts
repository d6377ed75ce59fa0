import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { importYear, openCddWindow } from './cdd-window';

const year = { from: '2025-01', to: '2025-12' };

describe('occupations, analysis and export', () => {
  const tempFolder = useTempFolder();

  it('occupations can be created, renamed, given synonyms and merged without losing data', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls']);
    const created = await window.call('occupations.create', { label: 'Agent polyvalent de nuit', family: 'nonMedicalServices' });
    expect(created).toMatchObject({ key: 'agent-polyvalent-de-nuit', isCustom: true, entryCount: 0 });
    expect(await window.raw('occupations.create', { label: 'Aide-soignante', family: 'care' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await window.raw('occupations.addSynonym', { key: created.key, synonym: 'ASH' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Agent de service hospitalier') },
    });
    const renamed = await window.call('occupations.rename', { key: created.key, label: 'Agent de nuit polyvalent' });
    expect(renamed.synonyms).toContain('Agent polyvalent de nuit');
    await window.call('occupations.addSynonym', { key: created.key, synonym: 'APN' });

    await importYear(window, folder, [40], 'APN');
    expect((await window.call('occupations.list')).find((o) => o.key === created.key)?.entryCount).toBe(12);
    const merged = await window.call('occupations.merge', { keepKey: 'agent-service-interne', mergeKey: created.key });
    expect(merged.entryCount).toBe(12);
    expect(merged.synonyms).toEqual(expect.arrayContaining(['Agent de nuit polyvalent', 'APN']));
    const grid = await window.call('cdd.consolidated', { period: year });
    expect(grid.occupations.map((o) => [o.occupationKey, o.total.hours])).toEqual([['agent-service-interne', 480]]);
    window.close();
  });

  it('the analysis finds the pooled position and the export holds numbers', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    await window.call('settings.update', { minCombinedFte: 0.5 });
    expect(await window.call('settings.get')).toMatchObject({ fteHoursPerYear: 1607, minCombinedFte: 0.5 });
    await importYear(window, folder, [60, 50, 40]);

    const analysis = await window.call('cdd.analysis', { period: year, area: 'territory' });
    const agent = analysis.occupations.find((a) => a.subject.kind === 'occupation' && a.subject.occupationKey === 'agent-service-interne');
    expect(agent).toMatchObject({ hours: 1800, structureCount: 3, isCandidate: true });
    expect(agent?.combinedFte).toBeCloseTo(1800 / 1607, 6);
    expect(agent?.sentence).toContain('3 structures');

    const filtered = await window.call('cdd.consolidated', { period: year, filters: { structureIds: [window.structures[0]!.id] } });
    expect(filtered.total.hours).toBe(720);

    const target = join(folder, 'analyse.xlsx');
    window.answer(target);
    const exported = await window.call('cdd.exportAnalysis', { period: year, area: 'territory' });
    expect(exported.fileName).toBe('analyse.xlsx');
    const workbook = XLSX.readFile(target);
    expect(workbook.SheetNames).toEqual(['Métiers', 'Postes mutualisés', 'Familles de métiers', 'Tableau consolidé', 'Paramètres']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['Tableau consolidé']!);
    expect(rows[0]).toMatchObject({ 'Total (h)': 1800, '01/2025 (h)': 150 });
    const hoursCell = workbook.Sheets['Métiers']!['D2'];
    expect(hoursCell).toMatchObject({ t: 'n', v: 1800 });
    window.close();
  });

  it('a proposal’s month-by-month plan comes on demand, with the proposal’s own figures', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls', 'SAAD du Bocage']);
    window.context.session.file!.db.prepare("UPDATE structure SET epci_code = '200071348', epci_name = 'CA Flers Agglo'").run();
    // The EHPAD needs someone in the first half of the year, the SAAD in the second: one person serves both in turn.
    await importYear(window, folder, [
      [100, 100, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 110, 110, 110, 110, 110, 110],
    ]);
    const query = { period: year, area: 'epci' as const, thresholds: { minCombinedFte: 0.1, minStructures: 2, minOccupancy: 0.5 } };
    const analysis = await window.call('cdd.analysis', query);
    const proposal = analysis.proposals[0]!;
    expect(proposal.structures.map((s) => s.name)).toEqual(['SAAD du Bocage', 'EHPAD Les Tilleuls']);
    expect(proposal).toMatchObject({ demandHours: 1260, servedHours: 1260, unservedHours: 0, monthsWithUnservedHours: 0, worstUnservedMonth: null, isCandidate: true });
    expect(proposal).not.toHaveProperty('months');

    const structureIds = proposal.structures.map((s) => s.structureId);
    const plan = await window.call('cdd.proposalPlan', { period: year, thresholds: query.thresholds, occupationKey: proposal.occupationKey, structureIds });
    expect(plan).toHaveLength(12);
    expect(plan[0]).toEqual({ month: '2025-01', byStructure: [{ structureId: structureIds[0], hours: 0 }, { structureId: structureIds[1], hours: 100 }], demandHours: 100, servedHours: 100, unservedHours: 0, occupancy: 100 / (1607 / 12) });
    expect(plan[11]?.byStructure).toEqual([{ structureId: structureIds[0], hours: 110 }, { structureId: structureIds[1], hours: 0 }]);
    expect(plan.reduce((total, m) => total + m.servedHours, 0)).toBe(proposal.servedHours);

    // Asked for a structure without hours of the occupation (the data changed since): a clear refusal.
    const other = await window.call('structures.create', { name: 'ESAT de Flers' });
    expect(await window.raw('cdd.proposalPlan', { period: year, occupationKey: proposal.occupationKey, structureIds: [structureIds[0]!, other.structure.id] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('relancez l’analyse') },
    });
    expect(await window.raw('cdd.proposalPlan', { period: year, occupationKey: proposal.occupationKey, structureIds: [structureIds[0]!] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Un poste mutualisé réunit 2 ou 3 structures.' },
    });
    // The same structure twice would count its hours twice: refused.
    expect(await window.raw('cdd.proposalPlan', { period: year, occupationKey: proposal.occupationKey, structureIds: [structureIds[0]!, structureIds[0]!] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Une structure ne figure qu’une fois dans un poste mutualisé.' },
    });
    window.close();
  });
});
