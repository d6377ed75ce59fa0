import type { Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { createAssociation, displayedRows, exposeGrids, screen } from './app-helpers';

const cell = (app: Page, rowIndex: number, colId: string) => app.locator(`[role="row"][row-index="${rowIndex}"] [role="gridcell"][col-id="${colId}"]`);

async function editCell(app: Page, rowIndex: number, colId: string, text: string) {
  await cell(app, rowIndex, colId).dblclick();
  const editor = app.locator(`[role="row"][row-index="${rowIndex}"] [col-id="${colId}"] input`);
  await editor.fill(text);
  await editor.press('Enter');
}

async function pickCommune(scope: ReturnType<Page['getByRole']>, typed: string, option: RegExp) {
  await scope.getByRole('combobox', { name: 'Commune' }).fill(typed);
  await scope.getByRole('option', { name: option }).click();
}

test('adds a member with the form, edits it in the grid, refuses a duplicate SIRET, records a contact and a membership year', async ({ app, host }) => {
  await exposeGrids(app);
  await createAssociation(app, host, 'MCE-M3S');
  await expect(app.getByRole('heading', { name: 'Le registre est vide' })).toBeVisible();
  await screen(app, 'members-empty');

  // The form, with the commune picked from the offline directory (its EPCI shown).
  await app.getByRole('button', { name: 'Ajouter une structure…' }).click();
  const form = app.getByRole('dialog', { name: 'Ajouter une structure' });
  await form.getByLabel('Nom de la structure').fill('EHPAD Les Tilleuls');
  await form.getByLabel('FINESS établissement (ET)').fill('610009995');
  await form.getByLabel('SIRET', { exact: true }).fill('778 501 200 00001');
  await form.getByLabel('Type de structure').selectOption({ label: 'EHPAD' });
  await form.getByLabel('Champ d’intervention').selectOption({ label: 'Personnes âgées' });
  await form.getByLabel('OPCA / OPCO').selectOption({ label: 'Unifaf (OPCO Santé)' });
  await form.getByLabel('Adresse').fill('12 rue de la Gare');
  await pickCommune(form, '61100', /^Flers\b/);
  await expect(form.getByText(/EPCI : .*Flers/)).toBeVisible();
  await form.getByLabel('Effectif (salariés)').fill('85');
  await form.getByLabel('ETP').fill('72,5');
  await screen(app, 'members-add-form');
  await form.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expect(app.getByRole('status').filter({ hasText: '« EHPAD Les Tilleuls » a été ajoutée au registre.' })).toBeVisible();
  await expect(app.locator('.register-count')).toHaveText('1 structure');
  await expect(app.getByRole('complementary', { name: 'Fiche de la structure' }).getByRole('heading', { name: 'EHPAD Les Tilleuls' })).toBeVisible();

  let [row] = await displayedRows(app);
  expect(row).toMatchObject({ name: 'EHPAD Les Tilleuls', siret: '77850120000001', communeName: 'Flers', postcode: '61100', headcount: 85, fte: 72.5, type: 'ehpad' });
  expect(String(row?.epciName)).toContain('Flers');
  await expect(cell(app, 0, 'fte')).toHaveText('72,5');

  // Inline edit: accepted, refused by the page, refused by the handler (the cell goes back).
  await editCell(app, 0, 'headcount', '90');
  await expect(cell(app, 0, 'headcount')).toHaveText('90');
  [row] = await displayedRows(app);
  expect(row?.headcount).toBe(90);
  await editCell(app, 0, 'headcount', 'beaucoup');
  await expect(app.getByRole('alert')).toContainText('L’effectif doit être un nombre entier');
  await expect(cell(app, 0, 'headcount')).toHaveText('90');
  await editCell(app, 0, 'siret', '12345');
  await expect(app.getByRole('alert')).toContainText('Le SIRET doit compter 14 chiffres');
  await expect(cell(app, 0, 'siret')).toHaveText('778 501 200 00001');
  [row] = await displayedRows(app);
  expect(row?.siret).toBe('77850120000001');
  await screen(app, 'members-grid-refused-edit');
  // A coded column is edited with a list of French labels.
  await cell(app, 0, 'opca').dblclick();
  await cell(app, 0, 'opca').getByRole('combobox').click();
  await screen(app, 'members-grid-select-editor');
  await app.getByRole('listbox').getByRole('option', { name: 'Uniformation (OPCO Cohésion sociale)' }).click();
  await expect(cell(app, 0, 'opca')).toHaveText('Uniformation (OPCO Cohésion sociale)');
  await expect.poll(async () => (await displayedRows(app))[0]?.opca).toBe('uniformation');

  // A FINESS from another department is kept, with a warning (DOMAIN: warn, don't block).
  await editCell(app, 0, 'finessEt', '140009994');
  await expect(app.getByRole('status').filter({ hasText: 'enregistrée, mais : Le FINESS commence par 14' })).toBeVisible();
  await expect(cell(app, 0, 'finessEt')).toHaveText('140009994');
  await editCell(app, 0, 'finessEt', '610009995');
  await expect(cell(app, 0, 'finessEt')).toHaveText('610009995');

  // A second structure with the same SIRET is refused, naming the first one.
  await app.getByRole('button', { name: 'Ajouter une structure…' }).click();
  await form.getByLabel('Nom de la structure').fill('SSIAD du Bocage');
  await form.getByLabel('SIRET', { exact: true }).fill('77850120000001');
  await form.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expect(form.getByRole('alert')).toContainText('voyez le message sous « SIRET »');
  await expect(form.getByText('Le SIRET 778 501 200 00001 est déjà utilisé par « EHPAD Les Tilleuls »')).toBeVisible();
  await screen(app, 'members-duplicate');
  await form.getByLabel('SIRET', { exact: true }).fill('77850120000043');
  await form.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expect(app.locator('.register-count')).toHaveText('2 structures');

  // Back to the first one: a contact and a membership year from the detail panel.
  await cell(app, 0, 'name').click();
  const panel = app.getByRole('complementary', { name: 'Fiche de la structure' });
  await expect(panel.getByRole('heading', { name: 'EHPAD Les Tilleuls' })).toBeVisible();
  await panel.getByRole('button', { name: 'Ajouter un contact' }).click();
  await panel.getByLabel('Nom du contact').fill('Marie Lefèvre');
  await panel.getByLabel('Fonction').selectOption({ label: 'Directeur / directrice' });
  await panel.getByLabel('E-mail').fill(' Direction@Tilleuls.FR ');
  await panel.getByLabel('Téléphone').fill('0233650000');
  await screen(app, 'members-contact-form');
  await panel.getByRole('button', { name: 'Ajouter le contact' }).click();
  const contacts = panel.getByRole('region', { name: 'Contacts' });
  await expect(contacts.getByRole('row', { name: /Marie Lefèvre/ })).toContainText('02 33 65 00 00');
  await expect(cell(app, 0, 'contactCount')).toHaveText('1');
  // A contact added by mistake is deleted, after confirmation.
  await panel.getByRole('button', { name: 'Ajouter un contact' }).click();
  await panel.getByLabel('Nom du contact').fill('Paul Martin');
  await panel.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(cell(app, 0, 'contactCount')).toHaveText('2');
  await contacts.getByRole('button', { name: 'Supprimer le contact Paul Martin' }).click();
  await app.getByRole('dialog', { name: 'Supprimer ce contact ?' }).getByRole('button', { name: 'Supprimer Paul Martin' }).click();
  await expect(contacts.getByRole('row', { name: /Paul Martin/ })).toHaveCount(0);
  await expect(cell(app, 0, 'contactCount')).toHaveText('1');

  const year = new Date().getFullYear();
  await panel.getByRole('button', { name: 'Ajouter une année' }).click();
  await panel.getByLabel('Année', { exact: true }).fill(String(year));
  await panel.getByLabel('Cotisation (€)').fill('150,50');
  await panel.getByLabel('Payée le').fill('31/02/' + year);
  await panel.getByRole('button', { name: 'Enregistrer l’année' }).click();
  await expect(panel.getByRole('alert')).toContainText('« 31/02/' + year + ' » n’est pas une date');
  await panel.getByLabel('Payée le').fill(`15/03/${year}`);
  await screen(app, 'members-membership-form');
  await panel.getByRole('button', { name: 'Enregistrer l’année' }).click();
  const memberships = panel.getByRole('region', { name: 'Adhésions' });
  await expect(memberships.getByRole('row', { name: new RegExp(String(year)) })).toContainText('150,50');
  await expect(memberships.getByRole('row', { name: new RegExp(String(year)) })).toContainText(`15/03/${year}`);
  await expect(cell(app, 0, 'member')).toContainText('Adhérent');
  await screen(app, 'members-detail');

  // The panel's own fields: another commune picked by name (its postcode follows), a note.
  await panel.getByRole('combobox', { name: 'Commune' }).fill('Briouze');
  await panel.getByRole('option', { name: /^Briouze\b/ }).click();
  await panel.getByLabel('Remarques').fill('Visite prévue en mars');
  await panel.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
  await expect(cell(app, 0, 'communeName')).toHaveText('Briouze');
  expect((await displayedRows(app))[0]).toMatchObject({ communeName: 'Briouze', postcode: '61220', notes: 'Visite prévue en mars' });

  // "Adhérents / Partenaires / Tous" and the quick search.
  await app.getByRole('radio', { name: 'Partenaires' }).check();
  await expect(app.locator('.register-count')).toHaveText('1 structure sur 2');
  expect((await displayedRows(app)).map((r) => r.name)).toEqual(['SSIAD du Bocage']);
  await app.getByRole('radio', { name: 'Tous' }).check();
  await app.getByRole('searchbox', { name: 'Rechercher dans le registre' }).fill('tilleuls');
  expect((await displayedRows(app)).map((r) => r.name)).toEqual(['EHPAD Les Tilleuls']);
  await expect(app.locator('.register-count')).toHaveText('1 structure sur 2');
  await app.getByRole('searchbox', { name: 'Rechercher dans le registre' }).fill('');
  await expect(app.locator('.register-count')).toHaveText('2 structures');

  // A column filter, set and read through the grid API; its menu is in French.
  await app.evaluate(() => {
    const api = (window as unknown as { __passerellesGrids: Record<string, { setColumnFilterModel: (c: string, m: unknown) => Promise<void>; onFilterChanged: () => void }> })
      .__passerellesGrids.register;
    return api?.setColumnFilterModel('communeName', { filterType: 'text', type: 'contains', filter: 'briou' }).then(() => api.onFilterChanged());
  });
  await expect(app.locator('.register-count')).toHaveText('1 structure sur 2');
  expect((await displayedRows(app)).map((r) => r.name)).toEqual(['EHPAD Les Tilleuls']);
  await app.evaluate(() => {
    (window as unknown as { __passerellesGrids: Record<string, { showColumnFilter: (c: string) => void }> }).__passerellesGrids.register?.showColumnFilter('communeName');
  });
  await expect(app.getByText('Contient', { exact: true }).first()).toBeVisible();
  await screen(app, 'members-column-filter');
  await app.keyboard.press('Escape');
  await app.evaluate(() => {
    const api = (window as unknown as { __passerellesGrids: Record<string, { setFilterModel: (m: unknown) => void }> }).__passerellesGrids.register;
    api?.setFilterModel(null);
  });
  await expect(app.locator('.register-count')).toHaveText('2 structures');

  // Delete with a confirmation that names the structure.
  await app.getByRole('gridcell', { name: 'SSIAD du Bocage' }).click();
  await expect(panel.getByRole('heading', { name: 'SSIAD du Bocage' })).toBeVisible();
  await panel.getByRole('button', { name: 'Supprimer la structure…' }).click();
  await app.getByRole('dialog', { name: 'Supprimer cette structure ?' }).getByRole('button', { name: 'Supprimer « SSIAD du Bocage »' }).click();
  await expect(app.getByRole('status').filter({ hasText: '« SSIAD du Bocage » a été supprimée du registre.' })).toBeVisible();
  await expect(app.locator('.register-count')).toHaveText('1 structure');

  // Close, reopen: everything is in the file.
  await app.getByRole('button', { name: 'Fermer le fichier' }).click();
  await app.getByRole('button', { name: /MCE-M3S/ }).click();
  await expect(app.locator('.register-count')).toHaveText('1 structure');
  [row] = await displayedRows(app);
  expect(row).toMatchObject({ name: 'EHPAD Les Tilleuls', headcount: 90, contactCount: 1, isMember: true });
});
