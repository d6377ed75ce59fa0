import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysePooling, consolidate } from '../../../shared/domain/pooling';
import { analyse, analyseInWorker, analysisWorkerFileName, findAnalysisWorker } from '../../../electron/main/workers/analysis';
import { readPoolingInput, type AnalysisJob } from '../../../electron/main/workers/pooling-job';
import { ProgressTracker } from '../../../electron/main/progress';
import { openCddWindow } from '../cdd/cdd-window';
import { useTempFolder } from '../../support/temp-folder';

const tempFolder = useTempFolder();
const noFilters = { structureTypes: [], fields: [], epciCodes: [], families: [], occupationKeys: [], structureIds: [] };

/** Three structures with a year of CDD hours each, written straight into the file. */
async function fileWithCdd(folder: string) {
  const window = await openCddWindow(folder);
  const [occupation] = await window.call('occupations.list');
  const db = window.context.session.file!.db;
  const { id: occupationId } = db.prepare('SELECT id FROM occupation WHERE key = ?').get(occupation!.key) as { id: number };
  const insert = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const [i, structure] of window.structures.entries()) {
      for (let month = 1; month <= 12; month += 1) insert.run(structure.id, occupationId, `2025-${String(month).padStart(2, '0')}`, 1, 40 + 10 * i + month);
    }
  })();
  return window;
}

describe('the pooling analysis off the main thread', () => {
  it('finds no built worker from the sources, so vitest runs the analysis in process — explicitly', () => {
    expect(findAnalysisWorker()).toBeNull();
  });

  it('finds the built worker beside the entry or one folder up from a chunk', () => {
    const out = tempFolder();
    mkdirSync(join(out, 'chunks'));
    writeFileSync(join(out, analysisWorkerFileName), '');
    expect(findAnalysisWorker(pathToFileURL(join(out, 'index.js')).href)).toBe(join(out, analysisWorkerFileName));
    expect(findAnalysisWorker(pathToFileURL(join(out, 'chunks', 'queries-abc.js')).href)).toBe(join(out, analysisWorkerFileName));
    expect(findAnalysisWorker('data:text/javascript,')).toBeNull();
  });

  it('the in-process fallback gives the same analysis as the pure function on the same rows, and reports its steps', async () => {
    const window = await fileWithCdd(tempFolder());
    await window.call('settings.update', { minCombinedFte: 0.1 });
    const file = window.context.session.file!;
    const job: AnalysisJob = { period: { from: '2025-01', to: '2025-12' }, filters: noFilters, settings: { minCombinedFte: 0.1 }, areas: 'territory' };

    const labels: string[] = [];
    const tracker = new ProgressTracker();
    const handle = tracker.start('cdd.analysis', 'Préparation de l’analyse');
    const progress = {
      ...handle,
      update: (done: number, total?: number | null, label?: string) => {
        handle.update(done, total, label);
        labels.push(tracker.current()!.label);
      },
    };
    const run = await analyse(file, job, progress, { workerScript: null });
    handle.end();

    expect(run.ranIn).toBe('main');
    expect(labels).toEqual(['Lecture des données CDD', 'Lecture des structures et des métiers', 'Analyse de la mutualisation']);
    const expected = analysePooling(readPoolingInput(file.db, job), { areas: 'territory' });
    expect(run.analysis).toEqual(expected);
    expect(run.analysis.occupations.some((o) => o.isCandidate)).toBe(true);
    expect(run.consolidation).toBeNull();

    // The export's job: the consolidated table of the same rows comes too.
    const withTable = await analyse(file, { ...job, withConsolidation: true }, undefined, { workerScript: null });
    expect(withTable.analysis).toEqual(expected);
    expect(withTable.consolidation).toEqual(consolidate(readPoolingInput(file.db, job)));

    // Through the contract: the handler gives the same answer (here in process too: no built worker).
    const viaHandler = await window.call('cdd.analysis', { period: { from: '2025-01', to: '2025-12' }, area: 'territory', thresholds: { minCombinedFte: 0.1 } });
    expect(viaHandler).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(await window.call('progress.current')).toBeNull();
    window.close();
  });

  // The runner's side of the protocol, with stand-in workers (the real one is built, and run by the e2e suite).
  const standIn = (onJob: string) => {
    const script = join(tempFolder(), 'stand-in-worker.mjs');
    writeFileSync(script, `import { parentPort } from 'node:worker_threads';\nlet jobs = 0;\nparentPort.on('message', ({ id, path, job }) => {\n  jobs += 1;\n  const post = (reply) => parentPort.postMessage({ ...reply, id });\n${onJob}\n});\n`);
    return script;
  };
  const job: AnalysisJob = { period: { from: '2025-01', to: '2025-12' }, filters: noFilters, settings: {} };

  it('passes the steps on to the progress bar, returns what the worker found, and keeps the worker for the next job', async () => {
    const script = standIn(`
      post({ type: 'step', step: { label: 'Lecture des données CDD', done: 0, total: 3 } });
      post({ type: 'result', json: JSON.stringify({ analysis: { path, period: job.period, jobs }, consolidation: null }) });`);
    const tracker = new ProgressTracker();
    const handle = tracker.start('cdd.analysis', 'Préparation de l’analyse');
    const seen: string[] = [];
    const run = await analyseInWorker(script, '/fichier.passerelles', job, {
      ...handle,
      update: (d, t, l) => {
        handle.update(d, t, l);
        seen.push(tracker.current()!.label);
      },
    });
    expect(run).toEqual({ ranIn: 'worker', analysis: { path: '/fichier.passerelles', period: job.period, jobs: 1 }, consolidation: null });
    expect(seen).toEqual(['Lecture des données CDD']);
    // Two more at once: one after the other, in the same (warm) worker.
    const [second, third] = await Promise.all([analyseInWorker(script, '/a', job), analyseInWorker(script, '/b', job)]);
    expect([second.analysis, third.analysis]).toMatchObject([{ path: '/a', jobs: 2 }, { path: '/b', jobs: 3 }]);
  });

  it('stops a worker that takes too long, with a French message that says what to do, and starts afresh after', async () => {
    const script = standIn(`if (path === '/lent') return; post({ type: 'result', json: JSON.stringify({ analysis: { jobs }, consolidation: null }) });`);
    const started = Date.now();
    await expect(analyseInWorker(script, '/lent', job, undefined, 300)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/^L’analyse a dépassé 1 seconde et a été interrompue.*Réduisez la période/),
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await analyseInWorker(script, '/vite', job)).analysis).toEqual({ jobs: 1 });
  });

  it('turns a worker failure into an error, never a hang', async () => {
    await expect(analyseInWorker(standIn(`post({ type: 'error', message: 'disque illisible' });`), '/f', job)).rejects.toThrow('disque illisible');
    await expect(analyseInWorker(standIn('process.exit(3);'), '/f', job)).rejects.toThrow('code 3');
    await expect(analyseInWorker(standIn('throw new Error("plantage");'), '/f', job)).rejects.toThrow('plantage');
  });
});
