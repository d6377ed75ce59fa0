// A session can be changed in place, and deleting a session or an enrolment asks first, says what
// goes with it (the attendance marked that day), and offers « Annuler » from the backup taken just
// before (no action loses the coordinator's data).
import { createAssociation, screen } from './app-helpers';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './host-fixture';

test('changes a session, deletes it and takes it back with its attendance, then the same for an enrolment', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  await app.evaluate(async () => {
    const created = await window.api['structures.create']({ name: 'EHPAD Les Tilleuls', siret: '78012345600011', opca: 'unifaf' });
    if (!created.ok) throw new Error(created.error.message);
  });
  await app.getByRole('button', { name: /Formations/ }).click();
  await app.getByRole('button', { name: 'Nouvelle formation…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Nouvelle formation' });
  await dialog.getByLabel('Intitulé', { exact: true }).fill('Bientraitance');
  await dialog.getByLabel('Lieu', { exact: true }).fill('Flers');
  await dialog.getByRole('button', { name: 'Créer la formation' }).click();
  await expect(app.getByRole('heading', { name: 'Bientraitance', level: 2 })).toBeVisible();

  const sessions = app.getByRole('region', { name: 'Sessions' });
  await sessions.getByLabel('Début').fill('2025-09-16');
  await sessions.getByRole('button', { name: 'Ajouter la session' }).click();
  await expect(sessions.getByRole('cell', { name: '16/09/2025', exact: true })).toBeVisible();

  // Moved to the next day, in another room: the same line changes, no second session appears.
  await sessions.getByRole('button', { name: 'Modifier la session du 16/09/2025' }).click();
  const form = sessions.getByRole('form', { name: 'Modifier la session' });
  await expect(form.getByLabel('Début')).toHaveValue('2025-09-16');
  await form.getByLabel('Début').fill('2025-09-17');
  await form.getByLabel('Fin').fill('2025-09-17');
  await form.getByLabel('Lieu').fill('Flers, salle Léo-Lagrange');
  await screen(app, 'trainings-session-editing');
  await form.getByRole('button', { name: 'Enregistrer la session' }).click();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await expect(sessions.getByRole('row').nth(1)).toContainText('17/09/2025');
  await expect(sessions.getByRole('row').nth(1)).toContainText('Flers, salle Léo-Lagrange');
  await expect(sessions.getByRole('form', { name: 'Nouvelle session' })).toBeVisible();

  const participants = app.getByRole('region', { name: 'Participants' });
  const enrol = app.getByRole('form', { name: 'Inscrire un participant' });
  await enrol.getByLabel('Nom', { exact: true }).fill('Durand');
  await enrol.getByLabel('Prénom').fill('Marie');
  await enrol.getByLabel('Structure').selectOption({ label: 'EHPAD Les Tilleuls — Unifaf (OPCO Santé)' });
  await enrol.getByRole('button', { name: 'Inscrire' }).click();
  await participants.getByLabel('Présence de Marie Durand le 17/09/2025').selectOption('present');

  // Deleting the session says the attendance goes with it, and can be taken back.
  await sessions.getByRole('button', { name: 'Supprimer la session du 17/09/2025' }).click();
  const confirm = app.getByRole('dialog', { name: 'Supprimer cette session ?' });
  await expect(confirm).toContainText('avec les présences notées pour 1\u00a0participant');
  await expectNoAxeViolations(app, 'suppression d’une session', { include: 'dialog[open]' });
  await confirm.getByRole('button', { name: 'Supprimer la session' }).click();
  const deleted = sessions.getByRole('status').filter({ hasText: 'Session du 17/09/2025 supprimée.' });
  await expect(deleted).toBeVisible();
  await expect(sessions.getByRole('row')).toHaveCount(0);
  await deleted.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Annulé : la suppression de la session.' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Sessions' }).getByRole('row').nth(1)).toContainText('17/09/2025');
  await expect(app.getByRole('region', { name: 'Participants' }).getByLabel('Présence de Marie Durand le 17/09/2025')).toHaveValue('present');
  await screen(app, 'trainings-session-restored');

  // The same for an enrolment: asked first, then « Annuler ».
  await app.getByRole('region', { name: 'Participants' }).getByRole('button', { name: 'Désinscrire Marie Durand' }).click();
  const unenrol = app.getByRole('dialog', { name: 'Désinscrire ce participant ?' });
  await expect(unenrol).toContainText('L’inscription de Marie Durand sera supprimée, avec sa demande de financement et ses présences.');
  await unenrol.getByRole('button', { name: 'Désinscrire' }).click();
  const removed = app.getByRole('region', { name: 'Participants' }).getByRole('status').filter({ hasText: 'L’inscription de Marie Durand est supprimée.' });
  await expect(removed).toBeVisible();
  await expect(app.getByRole('rowheader', { name: 'Marie Durand' })).toHaveCount(0);
  await removed.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.getByRole('rowheader', { name: 'Marie Durand' })).toBeVisible();
  await expect(app.getByLabel('Présence de Marie Durand le 17/09/2025')).toHaveValue('present');
});
