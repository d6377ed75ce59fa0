import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { cddSnapshot, fillWithSheetJs, openCddWindow, prepareWorkbooks } from './cdd-window';

const year = { from: '2025-01', to: '2025-12' };

describe('CDD re-imports', () => {
  const tempFolder = useTempFolder();

  it('the same file again needs confirmation, then replaces the first import and never counts twice', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const ehpad = window.structures[0]!;
    const { pathOf } = await prepareWorkbooks(window, folder);
    const filled = join(folder, 'retour.xlsx');
    fillWithSheetJs(pathOf(ehpad.id), filled, [
      ['EHPAD Les Tilleuls', '01/2025', 'ASH', 2, 150, null],
      ['EHPAD Les Tilleuls', '02/2025', 'ASH', 1, 80, null],
    ]);
    window.answer(filled);
    const first = await window.call('cdd.readReturned');
    expect(first.files[0]?.replaces).toEqual([]);
    await window.call('cdd.commitReturned', { importId: first.importId, fileIndex: 0 });

    window.answer(filled);
    const second = await window.call('cdd.readReturned');
    expect(second.files[0]?.replaces.map((r) => r.reason)).toEqual(['same-file']);
    const before = cddSnapshot(window);
    const refused = await window.raw('cdd.commitReturned', { importId: second.importId, fileIndex: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Confirmez le remplacement') } });
    expect(cddSnapshot(window)).toBe(before);

    const committed = await window.call('cdd.commitReturned', { importId: second.importId, fileIndex: 0, confirmReplace: true });
    expect(committed.replaced).toMatchObject([{ fileName: 'retour.xlsx', replacedBy: committed.import.id }]);
    const grid = await window.call('cdd.consolidated', { period: year });
    expect(grid.total).toMatchObject({ hours: 230, contracts: 3 });

    // Committing the same read twice is refused: the file is already in.
    expect(await window.raw('cdd.commitReturned', { importId: second.importId, fileIndex: 0, confirmReplace: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const log = await window.call('cdd.imports', {});
    expect(log.map((entry) => [entry.replacedBy === null, entry.rowsAccepted, entry.hours])).toEqual([
      [true, 2, 230],
      [false, 2, 230],
    ]);
    window.close();
  });

  it('a corrected file for the same structure and period replaces the earlier figures', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const ehpad = window.structures[0]!;
    const { pathOf } = await prepareWorkbooks(window, folder);
    const firstFile = join(folder, 'retour-v1.xlsx');
    fillWithSheetJs(pathOf(ehpad.id), firstFile, [['EHPAD Les Tilleuls', '01/2025', 'ASH', 2, 150, null]]);
    const secondFile = join(folder, 'retour-v2.xlsx');
    fillWithSheetJs(pathOf(ehpad.id), secondFile, [
      ['EHPAD Les Tilleuls', '01/2025', 'ASH', 1, 100, null],
      ['EHPAD Les Tilleuls', '03/2025', 'Aide-soignant', 1, 20, null],
    ]);
    window.answer(firstFile);
    const first = await window.call('cdd.readReturned');
    await window.call('cdd.commitReturned', { importId: first.importId, fileIndex: 0 });

    window.answer(secondFile);
    const second = await window.call('cdd.readReturned');
    expect(second.files[0]?.replaces).toMatchObject([{ fileName: 'retour-v1.xlsx', reason: 'same-period' }]);
    const result = await window.call('cdd.commitReturned', { importId: second.importId, fileIndex: 0, confirmReplace: true });
    expect(result.replaced.map((r) => r.fileName)).toEqual(['retour-v1.xlsx']);
    expect(result.backupId).toMatch(/_import\.passerelles$/);

    const grid = await window.call('cdd.consolidated', { period: year });
    expect(grid.total).toMatchObject({ hours: 120, contracts: 2 });
    const missing = await window.call('cdd.missing', { period: year });
    expect(missing.missing.map((m) => m.name)).toEqual(['ESAT de Flers', 'SAAD du Bocage']);
    expect(missing.missing.every((m) => m.wasSent && m.isMember)).toBe(true);
    window.close();
  });
});
