// Issue 11 §3: the letter's contacts box comes from the register, is chosen on screen, and is
// printed with the details the register holds.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createAssociation, screen } from './app-helpers';
import { test, expect } from './host-fixture';

test('picks a member contact for the letter’s contacts box and finds it in the PDF', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  await app.evaluate(async () => {
    const created = (await window.api['structures.create']({ name: 'EHPAD Les Tilleuls', headcount: 85 })) as { ok: boolean; value?: { structure: { id: number } } };
    if (!created.ok || !created.value) throw new Error('structures.create');
    const saved = (await window.api['contacts.save']({
      structureId: created.value.structure.id,
      contact: { name: 'Catherine Lemaître', role: 'director', email: 'c.lemaitre@tilleuls.example', phone: '02 33 00 00 01' },
    })) as { ok: boolean };
    if (!saved.ok) throw new Error('contacts.save');
  });
  await app.getByRole('button', { name: /Lettres d’information/ }).click();
  await app.getByRole('button', { name: 'Nouvelle lettre' }).click();
  await expect(app.getByRole('heading', { name: 'Lettre d’information n°1' })).toBeVisible();
  await app.getByLabel('Date ou période').fill('Décembre 2013');

  const picker = app.getByLabel('Contact du registre');
  await picker.selectOption({ label: 'Catherine Lemaître, Directeur / directrice (EHPAD Les Tilleuls)' });
  await app.getByRole('button', { name: 'Ajouter à l’encadré' }).click();
  const chosen = app.getByRole('list', { name: 'Contacts de l’encadré' });
  await expect(chosen).toContainText('Catherine Lemaître');
  await expect(chosen).toContainText('EHPAD Les Tilleuls');
  await app.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Lettre enregistrée.' })).toBeVisible();
  await expect(chosen).toContainText('c.lemaitre@tilleuls.example');
  await screen(app, 'newsletter-contacts-picker');

  await app.getByRole('button', { name: 'Publier…' }).click();
  await app.getByRole('dialog', { name: 'Publier la lettre n°1' }).getByRole('button', { name: 'Publier' }).click();
  await expect(app.getByText(/Lettre publiée le .* figés/)).toBeVisible();
  // Published: the box is frozen, no picker any more.
  await expect(app.getByLabel('Contact du registre')).toHaveCount(0);

  await app.getByRole('button', { name: 'Aperçu et PDF…' }).click();
  const preview = app.getByRole('dialog', { name: /Aperçu/ });
  await expect(preview.frameLocator('iframe').getByText('Catherine Lemaître')).toBeVisible();
  const pdfPath = join(host.workspace, 'lettre-contacts.pdf');
  await host.answerDialogs(pdfPath);
  await preview.getByRole('button', { name: 'Enregistrer en PDF…' }).click();
  await expect(preview.getByRole('status')).toContainText('« lettre-contacts.pdf » enregistré');
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Catherine Lemaître');
  expect(text).toContain('EHPAD Les Tilleuls');
  expect(text).toContain('c.lemaitre@tilleuls.example');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, join(process.env.PASSERELLES_SCREENS ?? 'test-results/screens', 'newsletter-contacts-pdf')]);
});
