/**
 * Smoke test of an installed build, run by .github/workflows/release.yml on Windows, macOS and
 * Linux runners (not here: there is no Electron binary on these machines). It starts the packaged
 * app with a file on its command line, as a double-click does, sees the file's name in the title,
 * runs the pooling analysis (the worker threads, from the asar archive) and closes.
 *   PASSERELLES_APP=/path/to/Passerelles npx playwright test -c tests/smoke/playwright.config.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { seedSmokeFile } from './seed-file';

test('the installed app opens a file given on its command line and runs the pooling analysis', async () => {
  // Only the release workflow runs this file (its own config); there the path is always given,
  // so a missing one is a broken workflow, not a reason to pass silently.
  const executablePath = process.env.PASSERELLES_APP;
  if (!executablePath) throw new Error('PASSERELLES_APP must give the path of the installed Passerelles program.');
  const folder = mkdtempSync(join(tmpdir(), 'passerelles-smoke-'));
  const file = join(folder, 'Smoke MCE.passerelles');
  seedSmokeFile(file, 'MCE-M3S');

  const app = await electron.launch({ executablePath, args: [file], env: { ...process.env, PASSERELLES_SMOKE: '1' } });
  try {
    const page = await app.firstWindow();
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('MCE-M3S — Passerelles');
    expect(page.url()).toBe('app://passerelles/index.html');
    await page.getByRole('button', { name: /CDD et mutualisation/ }).click();
    await page.getByRole('tab', { name: 'Mutualisation' }).click();
    const position = page.getByRole('article', { name: /Poste partagé entre/ }).first();
    await expect(position).toContainText('EHPAD Les Tilleuls', { timeout: 60_000 });
    await expect(position).toContainText('SAAD du Bocage');
    await page.screenshot({ path: join('test-results', 'smoke', `${process.platform}.png`) });
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
