import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/** One contract call with the built CLI (out/host/cli.js, `npm run cli`), as a support person would. */
function cli(file: string, call: string, input?: unknown): void {
  const script = resolve(process.env.PASSERELLES_OUT_DIR ?? 'out', 'host/cli.js');
  execFileSync(process.execPath, [script, file, call, ...(input === undefined ? [] : [JSON.stringify(input)])], { cwd: dirname(file), encoding: 'utf8' });
}

/**
 * The file the installed app opens in the smoke test: two members near Flers whose cleaning CDD
 * add up to a shared position in 2025. Written by the same handlers as the app (through the CLI);
 * the monthly rows go straight in, and the app brings its series up to date when it opens the file.
 */
export function seedSmokeFile(path: string, name: string): void {
  cli(path, 'association.create', { name, territory: 'Pays du Bocage (Orne)' });
  cli(path, 'structures.create', { name: 'EHPAD Les Tilleuls', communeCode: '61169', postcode: '61100' });
  cli(path, 'structures.create', { name: 'SAAD du Bocage', communeCode: '61168', postcode: '61600' });
  cli(path, 'occupations.list');
  const db = new Database(path);
  try {
    db.transaction(() => {
      const occupation = db.prepare("SELECT id FROM occupation WHERE key = 'agent-service-interne'").get() as { id: number };
      const structures = db.prepare('SELECT id FROM structure ORDER BY id').all() as { id: number }[];
      const add = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (?, ?, ?, 1, ?)');
      for (const { id } of structures) for (let m = 1; m <= 12; m += 1) add.run(id, occupation.id, `2025-${String(m).padStart(2, '0')}`, 70);
    })();
  } finally {
    db.close();
  }
}
