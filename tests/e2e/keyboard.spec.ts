// Issue 9: the coordinator's first steps without a mouse. Every step asserts where focus is:
// never lost to <body>, always on something that says where the person is.
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { displayedRows, exposeGrids, screen } from './app-helpers';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. Returns the count. */
async function tabTo(app: Page, target: Locator, { back = false, max = 40 } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await app.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return presses;
  }
  throw new Error(`focus jamais arrivé sur la cible après ${max} ${back ? 'Maj+Tab' : 'Tab'}`);
}

/** Focus is somewhere meaningful: not <body>, not nowhere. */
async function expectFocusKept(app: Page) {
  expect(await app.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
}

const focusedCell = (app: Page) =>
  app.evaluate(() => {
    const cell = document.activeElement?.closest('[role="gridcell"]');
    return cell ? { colId: cell.getAttribute('col-id'), row: cell.closest('[role="row"]')?.getAttribute('row-index') } : null;
  });

function writeMembersWorkbook(path: string): void {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Établissement', 'SIRET', 'Ville', 'CP'],
    ['SAAD Bocage Services', '77850120000126', 'La Ferté-Macé', 61600],
    ['IME Les Sources', '', 'Briouze', 61220],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Adhérents');
  XLSX.writeFile(book, path);
}

test('creates an association, adds a structure, edits and undoes a cell, opens and closes its card, imports a workbook: keyboard only', async ({ app, host }) => {
  await exposeGrids(app);
  // — Create the association.
  await tabTo(app, app.getByRole('button', { name: 'Créer une association…' }));
  await app.keyboard.press('Enter');
  const creation = app.getByRole('dialog', { name: 'Nouvelle association' });
  await expect(creation.getByLabel('Nom de l’association')).toBeFocused(); // the first field, not ×
  await app.keyboard.type('MCE-M3S');
  await app.keyboard.press('Tab');
  await expect(creation.getByLabel('Territoire')).toBeFocused();
  await app.keyboard.type('Pays du Bocage (Orne)');
  await host.answerDialogs(join(host.workspace, 'clavier.passerelles'));
  await app.keyboard.press('Enter');
  await expect(app.locator('.association-name')).toHaveText('MCE-M3S');
  await expect(app.getByRole('heading', { level: 1, name: 'Registre des adhérents' })).toBeFocused();
  await expect(app).toHaveTitle('Adhérents — MCE-M3S — Passerelles');

  // — Add a structure; the commune is picked with the arrows (the option is announced).
  await tabTo(app, app.getByRole('button', { name: 'Ajouter une structure…' }));
  await app.keyboard.press('Enter');
  const form = app.getByRole('dialog', { name: 'Ajouter une structure' });
  await expect(form.getByLabel('Nom de la structure')).toBeFocused();
  await app.keyboard.type('EHPAD Les Tilleuls');
  const commune = form.getByRole('combobox', { name: 'Commune' });
  await tabTo(app, commune);
  await app.keyboard.type('61100');
  const options = form.getByRole('listbox', { name: 'Communes trouvées' }).getByRole('option');
  await expect(options.filter({ hasText: /^Flers/ })).toHaveCount(1);
  await expect(commune).toHaveAttribute('aria-activedescendant', /option-0$/);
  // The arrows move the highlighted option; the field says which one to a screen reader.
  const activeText = async () => app.locator(`[id="${await commune.getAttribute('aria-activedescendant')}"]`).innerText();
  for (let i = 0; i < 12 && !/^Flers/.test(await activeText()); i++) await app.keyboard.press('ArrowDown');
  expect(await activeText()).toMatch(/^Flers/);
  await expect(commune).toBeFocused();
  await screen(app, 'keyboard-commune-option');
  await app.keyboard.press('Enter');
  await expect(commune).toHaveValue(/Flers/);
  await tabTo(app, form.getByRole('button', { name: 'Ajouter la structure' }));
  await app.keyboard.press('Enter');
  const card = app.getByRole('complementary', { name: 'Fiche de la structure' });
  // Focus goes to the new structure's card.
  await expect(card.getByRole('heading', { name: 'EHPAD Les Tilleuls' })).toBeFocused();

  // — Échap closes the card; focus comes back to its row in the grid.
  await app.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect.poll(() => focusedCell(app)).toEqual({ colId: 'name', row: '0' });

  // — The grid is one Tab stop: Shift+Tab leaves it for « Colonnes… », Tab comes back to the cell.
  await app.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: 'Colonnes…' })).toBeFocused();
  await app.keyboard.press('Tab'); // in again, on the header of the first column; the arrows go down to the rows
  await expect(app.locator('.register-grid [role="columnheader"][col-id="name"]')).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect.poll(() => focusedCell(app)).toEqual({ colId: 'name', row: '0' });
  const toSearch = await tabTo(app, app.getByRole('searchbox', { name: 'Rechercher dans le registre' }), { back: true, max: 6 });
  expect(toSearch).toBeLessThanOrEqual(3); // Colonnes…, the scope radios, the search box
  expect(await tabTo(app, app.locator('.register-grid [role="columnheader"][col-id="name"]'), { max: 4 })).toBeLessThanOrEqual(3);
  await app.keyboard.press('ArrowDown');

  // — Edit a cell with the keys, then undo and redo it.
  for (let i = 0; i < 8; i++) await app.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCell(app)).toMatchObject({ colId: 'headcount' });
  await app.keyboard.press('Enter');
  await expect(app.locator('.register-grid .ag-cell-inline-editing input')).toBeFocused(); // the editor, in the cell
  await app.keyboard.type('90');
  await app.keyboard.press('Enter');
  const confirmation = app.getByRole('status').filter({ hasText: 'Effectif de « EHPAD Les Tilleuls » : vide → 90' });
  await expect(confirmation).toBeVisible();
  await expect.poll(async () => (await displayedRows(app))[0]?.headcount).toBe(90);
  await expect.poll(() => focusedCell(app)).toMatchObject({ colId: 'headcount' });
  await screen(app, 'keyboard-edit-confirmed');
  await app.keyboard.press('Control+z');
  await expect.poll(async () => (await displayedRows(app))[0]?.headcount).toBe(null);
  await expect(app.getByRole('status').filter({ hasText: 'Modification annulée' })).toBeVisible();
  await expect(app.getByRole('searchbox', { name: 'Rechercher dans le registre' })).toHaveValue('');
  await app.keyboard.press('Control+y');
  await expect.poll(async () => (await displayedRows(app))[0]?.headcount).toBe(90);
  await expect.poll(() => focusedCell(app)).toMatchObject({ colId: 'headcount' });

  // — Espace opens the card; Tab goes into it; Échap closes it and focus is back on the row.
  await app.keyboard.press('Space');
  await expect(card).toBeVisible();
  await tabTo(app, card, { max: 3 });
  await app.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect.poll(() => focusedCell(app)).toMatchObject({ row: '0' });

  // — F1: the register's guide, closed with Échap, focus back where it was.
  await app.keyboard.press('F1');
  await expect(app.getByRole('dialog', { name: 'Aide : Registre des adhérents' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect.poll(() => focusedCell(app)).toMatchObject({ row: '0' });

  // — Import a members workbook through the mapping and the preview.
  const workbook = join(host.workspace, 'adherents.xlsx');
  writeMembersWorkbook(workbook);
  const opener = app.getByRole('button', { name: 'Importer un classeur d’adhérents…' });
  await tabTo(app, opener, { back: true });
  await app.keyboard.press('Enter');
  const wizard = app.getByRole('dialog', { name: 'Importer un classeur d’adhérents' });
  await expect(wizard.getByRole('button', { name: 'Choisir le fichier…' })).toBeFocused();
  await host.answerDialogs(workbook);
  await app.keyboard.press('Enter');
  await expect(wizard.getByText('Classeur « adherents.xlsx »')).toBeVisible();
  await expectFocusKept(app);
  await expect(wizard.locator(':focus')).toHaveCount(1); // still inside the wizard
  await tabTo(app, wizard.getByRole('button', { name: 'Voir l’aperçu' }));
  await app.keyboard.press('Enter');
  const preview = wizard.getByRole('region', { name: 'Aperçu de l’import' });
  await expect(preview).toBeVisible();
  await expect(wizard.locator(':focus')).toHaveCount(1);
  await screen(app, 'keyboard-import-preview');
  await tabTo(app, wizard.getByRole('button', { name: /^Importer \d/ }));
  await app.keyboard.press('Enter');
  await expect(wizard).toHaveCount(0);
  await expect(app.getByRole('status').filter({ hasText: 'Classeur « adherents.xlsx » importé' })).toBeVisible();
  await expect(opener).toBeFocused();
  await expect.poll(async () => (await displayedRows(app)).length).toBe(3);
  await screen(app, 'keyboard-after-import');
});
