import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { matchableOccupations } from '../../../electron/main/store/cdd/occupations';
import { commitInWorker, readReturnedFiles, recheck } from '../../../electron/main/workbooks/cdd-import/in-worker';
import { applyMapping, type PendingFile } from '../../../electron/main/workbooks/cdd-import/returned-file';
import type { CheckContext } from '../../../electron/main/workbooks/cdd-import/read-returned';
import { readImportedWorkbook } from '../../../electron/main/workbooks/members-import/in-worker';
import { findWorkbookWorker, runInWorkbookWorker, workbookWorkerFileName } from '../../../electron/main/workers/workbook';
import { ProgressTracker } from '../../../electron/main/progress';
import { cddSnapshot, openCddWindow, fillWithSheetJs, prepareWorkbooks, writeOwnWorkbook } from '../cdd/cdd-window';
import { writeMessyMembers } from '../member-imports/members-workbooks';
import { useBuiltWorker } from '../../support/built-worker';
import { useTempFolder } from '../../support/temp-folder';

const tempFolder = useTempFolder();
const builtWorker = useBuiltWorker('workbook-worker', 'electron/main/workers/workbook-worker.ts');

async function cddSetup() {
  const folder = tempFolder();
  const window = await openCddWindow(folder);
  const db = window.context.session.file!.db;
  const { createdAt } = db.prepare('SELECT created_at AS createdAt FROM association').get() as { createdAt: string };
  await window.call('occupations.list'); // seeds the occupations
  const context: CheckContext = {
    association: { name: 'MCE-M3S', createdAt },
    structures: window.structures,
    occupations: matchableOccupations(db),
    maxHoursPerContractMonth: 300,
  };
  return { folder, window, context };
}

/** What the person sees of a pending file, and what a commit would write: equal whichever thread read it. */
const comparable = ({ checks: _checks, ...file }: PendingFile) => file;

describe('the workbook worker', () => {
  it('finds no built worker from the sources, so vitest reads in process — explicitly', () => {
    expect(findWorkbookWorker()).toBeNull();
    const out = tempFolder();
    mkdirSync(join(out, 'assets'));
    writeFileSync(join(out, workbookWorkerFileName), '');
    expect(findWorkbookWorker(pathToFileURL(join(out, 'index.js')).href)).toBe(join(out, workbookWorkerFileName));
    expect(findWorkbookWorker(pathToFileURL(join(out, 'assets', 'host-window-abc.js')).href)).toBe(join(out, workbookWorkerFileName));
    expect(findWorkbookWorker('data:text/javascript,')).toBeNull();
  });

  it('reads returned files in the built worker exactly as in process: same previews, same refusals in French', async () => {
    const { folder, window, context } = await cddSetup();
    const { pathOf } = await prepareWorkbooks(window, folder);
    const good = join(folder, 'retour.xlsx');
    fillWithSheetJs(pathOf(window.structures[0]!.id), good, [
      ['EHPAD Les Tilleuls', '01/2025', 'Agent de service', 2, '151,67', 'Congés'],
      ['EHPAD Les Tilleuls', '02/2025', 'Métier inventé', 1, 12, null],
      ['EHPAD Les Tilleuls', '13/2025', 'Agent de service', 1, 12, null],
    ]);
    const notAWorkbook = join(folder, 'notes.xlsx');
    writeFileSync(notAWorkbook, 'ceci n’est pas un classeur');
    const oldExcel = join(folder, 'ancien.xls');
    writeFileSync(oldExcel, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const own = join(folder, 'Tilleuls à nous.xlsx');
    writeOwnWorkbook(own, { Feuil1: [['Mois', 'Poste', 'Heures'], ['03/2025', 'Agent de service', 20]] });
    const paths = [good, notAWorkbook, oldExcel, own];

    const inProcess = await readReturnedFiles(paths, context, undefined, { workerScript: null });
    const inWorker = await readReturnedFiles(paths, context, undefined, { workerScript: builtWorker() });
    expect(inWorker.map(comparable)).toEqual(inProcess.map(comparable));
    expect(inWorker.map((file) => file.refusal)).toEqual([
      null,
      expect.stringContaining('n’est pas un classeur .xlsx lisible'),
      expect.stringContaining('Excel 97-2003 (.xls)'),
      null,
    ]);
    // One warning: the accepted title is counted under the occupation's own label, and says so.
    expect(inWorker[0]?.result?.counts).toEqual({ accepted: 1, refused: 2, blank: expect.any(Number), warnings: 1 });
    expect(inWorker[0]?.result?.lines).toEqual([{ row: 2, month: '2025-01', occupationKey: expect.any(String), contracts: 2, hours: 151.67, reason: 'leave' }]);

    // The person maps the columns of their own workbook: checked again in the worker, with the same result.
    for (const files of [inProcess, inWorker]) {
      const [, , , mine] = files;
      applyMapping(mine!, { sheetName: 'Feuil1', headerRow: 1, mapping: { structureName: null, month: 1, occupation: 2, contracts: null, hours: 3, reason: null }, structure: window.structures[0]!, period: null });
    }
    await recheck(inProcess[3]!, context, { workerScript: null });
    await recheck(inWorker[3]!, context, { workerScript: builtWorker() });
    expect(inWorker[3]?.result).toEqual(inProcess[3]?.result);
    expect(inWorker[3]?.result?.counts.accepted).toBe(1);
    window.close();
  });

  it('saves a checked file in the worker, on its own connection, as in process; a refusal comes back in French and writes nothing', async () => {
    const { window } = await cddSetup();
    const db = window.context.session.file!.db;
    const occupationKey = (db.prepare("SELECT key FROM occupation WHERE key = 'agent-service-interne'").pluck().get() as string) ?? '';
    const lines = Array.from({ length: 12 }, (_, m) => ({ row: m + 2, month: `2025-${String(m + 1).padStart(2, '0')}`, occupationKey, contracts: 1, hours: 50 + m, reason: null }));
    const value = {
      structure: window.structures[0]!,
      period: { from: '2025-01', to: '2025-12' },
      fileName: 'retour.xlsx',
      sha256: 'abc',
      recognisedBy: 'meta' as const,
      importedBy: 'mdupont',
      rowsRefused: 0,
      lines,
    };
    const saved = await commitInWorker(window.path, value, new Date('2026-01-05T10:00:00Z'), { workerScript: builtWorker() });
    expect(saved).toEqual({ importId: 1, replacedIds: [] });
    // The window's own connection sees the rows, the summed series and the log line at once.
    expect((await window.call('cdd.consolidated', { period: value.period })).total.hours).toBe(lines.reduce((total, line) => total + line.hours, 0));
    expect(db.prepare('SELECT count(*) FROM cdd_series_stale').pluck().get()).toBe(0);
    expect(await window.call('cdd.imports', {})).toMatchObject([{ id: 1, fileName: 'retour.xlsx', importedBy: 'mdupont', rowsAccepted: 12 }]);

    // An occupation merged away since the file was read: refused, in French, and nothing written.
    const before = cddSnapshot(window);
    const stale = { ...value, sha256: 'def', lines: [{ ...lines[0]!, occupationKey: 'metier-disparu' }] };
    await expect(commitInWorker(window.path, stale, new Date(), { workerScript: builtWorker() })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('a été fusionné ou supprimé') });
    expect(cddSnapshot(window)).toBe(before);
    window.close();
  });

  it('reports the rows read from the worker to the progress bar', async () => {
    const { folder, window, context } = await cddSetup();
    const big = join(folder, 'gros.xlsx');
    const rows = Array.from({ length: 12_000 }, (_, i) => [`${String((i % 12) + 1).padStart(2, '0')}/2025`, 'Agent de service', 1]);
    writeOwnWorkbook(big, { Feuil1: [['Mois', 'Poste', 'Heures'], ...rows] });
    const tracker = new ProgressTracker();
    const handle = tracker.start('cdd.readReturned', 'Lecture des fichiers', 1);
    const labels: string[] = [];
    const progress = { ...handle, update: (done: number, total?: number | null, label?: string) => (handle.update(done, total, label), labels.push(tracker.current()!.label)) };
    const [file] = await readReturnedFiles([big], context, progress, { workerScript: builtWorker() });
    handle.end();
    expect(file?.refusal).toBeNull();
    expect(labels).toContain('Lecture de « gros.xlsx » : 10\u202f000 lignes lues');
    window.close();
  });

  it('reads the members workbook in the worker as in process, and refuses a bad file with the same French message', async () => {
    const folder = tempFolder();
    const messy = writeMessyMembers(join(folder, 'adherents.xlsx'));
    expect(await readImportedWorkbook(messy, { workerScript: builtWorker() })).toEqual(await readImportedWorkbook(messy, { workerScript: null }));

    const renamed = join(folder, 'liste.xlsx');
    writeFileSync(renamed, 'Raison sociale;FINESS\nEHPAD;610000101\n');
    const inProcess = await readImportedWorkbook(renamed, { workerScript: null }).catch((error: unknown) => error);
    const inWorker = await readImportedWorkbook(renamed, { workerScript: builtWorker() }).catch((error: unknown) => error);
    expect(inProcess).toMatchObject({ code: 'INVALID_FILE', message: expect.stringContaining('n’est pas un classeur Excel (.xlsx) lisible') });
    expect(inWorker).toMatchObject({ name: 'AppError', code: 'INVALID_FILE', message: (inProcess as Error).message });
  });

  // The runner's side, with stand-in workers: a worker that hangs or dies refuses the file, never hangs the import.
  const standIn = (onJob: string) => {
    const script = join(tempFolder(), 'stand-in-worker.mjs');
    writeFileSync(script, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', ({ id, job }) => {\n  const post = (reply) => parentPort.postMessage({ ...reply, id });\n${onJob}\n});\n`);
    return script;
  };

  it('refuses a file whose worker hangs or dies, in French, and reads the next one', async () => {
    const { window, context } = await cddSetup();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const hangs = standIn(`if (job.path.endsWith('lent.xlsx')) return; process.exit(3);`);
    const started = Date.now();
    const files = await readReturnedFiles(['/dossier/lent.xlsx', '/dossier/casse.xlsx'], context, undefined, { workerScript: hangs, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(files.map((file) => [file.fileName, file.refusal])).toEqual([
      ['lent.xlsx', '« lent.xlsx » met trop de temps à être lu : enregistrez-le à nouveau au format .xlsx, ou découpez-le. Le fichier n’a pas été importé.'],
      ['casse.xlsx', expect.stringMatching(/^« casse\.xlsx » n’a pas pu être lu .* Le fichier n’a pas été importé\.$/)],
    ]);
    await expect(readImportedWorkbook('/dossier/lent.xlsx', { workerScript: hangs, timeoutMs: 300 })).rejects.toMatchObject({ code: 'INVALID_FILE', message: expect.stringContaining('met trop de temps') });
    // What went wrong is written down for whoever looks at the logs.
    expect(logged).toHaveBeenCalledTimes(3);
    logged.mockRestore();
    await expect(runInWorkbookWorker(standIn(`post({ type: 'error', code: 'INVALID_FILE', message: 'refusé' });`), { kind: 'members.read', path: '/f.xlsx' })).rejects.toMatchObject({ code: 'INVALID_FILE', message: 'refusé' });
    window.close();
  });
});
