import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { createAssociation } from './app-helpers';
import { test, expect } from './host-fixture';

test('creates an association, sees its name, closes and reopens it from the recent list', async ({ app, host }) => {
  await expect(app.getByRole('heading', { name: 'Passerelles' })).toBeVisible();
  await app.getByRole('button', { name: 'Créer une association…' }).click();
  await app.getByLabel('Nom de l’association').fill('MCE-M3S');
  await app.getByLabel('Territoire').fill('Pays du Bocage (Orne)');
  await host.answerDialogs(join(host.workspace, 'mce-m3s.passerelles'));
  await app.getByRole('button', { name: 'Créer et choisir où l’enregistrer…' }).click();
  await expect(app.locator('.association-name')).toHaveText('MCE-M3S');
  await expect(app).toHaveTitle('Adhérents — MCE-M3S — Passerelles'); // the section, the file, the app
  await app.screenshot({ path: 'test-results/screens/workspace.png' });

  await app.getByRole('button', { name: 'Fermer le fichier' }).click();
  await expect(app.getByRole('heading', { name: 'Fichiers récents' })).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/welcome.png' });
  await app.getByRole('button', { name: /MCE-M3S/ }).click();
  await expect(app.locator('.association-name')).toHaveText('MCE-M3S');
});

test('refuses a file that is not a Passerelles file, with a message that says what to do', async ({ app, host }) => {
  const notSqlite = join(host.workspace, 'notes.passerelles');
  writeFileSync(notSqlite, 'ceci est un fichier texte');
  await host.answerDialogs(notSqlite);
  await app.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
  await expect(app.getByRole('alert')).toContainText('n’est pas un fichier Passerelles');
  await expect(app.getByRole('alert')).toContainText('.passerelles');
});

test('the page has no Node access and its CSP blocks inline scripts', async ({ app, consoleErrors }) => {
  consoleErrors.allow(/Content Security Policy/);
  const exposure = await app.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: typeof window.api,
  }));
  expect(exposure).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
  const violation = app.waitForEvent('console', (message) => message.text().includes('Content Security Policy'));
  const ran = await app.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await violation;
});

test('renames the association, then restores the backup taken before', async ({ app, host }) => {
  await createAssociation(app, host, 'Association du Bocage');

  await app.getByRole('button', { name: 'Renommer l’association…' }).click();
  await app.getByLabel('Nom de l’association').fill('MCE-M3S');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.association-name')).toHaveText('MCE-M3S');

  await app.getByRole('button', { name: 'Sauvegardes…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
  await expect(dialog.getByRole('row')).toHaveCount(2);
  await app.screenshot({ path: 'test-results/screens/backups.png' });
  await dialog.getByRole('button', { name: 'Restaurer…' }).first().click();
  await app.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' }).getByRole('button', { name: 'Restaurer' }).click();
  await expect(app.locator('.association-name')).toHaveText('Association du Bocage');
});
