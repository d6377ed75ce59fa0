import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { analyse, exportAnalysis } from '../../../electron/main/workers/analysis';
import type { AnalysisJob } from '../../../electron/main/workers/pooling-job';
import { openCddWindow } from '../cdd/cdd-window';
import { useBuiltWorker } from '../../support/built-worker';
import { useTempFolder } from '../../support/temp-folder';

const tempFolder = useTempFolder();
const noFilters = { structureTypes: [], fields: [], epciCodes: [], families: [], occupationKeys: [], structureIds: [] };

const workerScript = useBuiltWorker('analysis-worker', 'electron/main/workers/analysis-worker.ts');

/** Six structures in two EPCIs, four occupations, two years of hours that come and go. */
async function fileWithCdd(folder: string) {
  const window = await openCddWindow(folder, ['EHPAD A', 'EHPAD B', 'SAAD C', 'SAAD D', 'IME E', 'ESAT F']);
  const occupations = (await window.call('occupations.list')).slice(0, 4);
  const db = window.context.session.file!.db;
  db.prepare("UPDATE structure SET epci_code = CASE WHEN id % 2 = 0 THEN '200071348' ELSE '246100663' END, epci_name = CASE WHEN id % 2 = 0 THEN 'CA Flers Agglo' ELSE 'CC Andaine-Passais' END").run();
  const idOf = db.prepare('SELECT id FROM occupation WHERE key = ?').pluck();
  const insert = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const [o, occupation] of occupations.entries()) {
      for (const [s, structure] of window.structures.entries()) {
        for (let m = 0; m < 24; m += 1) {
          const hours = ((s * 37 + o * 11 + m * 7) % 90) + (m % 12 >= 5 && m % 12 <= 8 ? 40 * (s % 2) : 0);
          if (hours > 20) insert.run(structure.id, idOf.get(occupation.key), `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, 1, hours);
        }
      }
    }
  })();
  return window;
}

describe('the pooling analysis in parts, side by side', () => {
  it('gives in two workers exactly what it gives in one piece in process, consolidated table included', async () => {
    const window = await fileWithCdd(tempFolder());
    const file = window.context.session.file!;
    const job: AnalysisJob = { period: { from: '2024-01', to: '2025-12' }, filters: noFilters, settings: { minCombinedFte: 0.1, minOccupancy: 0.3 }, areas: 'both', withConsolidation: true };
    const whole = await analyse(file, job, undefined, { workerScript: null });
    expect(whole.analysis.proposals.length).toBeGreaterThan(0);
    expect(new Set(whole.analysis.occupations.map((o) => (o.subject.kind === 'occupation' ? o.subject.occupationKey : ''))).size).toBe(4);

    const inParts = await analyse(file, job, undefined, { workerScript: workerScript(), parts: 2 });
    expect(inParts.ranIn).toBe('worker');
    expect(inParts.analysis).toEqual(JSON.parse(JSON.stringify(whole.analysis)));
    expect(inParts.consolidation).toEqual(JSON.parse(JSON.stringify(whole.consolidation)));
    // One worker, one piece: the same too.
    expect((await analyse(file, job, undefined, { workerScript: workerScript(), parts: 1 })).analysis).toEqual(inParts.analysis);
    window.close();
  });

  it('writes the export workbook in the worker, the same as in process; a folder gone is explained in French', async () => {
    const folder = tempFolder();
    const window = await fileWithCdd(folder);
    const file = window.context.session.file!;
    const job: AnalysisJob = { period: { from: '2024-01', to: '2025-12' }, filters: noFilters, settings: { minCombinedFte: 0.1, minOccupancy: 0.3 }, areas: 'territory' };
    const inProcess = join(folder, 'analyse-ici.xlsx');
    const inWorker = join(folder, 'analyse-thread.xlsx');
    await exportAnalysis(file, { ...job, exportTo: { path: inProcess, associationName: 'MCE-M3S' } }, undefined, { workerScript: null });
    await exportAnalysis(file, { ...job, exportTo: { path: inWorker, associationName: 'MCE-M3S' } }, undefined, { workerScript: workerScript() });
    const sheets = (path: string) => {
      const workbook = XLSX.readFile(path);
      return Object.fromEntries(workbook.SheetNames.map((name) => [name, XLSX.utils.sheet_to_json(workbook.Sheets[name]!, { header: 1 })]));
    };
    expect(sheets(inWorker)).toEqual(sheets(inProcess));
    expect(Object.keys(sheets(inWorker))).toEqual(['Métiers', 'Postes mutualisés', 'Familles de métiers', 'Tableau consolidé', 'Paramètres']);

    const gone = join(folder, 'dossier-supprime', 'analyse.xlsx');
    for (const workerScriptOrNull of [workerScript(), null]) {
      await expect(exportAnalysis(file, { ...job, exportTo: { path: gone, associationName: 'MCE-M3S' } }, undefined, { workerScript: workerScriptOrNull })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: '« analyse.xlsx » n’a pas pu être enregistré : le dossier choisi n’existe plus. Choisissez-en un autre, puis recommencez.',
      });
    }
    window.close();
  });
});
