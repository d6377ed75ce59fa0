import { describe, expect, it } from 'vitest';
import { analyse } from '../../../electron/main/workers/analysis';
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
});
