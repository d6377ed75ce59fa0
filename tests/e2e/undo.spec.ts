// Issue 7 §3: « Annuler » after a deletion puts back what the backup taken just before it holds.
import { test, expect } from './host-fixture';
import { displayedRows, exposeGrids, screen } from './app-helpers';
import { openSeededAssociation } from './seed';

test('deletes a structure, then « Annuler » on the confirmation brings it back with its contacts', async ({ app, host }) => {
  await exposeGrids(app);
  await openSeededAssociation(app, host);
  await expect.poll(async () => (await displayedRows(app)).length).toBe(3);
  const first = (await displayedRows(app))[0];
  const name = String(first?.name);
  await app.locator('[role="row"][row-index="0"] [col-id="name"]').click();
  const card = app.getByRole('complementary', { name: 'Fiche de la structure' });
  await card.getByRole('button', { name: 'Supprimer la structure…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Supprimer cette structure ?' });
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused(); // the safe choice first
  await confirm.getByRole('button', { name: `Supprimer « ${name} »` }).click();

  const done = app.getByRole('status').filter({ hasText: `« ${name} » a été supprimée du registre.` });
  await expect(done).toBeVisible();
  await expect.poll(async () => (await displayedRows(app)).length).toBe(2);
  await expect(app.getByRole('heading', { level: 1, name: 'Registre des adhérents' })).toBeFocused();
  await screen(app, 'undo-after-delete');
  await done.getByRole('button', { name: 'Annuler' }).click();

  await expect(app.getByRole('status').filter({ hasText: 'Annulé : la suppression de la structure.' })).toBeVisible();
  await expect.poll(async () => (await displayedRows(app)).map((r) => r.name)).toContain(name);
  const back = (await displayedRows(app)).find((r) => r.name === name);
  expect(back?.contactCount).toBe(1);
  await screen(app, 'undo-restored');
  // The backup list shows the one taken before the deletion, and the one taken before putting it back.
  await app.getByRole('button', { name: 'Sauvegardes…' }).click();
  const backups = app.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
  await expect(backups.getByRole('cell', { name: 'avant suppression' })).toHaveCount(1);
  await expect(backups.getByRole('cell', { name: 'avant restauration' })).toHaveCount(1);
});
