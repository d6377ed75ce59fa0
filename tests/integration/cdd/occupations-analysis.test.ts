import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { fillWithSheetJs, openCddWindow, prepareWorkbooks } from './cdd-window';

const year = { from: '2025-01', to: '2025-12' };

/** Imports 12 months of one occupation for each structure (hours by structure). */
async function importYear(window: Awaited<ReturnType<typeof openCddWindow>>, folder: string, hoursByStructure: number[], occupation = 'Agent de service') {
  const { pathOf } = await prepareWorkbooks(window, folder);
  const files = window.structures.map((structure, index) => {
    const target = join(folder, `retour-${structure.id}.xlsx`);
    const rows = Array.from({ length: 12 }, (_, m) => [structure.name, `${String(m + 1).padStart(2, '0')}/2025`, occupation, 1, hoursByStructure[index] ?? 0, 'Remplacement maladie']);
    fillWithSheetJs(pathOf(structure.id), target, rows);
    return target;
  });
  window.answer(files);
  const read = await window.call('cdd.readReturned');
  for (const file of read.files) await window.call('cdd.commitReturned', { importId: read.importId, fileIndex: file.fileIndex });
}

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
});
