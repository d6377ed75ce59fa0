import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { test, expect } from './host-fixture';
import { exposeGrids, screen } from './app-helpers';
import { expectNoAxeViolations } from './axe';
import { openSeededAssociation } from './seed';

const year = new Date().getFullYear();

test('follows the fees of the year: called and received, who has not paid, the register filtered, the reminder list', async ({ app, host }) => {
  await exposeGrids(app);
  await openSeededAssociation(app, host);
  await app.getByRole('button', { name: 'Suivi des cotisations…' }).click();
  const fees = app.getByRole('dialog', { name: 'Suivi des cotisations' });
  // Two members of the year at 250 €, neither paid yet.
  await expect(fees.getByRole('combobox', { name: 'Année' })).toHaveValue(String(year));
  await expect(fees.locator('.fees-totals')).toContainText('Appelé500,00 €');
  await expect(fees.locator('.fees-totals')).toContainText('Reçu0,00 €');
  await expect(fees).toContainText('0 adhérent a payé sur 2');
  await expect(fees.getByRole('table', { name: `Cotisations ${year} non payées` }).getByRole('row')).toHaveCount(3);
  await expect(fees.getByRole('row', { name: /EHPAD Les Tilleuls/ })).toContainText('direction1@example.org');
  await screen(app, 'first-hour-fees');
  await expectNoAxeViolations(app, 'suivi des cotisations', { include: 'dialog[open]' });

  await host.answerDialogs(join(host.workspace, `Relances cotisations ${year}.xlsx`));
  await fees.getByRole('button', { name: 'Exporter la liste de relance…' }).click();
  await expect(fees.getByText(`Liste de relance enregistrée dans « Relances cotisations ${year}.xlsx » : 2 structures.`)).toBeVisible();
  expect(existsSync(join(host.workspace, `Relances cotisations ${year}.xlsx`))).toBe(true);

  await fees.getByRole('button', { name: 'Afficher les 2 impayés dans le registre' }).click();
  await expect(app.locator('.register-count')).toHaveText('2 structures sur 3');
  await expect(app.getByText(`Cotisations ${year} non payées`)).toBeVisible();
  await screen(app, 'first-hour-unpaid-filter');
  await app.getByRole('button', { name: 'Retirer ce filtre' }).click();
  await expect(app.locator('.register-count')).toHaveText('3 structures');
});
