import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { droppedFileName } from '../../../electron/main/workbooks/cdd-import/dropped-files';
import { useTempFolder } from '../../support/temp-folder';
import { cddSnapshot, fillWithSheetJs, openCddWindow, prepareWorkbooks } from './cdd-window';

const dropped = (path: string, name = path.split('/').pop()!) => ({ name, bytes: readFileSync(path) });
const depotFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('passerelles-depot-'));

describe('CDD files dropped on the import panel', () => {
  const tempFolder = useTempFolder();

  it('are read and checked like chosen ones, under their own names, and leave no copy behind', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const { pathOf } = await prepareWorkbooks(window, folder);
    const [ehpad, saad] = window.structures;
    const ehpadFile = join(folder, 'retour EHPAD.xlsx');
    const saadFile = join(folder, 'retour SAAD.xlsx');
    fillWithSheetJs(pathOf(ehpad!.id), ehpadFile, [['EHPAD Les Tilleuls', '01/2025', 'ASH', 2, 150, null]]);
    fillWithSheetJs(pathOf(saad!.id), saadFile, [['SAAD du Bocage', '02/2025', 'Agent de service', 1, 80, 'Congés']]);
    const before = depotFolders();

    window.answer([ehpadFile, saadFile]);
    const chosen = await window.call('cdd.readReturned');
    const read = await window.call('cdd.readDropped', { files: [dropped(ehpadFile), dropped(saadFile, 'C:\\Users\\direction\\..\\retour SAAD.xlsx')] });
    expect(read.files).toEqual(chosen.files);
    expect(read.files.map((f) => [f.fileName, f.status, f.counts.accepted])).toEqual([
      ['retour EHPAD.xlsx', 'ready', 1],
      ['retour SAAD.xlsx', 'ready', 1],
    ]);
    expect(depotFolders()).toEqual(before);

    const committed = await window.call('cdd.commitReturned', { importId: read.importId, fileIndex: 0 });
    expect(committed.import).toMatchObject({ fileName: 'retour EHPAD.xlsx', sha256: chosen.files[0]!.sha256, rowsAccepted: 1 });
    expect((await window.call('cdd.consolidated', { period: { from: '2025-01', to: '2025-12' } })).total.hours).toBe(150);
    window.close();
  });

  it('that are not workbooks are refused in French and change nothing', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    await window.call('occupations.list'); // the reference list is loaded on first use: not a change a refusal makes
    const before = cddSnapshot(window);
    const text = { name: 'notes.xlsx', bytes: Buffer.from('ceci n’est pas un classeur') };
    const read = await window.call('cdd.readDropped', { files: [text, { name: 'vide.xlsx', bytes: new ArrayBuffer(0) }] });
    expect(read.files.map((f) => f.status)).toEqual(['refused', 'refused']);
    expect(read.files[0]?.refusal).toContain('n’est pas un classeur .xlsx lisible');
    expect(read.files[1]?.refusal).toContain('est vide');
    expect(await window.raw('cdd.commitReturned', { importId: read.importId, fileIndex: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await window.raw('cdd.readDropped', { files: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Déposez au moins un classeur') } });
    expect(await window.raw('cdd.readDropped', { files: [{ name: ' ', bytes: new Uint8Array(0) }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('n’a pas de nom') } });
    expect(cddSnapshot(window)).toBe(before);
    window.close();
  });

  it('travel as bytes, within a cap per file and for the whole drop', async () => {
    const window = await openCddWindow(tempFolder());
    const megabytes = (n: number) => new ArrayBuffer(n * 1024 * 1024);
    // Four files each under the cap, 240 Mo together: one message that large is refused before anything is written.
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `retour ${i}.xlsx`, bytes: megabytes(60) }));
    expect(await window.raw('cdd.readDropped', { files: four })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Ces classeurs dépassent 200\u00a0Mo à eux tous : déposez-les en plusieurs fois.' },
    });
    expect(await window.raw('cdd.readDropped', { files: [{ name: 'gros.xlsx', bytes: megabytes(65) }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Ce classeur dépasse 64\u00a0Mo : découpez-le par année, puis déposez les morceaux.' },
    });
    // base64 text is not bytes any more.
    expect(await window.raw('cdd.readDropped', { files: [{ name: 'texte.xlsx', bytes: 'UEsDBA==' }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    window.close();
  });

  it('keep only a plain file name, whatever the screen sends', () => {
    expect(droppedFileName('../../etc/passwd.xlsx')).toBe('passwd.xlsx');
    expect(droppedFileName('C:\\Users\\x\\retour.xlsx')).toBe('retour.xlsx');
    expect(droppedFileName('re:tour?<1>.xlsx')).toBe('retour1.xlsx');
    expect(droppedFileName('..')).toBe('classeur.xlsx');
    expect(droppedFileName('   ')).toBe('classeur.xlsx');
    expect(droppedFileName('.cache.xlsx')).toBe('cache.xlsx');
  });
});
