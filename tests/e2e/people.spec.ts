import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { createAssociation, exposeGrids, screen } from './app-helpers';
import { expectNoAxeViolations } from './axe';
import { filesHolding } from '../support/bytes';

const shots = (app: Page, name: string) => screen(app, `people-${name}`);

async function addPerson(app: Page, fields: { civility: string; lastName: string; firstName: string; kind: string; lastContact: string; email?: string }) {
  await app.getByRole('button', { name: 'Ajouter une personne…' }).click();
  const form = app.getByRole('dialog', { name: 'Ajouter une personne' });
  await form.getByLabel('Civilité (telle que la personne l’écrit)').fill(fields.civility);
  await form.getByLabel('Nom', { exact: true }).fill(fields.lastName);
  await form.getByLabel('Prénom').fill(fields.firstName);
  if (fields.email) await form.getByLabel('E-mail').fill(fields.email);
  await form.getByLabel('Catégorie').selectOption({ label: fields.kind });
  await form.getByLabel('Dernier contact').fill(fields.lastContact);
  return form;
}

test('records a person, exports their data, erases them for good, reviews and purges past retention, and shows the audit', async ({ app, host }) => {
  await exposeGrids(app);
  const file = await createAssociation(app, host, 'MCE-M3S');
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Personnes et RGPD/ }).click();
  await expect(app.getByRole('heading', { name: 'Personnes et RGPD', level: 1 })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Aucune personne enregistrée' })).toBeVisible();
  await expectNoAxeViolations(app, 'personnes vide');

  // A refusal first: an e-mail that is not one, said in French, nothing written.
  let form = await addPerson(app, { civility: 'Mme', lastName: 'Quastrelle', firstName: 'Zéphyrine', kind: 'Candidat', lastContact: '2026-01-15', email: 'pas-une-adresse' });
  await shots(app, 'add');
  await expectNoAxeViolations(app, 'ajouter une personne', { include: 'dialog' });
  await form.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(form.getByRole('alert')).toContainText('n’est pas valide');
  await form.getByLabel('E-mail').fill('zephyrine.quastrelle@exemple.fr');
  await form.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'La fiche de Quastrelle a été créée' })).toBeVisible();
  const card = app.getByRole('complementary', { name: 'Fiche de Quastrelle' });
  await expect(card.getByRole('heading', { name: 'Mme Quastrelle Zéphyrine' })).toBeVisible();
  await expect(card.getByText('Conservé jusqu’au 15/01/2028.')).toBeVisible();
  await shots(app, 'card');
  await expectNoAxeViolations(app, 'fiche de la personne');

  // Access export, written where the coordinator chooses (here a folder outside the association's).
  const handedOut = join(host.workspace, 'remis');
  mkdirSync(handedOut);
  await host.answerDialogs(join(handedOut, 'donnees.xlsx'));
  await card.getByRole('button', { name: 'Exporter ses données (Excel)…' }).click();
  await expect(card.getByRole('status')).toContainText('Ses données sont dans « donnees.xlsx »');

  // A second person, long past her retention date, for the review.
  form = await addPerson(app, { civility: 'M.', lastName: 'Tournesol', firstName: 'Marcellin', kind: 'Remplaçant', lastContact: '2021-03-01' });
  await form.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(app.locator('.register-count')).toHaveText('2 personnes');

  // The card opens from the keyboard too: arrows in the grid, then Entrée.
  await app.locator('[role="row"] [col-id="lastName"]').getByText('Tournesol').click();
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Enter');
  const quastrelle = app.getByRole('complementary', { name: 'Fiche de Quastrelle' });
  await quastrelle.getByLabel('Dernier contact').fill('2026-02-10');
  await quastrelle.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(quastrelle.getByText('Conservé jusqu’au 10/02/2028.')).toBeVisible();

  // Closed and reopened: the backup taken on opening holds her now.
  await app.getByRole('button', { name: 'Fermer le fichier' }).click();
  await app.getByRole('button', { name: /MCE-M3S/ }).click();
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Personnes et RGPD/ }).click();

  // Erasure for good, from Quastrelle's card.
  await app.locator('[role="row"] [col-id="lastName"]').getByText('Quastrelle').click();
  await app.getByRole('complementary', { name: 'Fiche de Quastrelle' }).getByRole('button', { name: 'Effacer définitivement…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Effacer définitivement' });
  await expect(confirm).toContainText('Les données de Mme Quastrelle Zéphyrine seront effacées');
  await expect(confirm).toContainText('1 sauvegarde contient ses données et sera réécrite sans elles');
  await shots(app, 'erase-confirm');
  await expectNoAxeViolations(app, 'confirmation d’effacement', { include: 'dialog' });
  await confirm.getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Les données de Mme Quastrelle Zéphyrine ont été effacées définitivement du fichier ; 1 sauvegarde réécrite sans ses données.' })).toBeVisible();
  await expect(app.locator('.register-count')).toHaveText('1 personne');
  await shots(app, 'after-erase');
  // No byte of her anywhere in the association's folder: the file, its -wal and -shm (still open), the backups.
  const folderFiles = filesHolding(host.workspace, ['Quastrelle', 'Zéphyrine', 'zephyrine.quastrelle']).filter((path) => !path.startsWith('remis'));
  expect(folderFiles).toEqual([]);
  expect(file.endsWith('.passerelles')).toBe(true);

  // Review: Tournesol is past his date (a replacement: 24 months after 01/03/2021).
  await app.getByRole('tab', { name: /Revue de conservation/ }).click();
  await expect(app.getByRole('cell', { name: 'M. Tournesol Marcellin', exact: true })).toBeVisible();
  await shots(app, 'review');
  await expectNoAxeViolations(app, 'revue de conservation');
  await app.getByLabel('Choisir M. Tournesol Marcellin').check();
  await app.getByRole('button', { name: 'Effacer définitivement…' }).click();
  const purge = app.getByRole('dialog', { name: 'Purger les durées dépassées' });
  await expect(purge).toContainText('1 personne sera effacée définitivement');
  await purge.getByRole('button', { name: 'Effacer 1 personne' }).click();
  await expect(app.getByRole('status').filter({ hasText: '1 personne effacée définitivement' })).toBeVisible();
  await expect(app.getByText('Aucune personne n’a dépassé sa durée de conservation.')).toBeVisible();

  // The audit trail: three lines, no name.
  await app.getByRole('tab', { name: 'Journal RGPD' }).click();
  const audit = app.locator('.audit-table tbody tr');
  await expect(audit).toHaveCount(3);
  await expect(audit.nth(0)).toContainText('Purge après la durée de conservation');
  await expect(audit.nth(1)).toContainText('Effacement définitif');
  await expect(audit.nth(2)).toContainText('Export des données d’une personne');
  await expect(app.locator('.audit-table')).not.toContainText(/Quastrelle|Tournesol/);
  await app.getByRole('button', { name: 'Nettoyer le fichier' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Le fichier a été réécrit' })).toBeVisible();
  await shots(app, 'audit');
  await expectNoAxeViolations(app, 'journal RGPD');
});
