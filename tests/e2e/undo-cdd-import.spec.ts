// Issue 7 §3: « Annuler » also follows the import of a returned CDD file, and the figures go away.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { createAssociation, screen } from './app-helpers';
import { test, expect, type Host } from './host-fixture';

const importedFiles = (page: Page) =>
  page.evaluate(async () => {
    const imports = await window.api['cdd.imports']({ structureId: null });
    if (!imports.ok) throw new Error(imports.error.message);
    return imports.value.length;
  });

/** A member's own workbook, mapped and saved through its card: returns the card. */
async function importOwnWorkbook(app: Page, host: Host) {
  await createAssociation(app, host, 'MCE-M3S');
  await app.evaluate(async () => {
    const created = await window.api['structures.create']({ name: 'SAAD du Bocage', type: 'saad', field: 'home', communeCode: '61278' });
    if (!created.ok) throw new Error(created.error.message);
  });
  const own = join(host.workspace, 'CDD SAAD du Bocage.xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([
    ['Période', 'Emploi occupé', 'Contrats', 'Volume horaire'],
    ['01/2025', 'Aide à domicile', 2, '70,5'],
    ['02/2025', 'Agent de service', 1, 40],
  ]), 'Feuil1');
  writeFileSync(own, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

  await app.getByRole('button', { name: /CDD et mutualisation/ }).click();
  await host.answerDialogs([own]);
  await app.getByRole('button', { name: 'Importer des fichiers reçus…' }).click();
  const card = app.getByRole('article', { name: /Fichier CDD SAAD/ });
  await card.getByLabel('Fichier envoyé par').selectOption({ label: 'SAAD du Bocage' });
  await card.getByLabel('Mois *').selectOption({ label: 'A — Période' });
  await card.getByLabel('Métier *').selectOption({ label: 'B — Emploi occupé' });
  await card.getByLabel('Heures *').selectOption({ label: 'D — Volume horaire' });
  await card.getByLabel('Nombre de CDD').selectOption({ label: 'C — Contrats' });
  await card.getByRole('button', { name: 'Relire le fichier avec ces colonnes' }).click();
  await expect(card.getByLabel('Bilan du fichier')).toContainText('2 lignes acceptées');
  await card.getByRole('button', { name: /Enregistrer ce fichier/ }).click();

  return card;
}

test('imports a member’s CDD file, then « Annuler » on its confirmation takes the import back', async ({ app, host }) => {
  const card = await importOwnWorkbook(app, host);
  const saved = card.getByRole('status').filter({ hasText: 'Enregistré' });
  await expect(saved.getByRole('button', { name: 'Annuler' })).toBeVisible();
  expect(await importedFiles(app)).toBe(1);
  await screen(app, 'undo-cdd-imported');
  await saved.getByRole('button', { name: 'Annuler' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Annulé : l’import du fichier CDD.' })).toBeVisible();
  await expect(card.getByRole('status').filter({ hasText: 'lignes comptent désormais' })).toHaveCount(0);
  await expect(card).toContainText('Import annulé');
  await expect(card).toContainText('Pour l’enregistrer de nouveau, importez-le encore.');
  expect(await importedFiles(app)).toBe(0);
  await screen(app, 'undo-cdd-undone');
});

test('« Annuler » refuses, in French, once the file changed since, and keeps both changes', async ({ app, host }) => {
  const card = await importOwnWorkbook(app, host);
  const saved = card.getByRole('status').filter({ hasText: 'Enregistré' });
  await expect(saved.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await app.evaluate(async () => {
    const created = await window.api['structures.create']({ name: 'EHPAD Les Tilleuls' });
    if (!created.ok) throw new Error(created.error.message);
  });
  await saved.getByRole('button', { name: 'Annuler' }).click();
  await expect(card.getByRole('alert').filter({ hasText: 'Cette action ne peut plus être annulée' })).toBeVisible();
  await expect(saved.getByRole('button', { name: 'Annuler' })).toHaveCount(0);
  await expect(card).toContainText('Enregistré ✓');
  expect(await importedFiles(app)).toBe(1);
  const names = await app.evaluate(async () => {
    const listed = await window.api['structures.list']();
    if (!listed.ok) throw new Error(listed.error.message);
    return (listed.value as { name: string }[]).map((s) => s.name).sort();
  });
  expect(names).toEqual(['EHPAD Les Tilleuls', 'SAAD du Bocage']);
});
