import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type Host } from './host-fixture';

/** Runs one contract call on a file with the built CLI (out/host/cli.js), as a support person would. */
export function cliCall(file: string, name: string, input?: unknown, paths: string[] = []): unknown {
  const cli = resolve(process.env.PASSERELLES_OUT_DIR ?? 'out', 'host/cli.js');
  const args = [cli, file, name, ...(input === undefined ? [] : [JSON.stringify(input)]), ...paths.flatMap((p) => ['--chemin', p])];
  // Run in the file's folder: the CLI keeps its recent-files list there, not in the checkout.
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', cwd: dirname(file) });
  return JSON.parse(output) as unknown;
}

const year = new Date().getFullYear();

/** Structures of the Bocage ornais, enough for every column, badge and panel to show something. */
const structures = [
  { name: 'EHPAD Les Tilleuls', type: 'ehpad', field: 'elderly', finessEt: '610009999', communeCode: '61169', postcode: '61100', headcount: 85, fte: 72.5, opca: 'unifaf' },
  { name: 'SAAD Bocage Services', type: 'saad', field: 'elderly', communeCode: '61168', postcode: '61600', headcount: 40, fte: 31.2, opca: 'uniformation' },
  { name: 'IME Les Sources', type: 'ime', field: 'disability', communeCode: '61063', postcode: '61220', headcount: 52, fte: 47 },
];

/**
 * A file with a few structures (members and a partner, contacts, a membership year), written by the
 * CLI, then opened in the page through « Ouvrir un fichier… ». Returns the file's path.
 */
export async function openSeededAssociation(app: Page, host: Host, name = 'MCE-M3S'): Promise<string> {
  const file = join(host.workspace, 'seeded.passerelles');
  cliCall(file, 'association.create', { name, territory: 'Pays du Bocage (Orne)' });
  structures.forEach((structure, index) => {
    const created = cliCall(file, 'structures.create', structure) as { ok: boolean; value?: { structure: { id: number } }; error?: unknown };
    if (!created.ok || !created.value) throw new Error(`structure non créée : ${JSON.stringify(created.error ?? created)}`);
    const id = created.value.structure.id;
    cliCall(file, 'contacts.save', { structureId: id, contact: { name: `Contact ${index + 1}`, role: 'director', email: `direction${index + 1}@example.org` } });
    if (index < 2) cliCall(file, 'memberships.save', { structureId: id, membership: { year, isMember: true, feeCents: 25000 } });
  });
  await host.answerDialogs(file);
  await app.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
  await expect(app.locator('.association-name')).toHaveText(name);
  return file;
}
