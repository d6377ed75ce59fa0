import { mkdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import { createAssociation, screen } from './app-helpers';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './host-fixture';

test('the welcome screen lists what the app does: the sections that are there, no more', async ({ app, host }) => {
  const listed = app.getByRole('list', { name: 'Ce que fait Passerelles' }).getByRole('listitem');
  await expect(listed.first()).toBeVisible();
  const labels = (await listed.locator('strong').allInnerTexts()).map((text) => text.trim());
  expect(labels).toContain('Adhérents');
  await expectNoAxeViolations(app, 'accueil');
  await screen(app, 'shell-welcome');

  await createAssociation(app, host, 'MCE-M3S');
  const sidebar = (await app.getByRole('navigation', { name: 'Sections' }).getByRole('button').allInnerTexts()).map((text) => text.split('\n')[0]?.trim());
  expect(labels).toEqual(sidebar);
});

test('in the test host, « Ouvrir » with no file in the workspace says so on screen', async ({ app, host }) => {
  await app.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
  await expect(app.getByRole('alert')).toContainText(`Hôte de test : aucun fichier .passerelles dans le dossier de travail ${host.workspace}.`);
});

test('after an export, the folder it went to and a button that opens it, where the person clicked', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  await app.getByRole('button', { name: 'Ajouter une structure…' }).click();
  const form = app.getByRole('dialog', { name: 'Ajouter une structure' });
  await form.getByLabel('Nom de la structure').fill('EHPAD Les Tilleuls');
  await form.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expect(app.locator('.register-count')).toHaveText('1 structure');

  const exports = join(host.workspace, 'exports');
  mkdirSync(exports);
  await host.answerDialogs(join(exports, 'registre.xlsx'));
  await app.getByRole('button', { name: 'Exporter vers Excel…' }).click();
  const notice = app.getByRole('status').filter({ hasText: 'exportée' });
  await expect(notice).toContainText('1 structure exportée dans « registre.xlsx ».');
  await expect(notice).toContainText(`Enregistré dans le dossier ${exports}`);
  await expect(notice).toBeInViewport();
  await notice.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect(notice).toContainText(`Hôte de test, sans bureau : le fichier est dans le dossier ${exports}`);
  await screen(app, 'shell-export-written');
  await expectNoAxeViolations(app, 'registre après export', { include: '.notice' });
});

test('the test host answers only requests addressed to its own 127.0.0.1:port (DNS rebinding)', async ({ host }) => {
  const url = new URL(host.url);
  const status = (hostHeader: string) =>
    new Promise<number>((resolve, reject) => {
      const request = get({ hostname: '127.0.0.1', port: url.port, path: `/?token=${url.searchParams.get('token')}`, headers: { host: hostHeader } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
    });
  expect(await status(`127.0.0.1:${url.port}`)).toBe(200);
  expect(await status(`evil.example:${url.port}`)).toBe(421);
  expect(await status('evil.example')).toBe(421);
});

test('the built preload carries the call names, not the contract and zod', () => {
  const preload = readFileSync(resolve(process.env.PASSERELLES_OUT_DIR ?? 'out', 'preload/index.cjs'), 'utf8');
  expect(preload.length).toBeLessThan(20_000);
  expect(preload).toContain('association.open');
  expect(preload).not.toMatch(/ZodError|zod/);
});
