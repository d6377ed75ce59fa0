// Issue 7 §1: a commune with several postcodes asks which one the address has, instead of leaving it blank.
import { test, expect } from './host-fixture';
import { createAssociation, displayedRows, exposeGrids, screen } from './app-helpers';

test('La Ferté-Macé has two postcodes: the form offers both, and the one chosen is saved', async ({ app, host }) => {
  await exposeGrids(app);
  await createAssociation(app, host, 'MCE-M3S');
  await app.getByRole('button', { name: 'Ajouter une structure…' }).click();
  const form = app.getByRole('dialog', { name: 'Ajouter une structure' });
  await form.getByLabel('Nom de la structure').fill('SSIAD du Houlme');
  await form.getByRole('combobox', { name: 'Commune' }).fill('La Ferté-Macé');
  await form.getByRole('option', { name: /^La Ferté.Macé 61410, 61600/ }).click();

  const choice = form.getByRole('group', { name: 'Code postal de l’adresse' });
  await expect(choice).toContainText(/La Ferté.Macé a plusieurs codes postaux/);
  await expect(choice.getByRole('button')).toHaveText(['61410', '61600']);
  await expect(form.getByRole('textbox', { name: 'Code postal', exact: true })).toHaveValue('');
  await screen(app, 'members-postcode-choice');
  await choice.getByRole('button', { name: '61600' }).click();
  await expect(form.getByRole('textbox', { name: 'Code postal', exact: true })).toHaveValue('61600');
  await expect(choice).toHaveCount(0);

  await form.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expect(app.getByRole('status').filter({ hasText: '« SSIAD du Houlme » a été ajoutée au registre.' })).toBeVisible();
  const [row] = await displayedRows(app);
  expect(row).toMatchObject({ name: 'SSIAD du Houlme', postcode: '61600' });
  expect(String(row?.communeName)).toMatch(/^La Ferté.Macé$/);
});
