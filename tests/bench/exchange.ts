// « Who could fill this ad » (issue 13 §1) over 2,000 consenting candidates, each assessed on ten
// competencies of the job's grid, as a ratio to the plain SQL read of the same rows (candidates,
// their wishes, their assessments) in the same run: what the ranking adds to merely reading.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestWindow } from '../support/host';
import type { Bench } from './registry';

const candidateCount = 2_000;
const fastest = (values: number[]) => Math.min(...values);

async function seededWindow(folder: string) {
  const window = openTestWindow(folder);
  await window.createAssociation('Banc d’essai', 'bench-exchange.passerelles');
  const ehpad = await window.call('structures.create', { name: 'EHPAD Les Tilleuls', communeCode: '61169' });
  const aes = (await window.call('occupations.list')).find((o) => o.romeCode === 'K1306');
  if (!aes) throw new Error('bench: no AES in the occupation reference');
  const { occupations } = await window.call('grids.overview');
  const referenceGridId = occupations.find((o) => o.key === aes.key)?.referenceGridId;
  if (!referenceGridId) throw new Error('bench: no reference grid for AES');
  const requirements = (await window.call('grids.get', { gridId: referenceGridId })).requirements;
  const ad = await window.call('exchange.ads.save', { ad: { structureId: ehpad.structure.id, occupationKey: aes.key, title: 'AES', contract: 'cdd' } });
  const communes = ['61169', '61006', '61145', '61214'];
  const db = window.db();
  const assess = db.prepare("INSERT INTO assessment (person_id, competency_id, level, assessed_on, assessed_by, created_at) VALUES (?, ?, ?, '2026-10-01', '', '2026-10-01')");
  for (let i = 0; i < candidateCount; i += 1) {
    const saved = await window.call('exchange.candidates.save', {
      candidate: {
        civility: 'Mme', lastName: `Candidate ${i}`, firstName: 'Marie', email: '', phone: '', communeCode: communes[i % communes.length] ?? '61169',
        mobility: 'department', wishedOccupationKeys: [aes.key], consentScope: 'allMembers', consentOn: '2026-11-02',
      },
    });
    db.transaction(() => {
      requirements.slice(0, 10).forEach((r, k) => assess.run(saved.id, r.competencyId, 1 + ((i + k) % r.level)));
    })();
  }
  return { window, adId: ad.id };
}

/** The plain read of what the matching needs: every candidate with its wishes and its assessments. */
function plainRead(db: ReturnType<ReturnType<typeof openTestWindow>['db']>): number {
  const candidates = db.prepare('SELECT c.*, p.* FROM candidate c JOIN person p ON p.id = c.person_id').all();
  const wishes = db.prepare('SELECT * FROM candidate_occupation').all();
  const assessments = db.prepare('SELECT person_id, competency_id, level FROM assessment ORDER BY person_id, assessed_on DESC, id DESC').all();
  return candidates.length + wishes.length + assessments.length;
}

export const exchangeBenches: Bench[] = [
  {
    name: 'exchange-ad-matches-2000-candidates',
    target: 3,
    run: async () => {
      const folder = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
      try {
        const { window, adId } = await seededWindow(folder);
        const matches = await window.call('exchange.ads.matches', { id: adId }); // warm-up, and the check
        if (matches.matches.length !== candidateCount || matches.matches.some((m) => m.competencies === null)) throw new Error('bench: not every candidate was matched with a score');
        const baselines: number[] = [];
        const runs: number[] = [];
        for (let run = 0; run < 5; run += 1) {
          let started = performance.now();
          plainRead(window.db());
          baselines.push(performance.now() - started);
          started = performance.now();
          await window.call('exchange.ads.matches', { id: adId });
          runs.push(performance.now() - started);
        }
        window.close();
        return { ms: fastest(runs), baselineMs: fastest(baselines) };
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
];
