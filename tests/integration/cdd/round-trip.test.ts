import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { fillWithSheetJs, openCddWindow, prepareWorkbooks } from './cdd-window';

describe('CDD collection round trip', () => {
  const tempFolder = useTempFolder();

  it('a workbook filled by another program comes back with the exact figures', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    window.context.app.userName = () => 'mdupont';
    const [ehpad, saad] = window.structures;
    const { prepared, pathOf } = await prepareWorkbooks(window, folder);
    expect(prepared.files.map((f) => f.fileName)).toContain('CDD 2025-01 à 2025-12 - EHPAD Les Tilleuls.xlsx');

    const ehpadFile = join(folder, 'retour-ehpad.xlsx');
    fillWithSheetJs(pathOf(ehpad!.id), ehpadFile, [
      ['EHPAD Les Tilleuls', '01/2025', 'Agent de service hospitalier (ASH)', 2, 151.5, 'Remplacement maladie'],
      ['EHPAD Les Tilleuls', '02/2025', 'ASH', 1, '12,5', 'Congés'],
      ['EHPAD Les Tilleuls', '02/2025', 'aide soignante', 3, '300 h', 'Formation'],
      [null, null, null, null, null, null],
      ['EHPAD Les Tilleuls', '03/2025', 'Agent de service hospitalier (ASH)', 1, 100, null],
    ]);
    const saadFile = join(folder, 'retour-saad.xlsx');
    fillWithSheetJs(pathOf(saad!.id), saadFile, [['SAAD du Bocage', '01/2025', 'Aide à domicile', 4, 600, 'Accroissement temporaire d’activité']]);

    window.answer([ehpadFile, saadFile]);
    const read = await window.call('cdd.readReturned');
    expect(read.files.map((f) => [f.status, f.recognisedBy, f.counts.accepted, f.counts.refused])).toEqual([
      ['ready', 'meta', 4, 0],
      ['ready', 'meta', 1, 0],
    ]);
    expect(read.files[0]?.structure).toEqual({ id: ehpad!.id, name: 'EHPAD Les Tilleuls' });
    expect(read.files[0]?.period).toEqual({ from: '2025-01', to: '2025-12' });
    expect(read.files[0]?.totals).toEqual({ hours: 564, contracts: 7 });

    await window.call('cdd.commitReturned', { importId: read.importId, fileIndex: 0 });
    await window.call('cdd.commitReturned', { importId: read.importId, fileIndex: 1 });

    const grid = await window.call('cdd.consolidated', { period: { from: '2025-01', to: '2025-12' } });
    const ash = grid.occupations.find((o) => o.occupationKey === 'agent-service-hospitalier');
    expect(ash?.byMonth.slice(0, 3).map((m) => m.hours)).toEqual([151.5, 12.5, 100]);
    expect(ash?.total).toMatchObject({ hours: 264, contracts: 4 });
    expect(ash?.structureCount).toBe(1);
    expect(grid.occupations.find((o) => o.occupationKey === 'aide-soignant')?.total.hours).toBe(300);
    expect(grid.occupations.find((o) => o.occupationKey === 'agent-domicile')?.byMonth[0]?.hours).toBe(600);
    expect(grid.total.hours).toBe(1164);
    expect(grid.total.fte).toBeCloseTo(1164 / 1607, 6);

    const cell = await window.call('cdd.drillDown', { period: { from: '2025-01', to: '2025-12' }, month: '2025-01' });
    expect(cell.map((line) => [line.name, line.hours])).toEqual([
      ['SAAD du Bocage', 600],
      ['EHPAD Les Tilleuls', 151.5],
    ]);

    // The seasonality chart: ASH month by month, one line per structure, from one call.
    const profile = await window.call('cdd.monthlyProfile', { period: { from: '2025-01', to: '2025-12' }, occupationKey: 'agent-service-hospitalier' });
    expect(profile).toHaveLength(12);
    expect(profile.slice(0, 4).map((m) => [m.month, m.lines.map((l) => [l.name, l.hours])])).toEqual([
      ['2025-01', [['EHPAD Les Tilleuls', 151.5]]],
      ['2025-02', [['EHPAD Les Tilleuls', 12.5]]],
      ['2025-03', [['EHPAD Les Tilleuls', 100]]],
      ['2025-04', []],
    ]);

    const missing = await window.call('cdd.missing', { period: { from: '2025-01', to: '2025-12' } });
    expect(missing.missing.map((m) => m.name)).toEqual(['ESAT de Flers']);
    expect(missing).toMatchObject({ expected: 3, received: 2 });

    const log = await window.call('cdd.imports', {});
    expect(log).toHaveLength(2);
    expect(log.every((entry) => entry.replacedBy === null)).toBe(true);
    // Who and when, beside the file's name, its fingerprint and its counts.
    expect(log.map((entry) => entry.importedBy)).toEqual(['mdupont', 'mdupont']);
    window.close();
  });
});
