// Issue 7 §3: « Annuler » also follows a contact deletion in the member card.
import { test, expect } from './host-fixture';
import { displayedRows, exposeGrids, screen } from './app-helpers';
import { openSeededAssociation } from './seed';

test('deletes a contact in the card, then « Annuler » on the confirmation brings it back', async ({ app, host }) => {
  await exposeGrids(app);
  await openSeededAssociation(app, host);
  await expect.poll(async () => (await displayedRows(app)).length).toBe(3);
  await app.locator('[role="row"][row-index="0"] [col-id="name"]').click();
  const card = app.getByRole('complementary', { name: 'Fiche de la structure' });
  const contacts = card.getByRole('region', { name: 'Contacts' });
  const remove = contacts.getByRole('button', { name: /^Supprimer le contact / });
  await expect(remove).toHaveCount(1);
  // The narrow card shows its whole table: « Supprimer » is not pushed out of sight (a global
  // display: flex on .row-actions once did that to the table's cells).
  expect(await card.evaluate((panel) => panel.scrollWidth <= panel.clientWidth)).toBe(true);
  await expect(remove).toBeInViewport({ ratio: 1 });
  const label = (await remove.getAttribute('aria-label')) ?? '';
  await remove.click();
  const confirm = app.getByRole('dialog', { name: 'Supprimer ce contact ?' });
  await confirm.getByRole('button', { name: /^Supprimer / }).click();

  const done = contacts.getByRole('status').filter({ hasText: 'Contact supprimé.' });
  await expect(done).toBeVisible();
  await expect(contacts.getByRole('button', { name: label })).toHaveCount(0);
  await screen(app, 'undo-contact-deleted');
  await done.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Annulé : la suppression du contact.' })).toBeVisible();
  await expect(card.getByRole('region', { name: 'Contacts' }).getByRole('button', { name: label })).toHaveCount(1);
  await screen(app, 'undo-contact-restored');
});

test('deletes a membership year in the card, then « Annuler » brings the year and its fee back', async ({ app, host }) => {
  await exposeGrids(app);
  await openSeededAssociation(app, host);
  await expect.poll(async () => (await displayedRows(app)).length).toBe(3);
  await app.locator('[role="row"][row-index="0"] [col-id="name"]').click();
  const card = app.getByRole('complementary', { name: 'Fiche de la structure' });
  const memberships = card.getByRole('region', { name: 'Adhésions' });
  const year = new Date().getFullYear();
  await expect(memberships.getByRole('row', { name: new RegExp(String(year)) })).toContainText('250,00');
  await memberships.getByRole('button', { name: `Supprimer l’année ${year}` }).click();
  await app.getByRole('dialog', { name: 'Supprimer cette année ?' }).getByRole('button', { name: `Supprimer l’année ${year}` }).click();

  const done = memberships.getByRole('status').filter({ hasText: 'Année d’adhésion supprimée.' });
  await expect(done).toBeVisible();
  await expect(memberships.getByRole('row', { name: new RegExp(String(year)) })).toHaveCount(0);
  await expect(memberships).toContainText('c’est un partenaire');
  await done.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Annulé : la suppression de l’année d’adhésion.' })).toBeVisible();
  const restored = card.getByRole('region', { name: 'Adhésions' }).getByRole('row', { name: new RegExp(String(year)) });
  await expect(restored).toContainText('250,00');
  await expect(restored).toContainText('Oui');
  await screen(app, 'undo-membership-restored');
});
