import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
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

async function addStructure(app: Page, name: string, postcode: string, commune: RegExp) {
  await app.getByRole('button', { name: 'Ajouter une structure…' }).click();
  const form = app.getByRole('dialog', { name: 'Ajouter une structure' });
  await form.getByLabel('Nom de la structure').fill(name);
  await form.getByRole('combobox', { name: 'Commune' }).fill(postcode);
  await form.getByRole('option', { name: commune }).click();
  await form.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expect(app.getByRole('status').filter({ hasText: `« ${name} » a été ajoutée au registre.` })).toBeVisible();
}

async function addTerritory(dialog: ReturnType<Page['getByRole']>, typed: string, option: RegExp) {
  await dialog.getByRole('combobox', { name: /Territoire couvert/ }).fill(typed);
  await dialog.getByRole('option', { name: option }).first().click();
}

test('writes and adopts the charter, signs it for two structures and one professional, sees the map and saves the PDF', async ({ app, host }) => {
  mkdirSync(shots, { recursive: true });
  await createAssociation(app, host, 'MCE-M3S');
  await addStructure(app, 'EHPAD Les Tilleuls', '61100', /^Flers\b/);
  await addStructure(app, 'SSIAD du Bocage', '61800', /^Tinchebray-Bocage/);

  await app.getByRole('button', { name: /Charte/ }).first().click();
  await expect(app.getByRole('heading', { name: 'Charte d’intervention concertée' })).toBeVisible();
  await app.getByRole('button', { name: 'Écrire la charte' }).click();
  const editor = app.getByRole('textbox', { name: 'Texte de la charte' });
  await editor.click();
  await app.getByRole('button', { name: 'Titre', exact: true }).click();
  await app.keyboard.type('Article 1 — Objet');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Les signataires coordonnent leurs interventions auprès des personnes âgées et handicapées du Bocage.');
  await app.getByRole('button', { name: 'Enregistrer le texte' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Texte enregistré.' })).toBeVisible();
  await app.getByLabel('Adoptée le').fill('2015-06-18');
  await app.getByRole('button', { name: 'Adopter cette version' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Version 1 adoptée le 18/06/2015' })).toBeVisible();
  await expectAccessible(app);
  await shot(app, 'charter-text');

  await app.getByRole('tab', { name: 'Signataires' }).click();
  // A structure, its territory a commune.
  await app.getByRole('button', { name: 'Ajouter un signataire…' }).click();
  let dialog = app.getByRole('dialog', { name: 'Ajouter un signataire' });
  await dialog.getByRole('combobox', { name: 'Structure', exact: true }).selectOption({ label: 'EHPAD Les Tilleuls (Flers)' });
  await dialog.getByLabel('Champ d’intervention').fill('Hébergement des personnes âgées');
  await dialog.getByLabel('Signée le').fill('2015-06-18');
  await addTerritory(dialog, 'Flers', /^Flers 61100/);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Signature de EHPAD Les Tilleuls enregistrée.' })).toBeVisible();
  // A structure, its territory an EPCI.
  await app.getByRole('button', { name: 'Ajouter un signataire…' }).click();
  dialog = app.getByRole('dialog', { name: 'Ajouter un signataire' });
  await dialog.getByRole('combobox', { name: 'Structure', exact: true }).selectOption({ label: 'SSIAD du Bocage (Tinchebray-Bocage)' });
  await dialog.getByLabel('Champ d’intervention').fill('Soins infirmiers à domicile');
  await addTerritory(dialog, 'Domfront Tinchebray', /CC Domfront Tinchebray Interco/);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Signature de SSIAD du Bocage enregistrée.' })).toBeVisible();
  // A professional: refused without a territory, then saved.
  await app.getByRole('button', { name: 'Ajouter un signataire…' }).click();
  dialog = app.getByRole('dialog', { name: 'Ajouter un signataire' });
  await dialog.getByLabel('Un professionnel de santé').check();
  await dialog.getByLabel('Nom', { exact: true }).fill('Martin');
  await dialog.getByLabel('Prénom').fill('Claire');
  await dialog.getByRole('textbox', { name: 'Profession' }).fill('Infirmière libérale');
  await dialog.getByLabel('Champ d’intervention').fill('Soins à domicile');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByRole('alert')).toContainText('au moins une commune ou un EPCI');
  await addTerritory(dialog, 'Athis', /^Athis-Val de Rouvre/);
  await shot(app, 'charter-signatory-dialog');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Signature de Claire Martin enregistrée.' })).toBeVisible();
  // Edited, not only added.
  await app.getByRole('button', { name: 'Modifier Claire Martin' }).click();
  dialog = app.getByRole('dialog', { name: 'Modifier la signature de Claire Martin' });
  await dialog.getByLabel('Nom', { exact: true }).fill('Martin-Leroy');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.getByRole('cell', { name: /^Claire Martin-Leroy Infirmière libérale/ })).toBeVisible();
  await expectAccessible(app);
  await shot(app, 'charter-signatories');

  await app.getByRole('tab', { name: 'Carte des interventions' }).click();
  await expect(app.locator('.map-tab > p')).toContainText('57 communes sur le territoire (Orne) : 40 communes sans intervenant');
  await app.getByLabel('Seulement les communes sans intervenant').check();
  await expect(app.locator('.coverage-table tbody tr')).toHaveCount(40);
  await expectAccessible(app);
  await shot(app, 'charter-map');

  await app.getByRole('button', { name: 'Aperçu et PDF…' }).click();
  const preview = app.getByRole('dialog', { name: /Aperçu/ });
  await expect(preview.frameLocator('iframe').getByRole('heading', { name: 'Charte d’intervention concertée' })).toBeVisible();
  await shot(app, 'charter-preview');
  const pdfPath = join(host.workspace, 'charte-mce.pdf');
  await host.answerDialogs(pdfPath);
  await preview.getByRole('button', { name: 'Enregistrer en PDF…' }).click();
  await expect(preview.getByRole('status')).toContainText('« charte-mce.pdf » enregistré');
  expect(existsSync(pdfPath)).toBe(true);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Claire Martin-Leroy');
  expect(text).toContain('CC Domfront Tinchebray Interco (EPCI)');
  execFileSync('pdftoppm', ['-png', '-r', '50', pdfPath, join(shots, 'charter-e2e-pdf')]);

  await preview.getByRole('button', { name: /Fermer/ }).first().click();

  // A second version adopted: the first one stays printable from its own page.
  await app.getByRole('tab', { name: 'Texte' }).click();
  await app.getByRole('button', { name: 'Nouvelle version' }).click();
  await app.getByRole('button', { name: 'Adopter cette version' }).click();
  await expect(app.getByRole('status').filter({ hasText: /Version 2 adoptée/ })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Imprimer cette version…' })).toHaveCount(0);
  await app.getByRole('button', { name: /^Version 1/ }).click();
  await app.getByRole('button', { name: 'Imprimer cette version…' }).click();
  const earlier = app.getByRole('dialog', { name: /Aperçu/ });
  await expect(earlier.frameLocator('iframe').getByText('Version 1, adoptée le 18 juin 2015', { exact: false }).first()).toBeVisible();
  await shot(app, 'charter-earlier-version-preview');
});
