import { copyFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { commitFiness, finessCommitOf } from '../../../electron/main/imports/finess/commit';
import { readFinessExtract } from '../../../electron/main/imports/finess/extract';
import { commitFinessInWorker } from '../../../electron/main/imports/finess/in-worker';
import { planFinessImport } from '../../../electron/main/imports/finess/plan';
import { ProgressTracker } from '../../../electron/main/progress';
import { openSecondConnection } from '../../../electron/main/store/association-file';
import { describeWorkbook, readSheet } from '../../../electron/main/workbooks/members-import/describe';
import { commitMembersInWorker, planMembersInWorker, readImportedWorkbook } from '../../../electron/main/workbooks/members-import/in-worker';
import { packedSheetsFor, type MembersPlanRequest } from '../../../electron/main/workbooks/members-import/worker-plan';
import { memberBenchFiness, memberBenchWorkbook } from '../../bench/members';
import { useBuiltWorker } from '../../support/built-worker';
import { useTempFolder } from '../../support/temp-folder';
import { writeValidSample } from '../member-imports/finess-files';
import { openImportWindow, registerFingerprint } from '../member-imports/import-window';

const tempFolder = useTempFolder();
const builtWorker = useBuiltWorker('workbook-worker', 'electron/main/workers/workbook-worker.ts');
const now = new Date('2026-01-05T10:00:00Z');

/** A new association file and a members workbook of `rows` rows, read, with the suggested mapping; `request(id)` plans it under that id. */
async function readWorkbook(rows: number) {
  const folder = tempFolder();
  const window = openImportWindow(folder);
  const path = await window.createAssociation();
  const workbookPath = join(folder, 'adherents.xlsx');
  await memberBenchWorkbook(workbookPath, rows);
  const { grids, packed, sha256 } = await readImportedWorkbook(workbookPath, { workerScript: null });
  const read = { fileName: basename(workbookPath), sha256, sheets: grids.map(readSheet) };
  const described = describeWorkbook(read, 'test');
  const sheet = described.sheets.find((candidate) => candidate.name === described.suggestedSheet)!;
  const mapping = Object.fromEntries(sheet.columns.map((column) => [String(column.index), column.suggestedField]));
  const choice = { sheet: sheet.name, mapping, membershipYear: null };
  const request = (planId: string): MembersPlanRequest => ({ planId, fileName: read.fileName, sha256, sheets: packedSheetsFor(read, packed, sheet.name), choice, thisYear: 2025 });
  return { folder, window, path, workbookPath, mapping, sheet: sheet.name, request };
}

/** Every label the window's bar shows, « task label », in order; and each step, « task done/total ». */
function recordProgress(window: ReturnType<typeof openImportWindow>): { labels: string[]; steps: string[] } {
  const labels: string[] = [];
  const steps: string[] = [];
  const tracker = new ProgressTracker();
  const start = tracker.start.bind(tracker);
  tracker.start = (task, label, total) => {
    const handle = start(task, label, total);
    return {
      ...handle,
      update: (done, nextTotal, nextLabel) => {
        handle.update(done, nextTotal, nextLabel);
        const shown = tracker.current()!;
        labels.push(`${task} ${shown.label}`);
        steps.push(`${task} ${shown.done}/${shown.total}`);
      },
    };
  };
  window.context.progress = tracker;
  return { labels, steps };
}

describe('the members workbook and FINESS commits, off the main thread', () => {
  it('plans a 10,000-row members workbook in the built worker, commits that plan in one transaction, and reports the rows written', async () => {
    const { window, path, request } = await readWorkbook(10_000);
    const planned = request('plan-10k');
    const preview = await planMembersInWorker(path, planned, { workerScript: builtWorker() });
    expect(preview.counts).toEqual({ add: 10_000, update: 0, refused: 0, skipped: 0 });
    expect(preview.rows[0]).toEqual({ sheet: 'Adhérents 2025', row: 3, status: 'add', name: 'Structure 0', structureId: null, messages: [] });
    // The plan waits in the worker: the register is untouched until the commit.
    expect(registerFingerprint(window.db()).counts).toEqual({ structure: 0, contact: 0, membership: 0, import_log: 0 });
    const written: number[] = [];
    const counts = await commitMembersInWorker(path, planned, now, 'mdupont', { workerScript: builtWorker(), onRows: (rows) => written.push(rows) });
    expect(counts).toEqual({ added: 10_000, updated: 0, refused: 0, skipped: 0, contactsSaved: 10_000, membershipsSaved: 10_000 });
    expect(written).toEqual([...Array.from({ length: 20 }, (_, i) => (i + 1) * 500), 10_000]);
    // The window's own connection sees every row and the one log line at once.
    expect(registerFingerprint(window.db()).counts).toEqual({ structure: 10_000, contact: 10_000, membership: 10_000, import_log: 1 });
    expect(window.db().prepare('SELECT kind, file_name AS fileName, imported_by AS importedBy, added FROM import_log').get()).toEqual({
      kind: 'membersWorkbook',
      fileName: 'adherents.xlsx',
      importedBy: 'mdupont',
      added: 10_000,
    });
    window.close();
  }, 60_000);

  it('a worker that no longer holds the plan plans again inside the commit, against the register as it is then', async () => {
    const { window, path, request } = await readWorkbook(300);
    await planMembersInWorker(path, request('replaced'), { workerScript: builtWorker() });
    // Row 12's structure was typed by hand since, and the plan the worker holds is another one's.
    await window.call('structures.create', { name: 'Saisie à la main', finessEt: memberBenchFiness(12) });
    const counts = await commitMembersInWorker(path, request('never-planned'), now, 'mdupont', { workerScript: builtWorker() });
    expect(counts).toMatchObject({ added: 299, updated: 1, refused: 0 });
    expect(registerFingerprint(window.db()).counts).toEqual({ structure: 300, contact: 300, membership: 300, import_log: 1 });
    window.close();
  }, 60_000);

  it('a preview that cannot be made says so in French and changes nothing: a sheet not in the file, a worker that dies', async () => {
    const { window, path, request } = await readWorkbook(50);
    const before = registerFingerprint(window.db());
    const otherSheet = { ...request('sheet'), sheets: [], choice: { ...request('sheet').choice, sheet: 'Feuil2' } };
    await expect(planMembersInWorker(path, otherSheet, { workerScript: builtWorker() })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'La feuille «\u00a0Feuil2\u00a0» n’existe pas dans «\u00a0adherents.xlsx\u00a0» : choisissez-en une autre.',
    });
    const dies = join(tempFolder(), 'dies.mjs');
    writeFileSync(dies, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(planMembersInWorker(path, request('dies'), { workerScript: dies })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: 'La vérification de «\u00a0adherents.xlsx\u00a0» n’a pas abouti ; rien n’a été modifié. Réessayez ; si l’erreur revient, relisez le fichier.',
    });
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    expect(registerFingerprint(window.db())).toEqual(before);
    window.close();
  }, 60_000);

  it('a kept plan the register no longer allows is refused in the worker, leaves the file as it was, and says why in French', async () => {
    const { window, path, request } = await readWorkbook(600);
    const typed = await window.call('structures.create', { name: 'Saisie à la main', finessEt: memberBenchFiness(0) });
    // A later one keeps the largest id: the new rows' ids do not reuse the deleted one.
    await window.call('structures.create', { name: 'Autre structure' });
    const updating = request('updating');
    expect((await planMembersInWorker(path, updating, { workerScript: builtWorker() })).counts).toMatchObject({ add: 599, update: 1 });
    // Another window deletes the structure row 3 updates, after the preview.
    window.db().prepare('DELETE FROM structure WHERE id = ?').run(typed.structure.id);
    const before = registerFingerprint(window.db());
    await expect(commitMembersInWorker(path, updating, now, 'mdupont', { workerScript: builtWorker() })).rejects.toMatchObject({
      name: 'AppError',
      code: 'NOT_FOUND',
      message: 'Cette structure n’existe plus (elle a peut-être été supprimée) : rechargez la liste.',
    });
    expect(registerFingerprint(window.db())).toEqual(before);
    // Row 13's FINESS typed by another window after the preview: the unique index refuses it, naming the structure.
    const adding = request('adding');
    expect((await planMembersInWorker(path, adding, { workerScript: builtWorker() })).counts).toMatchObject({ add: 600, update: 0 });
    await window.call('structures.create', { name: 'Résidence saisie ailleurs', finessEt: memberBenchFiness(10) });
    const beforeTwice = registerFingerprint(window.db());
    await expect(commitMembersInWorker(path, adding, now, 'mdupont', { workerScript: builtWorker() })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(new RegExp(`^Le FINESS établissement ${memberBenchFiness(10)} est déjà utilisé par «\\s?Résidence saisie ailleurs\\s?» :`)),
    });
    expect(registerFingerprint(window.db())).toEqual(beforeTwice);
    // A file the worker cannot write to (gone since): nothing half-written, a French message.
    await expect(commitMembersInWorker(join(tempFolder(), 'absent.passerelles'), request('absent'), now, 'mdupont', { workerScript: builtWorker() })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: 'L’enregistrement de « adherents.xlsx » n’a pas abouti ; rien n’a été enregistré. Réessayez ; si l’erreur revient, relisez le fichier.',
    });
    window.close();
  }, 60_000);

  it('through the window, the preview moves the bar with the rows checked; the commit takes the undo backup first and moves it with the rows written', async () => {
    const { window, workbookPath, mapping, sheet } = await readWorkbook(1_200);
    const { labels, steps } = recordProgress(window);
    window.answer(workbookPath);
    const read = await window.call('membersWorkbook.read');
    const choice = { importId: read.importId, sheet, mapping };
    await window.call('membersWorkbook.preview', choice);
    // The preview's bar counts the rows checked, under one label.
    expect(steps.filter((step) => step.startsWith('membersWorkbook.preview'))).toEqual(['membersWorkbook.preview 500/1200', 'membersWorkbook.preview 1000/1200', 'membersWorkbook.preview 1200/1200']);
    expect(new Set(labels.filter((label) => label.startsWith('membersWorkbook.preview')))).toEqual(new Set(['membersWorkbook.preview Vérification de «\u00a0adherents.xlsx\u00a0»']));
    expect(await window.call('undo.last')).toBeNull();
    const counts = await window.call('membersWorkbook.commit', choice);
    expect(counts.added).toBe(1_200);
    // The bar adds « — 500 sur 1 200 (42 %) » to the label: the label does not count them too.
    expect(steps.filter((step) => step.startsWith('membersWorkbook.commit'))).toEqual(['membersWorkbook.commit 500/1200', 'membersWorkbook.commit 1000/1200', 'membersWorkbook.commit 1200/1200']);
    expect(new Set(labels.filter((label) => label.startsWith('membersWorkbook.commit')))).toEqual(new Set(['membersWorkbook.commit Enregistrement de «\u00a0adherents.xlsx\u00a0»']));
    expect(await window.call('undo.last')).toMatchObject({ label: 'l’import du classeur d’adhérents' });
    window.close();
  }, 60_000);

  it('commits a FINESS department in the built worker exactly as in process', async () => {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    const path = await window.createAssociation();
    const copy = join(folder, 'copie.passerelles');
    window.close();
    copyFileSync(path, copy);
    const extract = await readFinessExtract(writeValidSample(folder));
    const filters = { departmentCode: '61', categoryCodes: [], communeCodes: [], epciCodes: [] };
    const results = [];
    for (const [file, workerScript] of [[path, builtWorker()], [copy, null]] as const) {
      const db = openSecondConnection(file);
      const commit = finessCommitOf(extract, planFinessImport(db, extract, filters), filters);
      const written: number[] = [];
      const counts =
        workerScript === null ? commitFiness(db, commit, now, 'mdupont', (rows) => written.push(rows)) : await commitFinessInWorker(file, commit, now, 'mdupont', { workerScript, onRows: (rows) => written.push(rows) });
      results.push({ counts, written, register: registerFingerprint(db) });
      db.close();
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]?.counts.added).toBeGreaterThan(0);
    expect(results[0]?.written).toEqual([results[0]!.counts.added]);
  });

  it('a FINESS commit refused in the worker leaves the file as it was; through the window the bar counts the establishments', async () => {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    const path = await window.createAssociation();
    const extractPath = writeValidSample(folder);
    const extract = await readFinessExtract(extractPath);
    const filters = { departmentCode: '61', categoryCodes: [], communeCodes: [], epciCodes: [] };
    const commit = finessCommitOf(extract, planFinessImport(window.db(), extract, filters), filters);
    const before = registerFingerprint(window.db());
    // The last establishment updates a structure deleted meanwhile: the ones added before it go too.
    const gone = { ...commit, toUpdate: [{ id: 99_999, changes: { name: 'Disparue' }, location: null }], counts: { ...commit.counts, updated: 1 } };
    await expect(commitFinessInWorker(path, gone, now, 'mdupont', { workerScript: builtWorker() })).rejects.toMatchObject({ name: 'AppError', code: 'NOT_FOUND' });
    expect(registerFingerprint(window.db())).toEqual(before);

    const { labels, steps } = recordProgress(window);
    window.answer(extractPath);
    const { importId } = await window.call('finess.read');
    await window.call('finess.preview', { importId, departmentCode: '61' });
    const counts = await window.call('finess.commit', { importId, departmentCode: '61' });
    expect(labels.filter((label) => label.startsWith('finess.commit'))).toEqual([`finess.commit Enregistrement de «\u00a0${basename(extractPath)}\u00a0»`]);
    expect(steps.filter((step) => step.startsWith('finess.commit'))).toEqual([`finess.commit ${counts.added}/${counts.added}`]);
    expect(await window.call('undo.last')).toMatchObject({ label: 'l’import de l’extraction FINESS' });
    window.close();
  });
});
