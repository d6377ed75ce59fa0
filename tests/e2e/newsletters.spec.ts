import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createAssociation } from './app-helpers';
import { test, expect } from './host-fixture';

const shots = process.env.PASSERELLES_SCREENS ?? '/tmp/printing-shots';
const shot = (app: Page, name: string) => app.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

async function expectAccessible(app: Page) {
  const results = await new AxeBuilder({ page: app }).exclude('iframe').analyze();
  const serious = results.violations.filter((v) => v.impact && ['moderate', 'serious', 'critical'].includes(v.impact));
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Setup through the page's own window.api (what the register screens do), to keep the test on the letter. */
async function addStructures(app: Page, structures: { name: string; headcount: number; finessEt: string }[]) {
  await app.evaluate(async (list) => {
    for (const structure of list) {
      const result = (await window.api['structures.create'](structure)) as { ok: boolean };
      if (!result.ok) throw new Error(`structures.create ${structure.name}`);
    }
  }, structures);
}

test('writes a letter with its key figures, publishes it, changes the data and finds the letter unchanged; prints it', async ({ app, host }) => {
  mkdirSync(shots, { recursive: true });
  await createAssociation(app, host, 'MCE-M3S');
  await addStructures(app, [
    { name: 'EHPAD Les Tilleuls', headcount: 85, finessEt: '610000010' },
    { name: 'SSIAD du Bocage', headcount: 20, finessEt: '610000028' },
  ]);
  await app.getByRole('button', { name: /Lettres d’information/ }).click();
  await app.getByRole('button', { name: 'Nouvelle lettre' }).click();
  await expect(app.getByRole('heading', { name: 'Lettre d’information n°1' })).toBeVisible();
  await app.getByLabel('Date ou période').fill('Décembre 2013');
  const edito = app.getByRole('textbox', { name: 'Texte : Édito' });
  await edito.click();
  await app.keyboard.type('Deux ans après la GTEC, l’association réunit les EHPAD et les SSIAD du Bocage avec l’URIOPSS.');
  const figures = app.getByRole('list', { name: 'Chiffres clés' });
  await expect(figures).toContainText('2 structures');
  await expect(figures).toContainText('105 emplois');
  await app.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Lettre enregistrée.' })).toBeVisible();
  await expect(app.getByText(/Les sigles que la lettre emploie.*GTEC/)).toBeVisible();
  await expectAccessible(app);
  await shot(app, 'newsletter-draft');

  await app.getByRole('button', { name: 'Publier…' }).click();
  await app.getByRole('dialog', { name: 'Publier la lettre n°1' }).getByRole('button', { name: 'Publier' }).click();
  await expect(app.getByText(/Lettre publiée le .* figés/)).toBeVisible();

  // The data changes: a third structure. The published letter keeps its figures.
  await addStructures(app, [{ name: 'ESAT du Houlme', headcount: 60, finessEt: '610000036' }]);
  await app.getByRole('button', { name: /Adhérents/ }).click();
  await app.getByRole('button', { name: /Lettres d’information/ }).click();
  await expect(app.getByRole('list', { name: 'Chiffres clés' })).toContainText('2 structures');
  await expect(app.getByRole('list', { name: 'Chiffres clés' })).toContainText('105 emplois');
  await shot(app, 'newsletter-published');

  // The next one starts from it, with today's figures.
  await app.getByRole('button', { name: 'Partir de la lettre précédente' }).click();
  await expect(app.getByRole('heading', { name: 'Lettre d’information n°2' })).toBeVisible();
  await expect(app.getByRole('list', { name: 'Chiffres clés' })).toContainText('3 structures');

  // Back to n°1 and its PDF.
  await app.getByRole('button', { name: /^n°1/ }).click();
  await app.getByRole('button', { name: 'Aperçu et PDF…' }).click();
  const preview = app.getByRole('dialog', { name: /Aperçu/ });
  await expect(preview.frameLocator('iframe').getByText('Repères')).toBeVisible();
  await shot(app, 'newsletter-preview');
  const pdfPath = join(host.workspace, 'lettre-1.pdf');
  await host.answerDialogs(pdfPath);
  await preview.getByRole('button', { name: 'Enregistrer en PDF…' }).click();
  await expect(preview.getByRole('status')).toContainText('« lettre-1.pdf » enregistré');
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('n°1');
  expect(text).toContain('105 emplois');
  expect(text).not.toContain('ESAT du Houlme');
  expect(text).toContain('GTEC*');
  execFileSync('pdftoppm', ['-png', '-r', '50', pdfPath, join(shots, 'newsletter-e2e-pdf')]);
});

test('the glossary can be reworded and the unsubscribe list refuses a bad address', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  await app.getByRole('button', { name: /Lettres d’information/ }).click();
  await app.getByRole('tab', { name: 'Glossaire' }).click();
  await app.getByRole('button', { name: 'Modifier GTEC' }).click();
  await app.getByLabel('Définition').fill('Gestion territoriale des emplois et des compétences (Pays du Bocage)');
  await app.getByRole('button', { name: 'Enregistrer le sigle' }).click();
  await expect(app.getByRole('row', { name: /GTEC.*Pays du Bocage.*propre à l’association/ })).toBeVisible();
  await expectAccessible(app);
  await app.getByRole('tab', { name: 'Désinscriptions' }).click();
  await app.getByLabel('Adresse e-mail').fill('pas-une-adresse');
  await app.getByRole('button', { name: 'Désinscrire' }).click();
  await expect(app.getByRole('alert')).toContainText('n’est pas une adresse e-mail');
  await app.getByLabel('Adresse e-mail').fill('Marie.Dupont@Exemple.fr');
  await app.getByRole('button', { name: 'Désinscrire' }).click();
  await expect(app.getByRole('cell', { name: 'marie.dupont@exemple.fr', exact: true })).toBeVisible();
  await expectAccessible(app);
  await shot(app, 'newsletter-unsubscribes');
});
