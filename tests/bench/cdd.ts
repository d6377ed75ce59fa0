import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CallName } from '../../shared/api';
import { refreshSeries } from '../../electron/main/store/cdd/series';
import { dispatch } from '../../electron/main/dispatch';
import { closeWindowSession } from '../../electron/main/handlers/association';
import { createHostWindow } from '../../electron/main/host-window';
import type { Bench } from './registry';

const importRows = 100_000;
const regional = { structures: 2_000, occupations: 120, years: 10, occupationsPerStructure: 8, monthShare: 0.7 };
const reasons = ['Remplacement maladie', 'Congés', 'Formation', 'Maternité', 'Autre'];

type Window = ReturnType<typeof createHostWindow>;

async function call(window: Window, name: CallName, input?: unknown) {
  const result = await dispatch(window.handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

async function openBenchWindow(folder: string): Promise<Window> {
  const window = createHostWindow(folder);
  window.enqueue(join(folder, 'bench.passerelles'));
  await call(window, 'association.create', { name: 'Bench', territory: '' });
  return window;
}

const monthOf = (index: number) => `${2016 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** A returned collection workbook of 100,000 lines (10 years), written with exceljs's streaming writer. */
async function writeReturnedWorkbook(path: string, meta: Record<string, string>, labels: string[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('CDD');
  sheet.addRow(['Structure', 'Mois (MM/AAAA)', 'Métier', 'Nombre de CDD', 'Heures travaillées', 'Motif principal']).commit();
  for (let i = 0; i < importRows; i += 1) {
    const contracts = 1 + (i % 3);
    sheet.addRow([meta.structureName, monthText(monthOf(i % 120)), labels[i % labels.length], contracts, 10 + (i % 97) + 0.5, reasons[i % reasons.length]]).commit();
  }
  sheet.commit();
  const metaSheet = workbook.addWorksheet('_meta', { state: 'hidden' });
  for (const [key, value] of Object.entries(meta)) metaSheet.addRow([key, value]).commit();
  metaSheet.commit();
  await workbook.commit();
}

/** exceljs's own streaming read of the same file: every row's values touched once. */
async function streamingRead(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) cells += (row.values as unknown[]).length;
  }
  return cells;
}

async function importBench() {
  const folder = mkdtempSync(join(tmpdir(), 'passerelles-bench-cdd-'));
  try {
    const window = await openBenchWindow(folder);
    const structure = (await call(window, 'structures.create', { name: 'EHPAD du Bench' })) as { structure: { id: number } };
    const db = window.context.session.file!.db;
    const { createdAt } = db.prepare('SELECT created_at AS createdAt FROM association').get() as { createdAt: string };
    const labels = ((await call(window, 'occupations.list')) as { label: string }[]).map((o) => o.label);
    const path = join(folder, 'retour-100000.xlsx');
    await writeReturnedWorkbook(
      path,
      { kind: 'cdd-collection', templateVersion: '1', associationName: 'Bench', associationCreatedAt: createdAt, structureId: String(structure.structure.id), structureName: 'EHPAD du Bench', periodStart: '2016-01', periodEnd: '2025-12', preparedAt: createdAt },
      labels,
    );

    const baselineStart = performance.now();
    await streamingRead(path);
    const baselineMs = performance.now() - baselineStart;

    const start = performance.now();
    window.enqueue([path]);
    const read = (await call(window, 'cdd.readReturned')) as { importId: string; files: { status: string; counts: { accepted: number } }[] };
    if (read.files[0]?.status !== 'ready' || read.files[0].counts.accepted !== importRows) throw new Error(`import bench: ${JSON.stringify(read.files[0]?.counts)}`);
    await call(window, 'cdd.commitReturned', { importId: read.importId, fileIndex: 0 });
    const ms = performance.now() - start;
    closeWindowSession(window.context);
    return { ms, baselineMs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A regional file: 2,000 structures in 20 EPCIs, 120 occupations, 10 years; about 1.3 million CDD rows. */
function fillRegionalFile(window: Window) {
  const db = window.context.session.file!.db;
  const stamp = new Date().toISOString();
  db.transaction(() => {
    const addOccupation = db.prepare("INSERT INTO occupation (key, label, family, is_custom, created_at, updated_at) VALUES (?, ?, 'care', 1, ?, ?)");
    const existing = (db.prepare('SELECT count(*) AS n FROM occupation').get() as { n: number }).n;
    for (let i = existing; i < regional.occupations; i += 1) addOccupation.run(`bench-${i}`, `Métier ${i}`, stamp, stamp);
    const addStructure = db.prepare("INSERT INTO structure (name, type, epci_code, epci_name, created_at, updated_at) VALUES (?, 'ehpad', ?, ?, ?, ?)");
    for (let i = 0; i < regional.structures; i += 1) addStructure.run(`Structure ${i}`, `2000${String(i % 20).padStart(5, '0')}`, `EPCI ${i % 20}`, stamp, stamp);
    const occupationIds = (db.prepare('SELECT id FROM occupation ORDER BY id').all() as { id: number }[]).map((row) => row.id);
    const structureIds = (db.prepare('SELECT id FROM structure ORDER BY id').all() as { id: number }[]).map((row) => row.id);
    const addEntry = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (?, ?, ?, ?, ?)');
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const months = Array.from({ length: regional.years * 12 }, (_, i) => monthOf(i));
    for (const structureId of structureIds) {
      for (let k = 0; k < regional.occupationsPerStructure; k += 1) {
        const occupationId = occupationIds[Math.floor(random() * occupationIds.length)]!;
        for (const month of months) if (random() < regional.monthShare) addEntry.run(structureId, occupationId, month, 1, Math.round(random() * 150 * 10) / 10);
      }
    }
  })();
  // As each import's commit does, in bulk.
  refreshSeries(db);
  db.pragma('optimize');
  return db;
}

type RegionalFile = { folder: string; window: Window; db: ReturnType<typeof fillRegionalFile> };
/** A fresh regional file for one measure (each measure runs in a process of its own: tests/bench/index.ts). */
async function openRegionalFile(): Promise<RegionalFile> {
  const folder = mkdtempSync(join(tmpdir(), 'passerelles-bench-cdd-'));
  const window = await openBenchWindow(folder);
  await call(window, 'occupations.list'); // seeds the reference occupations
  return { folder, window, db: fillRegionalFile(window) };
}

function closeRegionalFile(file: RegionalFile) {
  closeWindowSession(file.window.context);
  rmSync(file.folder, { recursive: true, force: true });
}

// The machine is shared: the fastest of several interleaved runs is the least disturbed measure of each side.
const analysisRuns = 3;

/** The analysis handler (SQL + pure analysis, territory and EPCIs) over `months` months ending with the data. */
async function analysisBench(months: number) {
  const file = await openRegionalFile();
  try {
    const total = regional.years * 12;
    const period = { from: monthOf(total - months), to: monthOf(total - 1) };
    const times: number[] = [];
    const baselines: number[] = [];
    for (let run = 0; run < analysisRuns; run += 1) {
      const baselineStart = performance.now();
      file.db.prepare('SELECT occupation_id, month, SUM(hours) FROM cdd_entry GROUP BY occupation_id, month').raw().all();
      baselines.push(performance.now() - baselineStart);

      const start = performance.now();
      await call(file.window, 'cdd.analysis', { period, area: 'both' });
      times.push(performance.now() - start);
    }
    return { ms: Math.min(...times), baselineMs: Math.min(...baselines) };
  } finally {
    closeRegionalFile(file);
  }
}

export const cddBenches: Bench[] = [
  { name: 'cdd: import of a 100,000-row returned workbook (read, check, commit) / exceljs streaming read', target: 1.3, run: importBench },
  { name: 'cdd: pooling analysis over all 10 years, 2,000 structures × 120 occupations / bare SUM … GROUP BY occupation, month', target: 3, run: () => analysisBench(120) },
  { name: 'cdd: pooling analysis over the last 12 months of such a file / bare SUM … GROUP BY occupation, month (whole table)', target: 3, run: () => analysisBench(12) },
];
