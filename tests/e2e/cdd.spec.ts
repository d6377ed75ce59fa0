import { join } from 'node:path';
import { test, expect } from './host-fixture';

test('smoke: CDD tabs render under the CSP', async ({ app, host }) => {
  await app.getByRole('button', { name: 'Créer une association…' }).click();
  await app.getByLabel('Nom de l’association').fill('MCE-M3S');
  await host.answerDialogs(join(host.workspace, 'mce-m3s.passerelles'));
  await app.getByRole('button', { name: 'Créer et choisir où l’enregistrer…' }).click();
  await app.getByRole('button', { name: /CDD et mutualisation/ }).click();
  await app.getByRole('tab', { name: 'Consolidation' }).click();
  await app.waitForTimeout(1500);
  await app.screenshot({ path: 'test-results/screens/cdd-smoke-consolidation.png', fullPage: true });
  await app.getByRole('tab', { name: 'Mutualisation' }).click();
  await app.screenshot({ path: 'test-results/screens/cdd-smoke-pooling.png', fullPage: true });
});
