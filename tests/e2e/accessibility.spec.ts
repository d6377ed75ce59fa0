// Issue 9: every screen passes axe-core (WCAG 2.x A/AA + best practices, nothing of impact moderate
// or above). The sections are read from the sidebar at run time, not listed here, so the screens
// the other features add are walked too, with data in the file.
import type { Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { screen } from './app-helpers';
import { expectNoAxeViolations } from './axe';
import { openSeededAssociation } from './seed';

/**
 * Waits until the main content has stopped loading: no « Chargement… » left, nor the placeholders
 * of the lazy panels (the charter map, « Préparation de la carte… », the computed plans and figures).
 */
const loading = /^(Chargement|Préparation|Calcul|Recherche)\b.*…$/;
async function settle(app: Page) {
  await expect(app.locator('main').getByText(loading)).toHaveCount(0, { timeout: 15_000 });
  await app.waitForTimeout(150); // the grid paints its rows one frame after its data arrives
}

test('every section of the sidebar, and each of its tabs, passes axe with data in the file', async ({ app, host }) => {
  // One walk over every section and tab: it grows with each feature (8 sections, ~30 tabs), so it
  // gets the time of that walk rather than the 60 s of a single workflow.
  test.setTimeout(300_000);
  await expectNoAxeViolations(app, 'accueil');
  await openSeededAssociation(app, host);
  const nav = app.getByRole('navigation', { name: 'Sections' });
  const names = (await nav.getByRole('button').allInnerTexts()).map((text) => text.split('\n')[0]?.trim() ?? '');
  expect(names.length).toBeGreaterThanOrEqual(2);
  for (const name of names) {
    await nav.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await expect(app.locator('main h1')).toBeVisible();
    await settle(app);
    await expectNoAxeViolations(app, name);
    const tabs = app.locator('main [role="tab"]');
    const tabCount = await tabs.count();
    for (let i = 0; i < tabCount; i++) {
      const tab = tabs.nth(i);
      const label = await tab.innerText();
      await tab.click();
      await settle(app);
      await screen(app, `a11y-${name}-${label}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
      await expectNoAxeViolations(app, `${name} › ${label}`);
    }
  }
});

test('the register’s card, its dialogs and the help pass axe too', async ({ app, host }) => {
  await openSeededAssociation(app, host);
  await settle(app);
  // The card of a structure.
  await app.locator('[role="row"][row-index="0"] [col-id="name"]').click();
  await expect(app.getByRole('complementary', { name: 'Fiche de la structure' })).toBeVisible();
  await settle(app);
  await expectNoAxeViolations(app, 'fiche de la structure');
  // The dialogs of the register.
  for (const button of ['Ajouter une structure…', 'Importer l’extraction FINESS…', 'Importer un classeur d’adhérents…']) {
    await app.getByRole('button', { name: button }).click();
    const dialog = app.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(app, button, { include: 'dialog[open]' });
    await app.keyboard.press('F1');
    await expect(app.getByRole('dialog', { name: /^Aide/ })).toBeVisible();
    await expectNoAxeViolations(app, `aide de « ${button} »`, { include: 'dialog[open]:last-of-type' });
    if (button.includes('FINESS')) {
      // The guide links to the public download page, opened outside through desktop.openLink.
      const help = app.getByRole('dialog', { name: 'Aide : Importer l’extraction FINESS' });
      const link = help.getByRole('link', { name: /data\.gouv\.fr/ });
      await expect(link).toHaveAttribute('href', 'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/');
      await link.click();
      await expect(help.locator('.field-error')).toHaveCount(0);
      await expect(help).toBeVisible(); // the page did not navigate away
      await screen(app, 'help-finess');
    }
    await app.keyboard.press('Escape');
    await app.keyboard.press('Escape');
    await expect(app.getByRole('dialog')).toHaveCount(0);
  }
});
