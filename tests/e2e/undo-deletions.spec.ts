// « Annuler » after the deletions of workflows 3–6 too: a training, a charter signature, a
// newsletter draft. Each is asked first, then confirmed with « Annuler » from the backup the main
// process took just before; clicking it brings the thing back whole.
import { createAssociation, screen } from './app-helpers';
import { expect, test } from './host-fixture';

test('a deleted training, signature and newsletter draft each come back with « Annuler »', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  await app.evaluate(async () => {
    const must = <T,>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const structure = must(await window.api['structures.create']({ name: 'EHPAD Les Tilleuls', communeCode: '61169' }));
    must(await window.api['trainings.create']({ title: 'Bientraitance', location: 'Flers' }));
    const version = must(await window.api['charter.createVersion']({}));
    must(await window.api['charter.adoptVersion']({ id: version.id, adoptedOn: '2015-06-18' }));
    must(await window.api['charter.addSignatory']({ kind: 'structure', structureId: structure.structure.id, field: 'Hébergement', signedOn: '2015-06-18', territory: [{ kind: 'commune', code: '61169' }] }));
  });

  // A training, with its sessions and enrolments.
  await app.getByRole('button', { name: /Formations/ }).click();
  await expect(app.getByRole('heading', { name: 'Bientraitance', level: 2 })).toBeVisible();
  await app.getByRole('button', { name: 'Supprimer la formation…' }).click();
  await app.getByRole('dialog', { name: 'Supprimer la formation' }).getByRole('button', { name: 'Supprimer' }).click();
  const trainingGone = app.getByRole('status').filter({ hasText: '«\u00a0Bientraitance\u00a0» a été supprimée.' });
  await expect(trainingGone).toBeVisible();
  await expect(app.getByRole('list', { name: 'Formations' }).getByRole('listitem')).toHaveCount(0);
  await trainingGone.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.getByRole('list', { name: 'Formations' }).getByRole('listitem')).toHaveCount(1);
  await expect(app.getByRole('heading', { name: 'Bientraitance', level: 2 })).toBeVisible();

  // A charter signature.
  await app.getByRole('button', { name: /Charte/ }).first().click();
  await app.getByRole('tab', { name: 'Signataires' }).click();
  await app.getByRole('row', { name: /EHPAD Les Tilleuls/ }).getByRole('button', { name: /Supprimer/ }).click();
  await app.getByRole('dialog', { name: 'Supprimer la signature' }).getByRole('button', { name: 'Supprimer' }).click();
  const signatureGone = app.getByRole('status').filter({ hasText: 'Signature de «\u00a0EHPAD Les Tilleuls\u00a0» supprimée.' });
  await expect(signatureGone).toBeVisible();
  await expect(app.getByRole('row', { name: /EHPAD Les Tilleuls/ })).toHaveCount(0);
  await screen(app, 'undo-signature-deleted');
  await signatureGone.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.getByRole('row', { name: /EHPAD Les Tilleuls/ })).toContainText('18/06/2015');

  // A newsletter draft.
  await app.getByRole('button', { name: /Lettres d’information/ }).click();
  await app.getByRole('button', { name: 'Nouvelle lettre' }).click();
  await app.getByRole('button', { name: 'Supprimer le brouillon' }).click();
  await app.getByRole('dialog', { name: 'Supprimer le brouillon n°1' }).getByRole('button', { name: 'Supprimer' }).click();
  const draftGone = app.getByRole('status').filter({ hasText: 'Brouillon n°1 supprimé.' });
  await expect(draftGone).toBeVisible();
  await expect(app.getByText('Aucune lettre pour l’instant.')).toBeVisible();
  await draftGone.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.getByRole('complementary', { name: 'Lettres' }).getByRole('button', { name: /n°1/ })).toBeVisible();
  await screen(app, 'undo-draft-restored');
});
