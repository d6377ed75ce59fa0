import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { test, expect } from './host-fixture';
import { createAssociation, exposeGrids, screen } from './app-helpers';
import { writeCvPdf } from '../support/cv-files';

/** No accessibility violation of impact moderate or above on the screen as it is. */
async function expectAccessible(app: Page) {
  const results = await new AxeBuilder({ page: app }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Files of the workspace that still hold `needle` as bytes (the association file, its WAL, its backups). */
function filesHolding(folder: string, needle: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile() && /\.passerelles(-wal|-shm)?$/.test(path))
    .filter((path) => readFileSync(path).includes(Buffer.from(needle, 'utf8')));
}

test('publishes an ad, adds a candidate with a CV and consent, finds them for the ad, exports the selection, erases the candidate', async ({ app, host }) => {
  test.setTimeout(120_000);
  await exposeGrids(app);
  await createAssociation(app, host, 'MCE-M3S');

  // A member that recruits, in Flers.
  await app.getByRole('button', { name: 'Ajouter une structure…' }).click();
  const structureForm = app.getByRole('dialog', { name: 'Ajouter une structure' });
  await structureForm.getByLabel('Nom de la structure').fill('EHPAD Les Tilleuls');
  await structureForm.getByRole('combobox', { name: 'Commune' }).fill('61100');
  await structureForm.getByRole('option', { name: /^Flers\b/ }).click();
  await structureForm.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'a été ajoutée au registre' })).toBeVisible();

  await app.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Échanges entre adhérents/ }).click();
  await expect(app.getByRole('heading', { name: 'Aucune offre pour l’instant' })).toBeVisible();
  await screen(app, 'exchange-ads-empty');
  await expectAccessible(app);

  // 1. Publish an ad.
  await app.getByRole('button', { name: 'Publier une offre…' }).click();
  const adForm = app.getByRole('dialog', { name: 'Publier une offre' });
  await adForm.getByLabel('Structure qui recrute').selectOption({ label: 'EHPAD Les Tilleuls' });
  await adForm.getByLabel('Intitulé du poste').fill('Aide-soignant de nuit');
  await adForm.getByLabel('Métier').selectOption({ label: 'Aide-soignant(e) (J1501)' });
  await adForm.getByLabel('Contrat').selectOption({ label: 'CDD de remplacement' });
  await adForm.getByLabel('Heures par semaine').fill('24,5');
  await adForm.getByLabel('Début').fill('04/01/2027');
  await screen(app, 'exchange-ad-form');
  await expectAccessible(app);
  await adForm.getByRole('button', { name: 'Publier l’offre' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'L’offre « Aide-soignant de nuit » est publiée.' })).toBeVisible();
  const adPanel = app.getByRole('complementary', { name: 'Fiche de l’offre' });
  await expect(adPanel.getByText('Aucun candidat dont le métier souhaité et le secteur correspondent.')).toBeVisible();

  // 2. A candidate with consent, then her CV (a renamed program first: refused).
  await app.getByRole('tab', { name: 'Candidats et CV' }).click();
  await app.getByRole('button', { name: 'Ajouter un candidat…' }).click();
  const candidateForm = app.getByRole('dialog', { name: 'Ajouter un candidat' });
  await candidateForm.getByLabel('Civilité').selectOption('Mme');
  await candidateForm.getByLabel('Nom', { exact: true }).fill('Berthelot');
  await candidateForm.getByLabel('Prénom').fill('Maëlle');
  await candidateForm.getByLabel('E-mail').fill('maelle.berthelot@example.fr');
  await candidateForm.getByRole('combobox', { name: 'Commune de résidence' }).fill('61100');
  await candidateForm.getByRole('option', { name: /^Flers\b/ }).click();
  await candidateForm.getByLabel('Métier à ajouter').selectOption({ label: 'Aide-soignant(e) (J1501)' });
  await candidateForm.getByRole('button', { name: 'Ajouter ce métier' }).click();
  await candidateForm.getByRole('radio', { name: 'Tous les adhérents' }).check();
  await candidateForm.getByLabel('Consentement donné le').fill('30/11/2026');
  await screen(app, 'exchange-candidate-form');
  await expectAccessible(app);
  await candidateForm.getByRole('button', { name: 'Ajouter le candidat' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'La fiche de Maëlle Berthelot est créée.' })).toBeVisible();

  const candidatePanel = app.getByRole('complementary', { name: 'Fiche du candidat' });
  const fake = join(host.workspace, 'cv-berthelot.pdf');
  writeFileSync(fake, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2046)]));
  await host.answerDialogs(fake);
  await candidatePanel.getByRole('button', { name: 'Joindre le CV…' }).click();
  await expect(app.getByRole('alert')).toContainText('« cv-berthelot.pdf » est en réalité un programme (EXE), pas un CV');
  await screen(app, 'exchange-cv-refused');
  await host.answerDialogs(writeCvPdf(join(host.workspace, 'CV Maëlle Berthelot.pdf')));
  await candidatePanel.getByRole('button', { name: 'Joindre le CV…' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Le CV « CV Maëlle Berthelot.pdf » (PDF) est joint' })).toBeVisible();
  await expect(candidatePanel.getByText(/« CV Maëlle Berthelot\.pdf » · PDF/)).toBeVisible();
  await screen(app, 'exchange-candidate-panel');
  await expectAccessible(app);

  // 3. Who could fill the ad: she does; into the selection with the ad.
  await app.getByRole('tab', { name: 'Offres d’emploi' }).click();
  await app.locator('[role="row"][row-index="0"] [col-id="title"]').click();
  // Not assessed yet: ranked on her wishes and area, and the panel says which grid a score would use.
  await expect(adPanel.getByRole('cell', { name: 'Aide-soignant(e) : même métier ; même commune Compétences pas encore évaluées' })).toBeVisible();
  await expect(adPanel.getByText('Compétences comparées à la grille de référence du métier (EHPAD Les Tilleuls n’a pas la sienne)')).toBeVisible();
  await adPanel.getByRole('button', { name: 'Ajouter Maëlle Berthelot à la sélection' }).click();
  await expect(adPanel.getByText('Dans la sélection')).toBeVisible();
  await app.locator('[role="row"][row-index="0"] input[type="checkbox"]').check();
  const bar = app.getByRole('region', { name: 'Sélection à transmettre' });
  await expect(bar).toContainText('Sélection : 1\u00a0offre, 1\u00a0candidat, 0\u00a0place de formation');
  await screen(app, 'exchange-ad-matches');
  await expectAccessible(app);

  // 4. Export the selection for all members.
  await bar.getByRole('button', { name: 'Exporter la sélection…' }).click();
  const exportDialog = app.getByRole('dialog', { name: 'Exporter la sélection' });
  await expect(exportDialog.getByLabel('Destinataire')).toHaveValue('');
  await screen(app, 'exchange-export-dialog');
  await expectAccessible(app);
  const workbook = join(host.workspace, 'selection.xlsx');
  await host.answerDialogs(workbook);
  await exportDialog.getByRole('button', { name: 'Enregistrer et préparer l’e-mail…' }).click();
  const done = app.getByRole('status').filter({ hasText: '1\u00a0offre, 1\u00a0candidat et 0\u00a0place de formation exportés dans « selection.xlsx ».' });
  await expect(done).toBeVisible();
  await expect(done).toContainText(/Brouillon « E-mail - selection.*\.eml » ouvert dans votre messagerie, sans destinataire \(ajoutez-les dans votre messagerie\)\./);
  await screen(app, 'exchange-exported');
  const book = XLSX.read(readFileSync(workbook));
  expect(book.SheetNames).toEqual(['Offres d’emploi', 'Candidats']);
  expect(XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Candidats!)).toMatchObject([{ Nom: 'Berthelot', Prénom: 'Maëlle', 'Métiers souhaités': 'Aide-soignant(e)', Commune: 'Flers', 'CV disponible': 'Oui' }]);

  // 5. Erase the candidate: gone from the list, the match, the file, its WAL and its backups.
  await app.getByRole('tab', { name: 'Candidats et CV' }).click();
  await app.locator('[role="row"][row-index="0"] [col-id="lastName"]').click();
  await candidatePanel.getByRole('button', { name: 'Effacer définitivement…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Effacer le candidat' });
  await screen(app, 'exchange-erase-confirm');
  await confirm.getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Les données de Mme Maëlle Berthelot ont été effacées pour de bon (fiche, CV et consentement), dans le fichier et son journal' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Aucun candidat pour l’instant' })).toBeVisible();
  await expect(bar).toContainText('Sélection : 1\u00a0offre, 0\u00a0candidat');
  await screen(app, 'exchange-after-erasure');
  expect(filesHolding(host.workspace, 'Berthelot')).toEqual([]);
  expect(filesHolding(host.workspace, 'maelle.berthelot')).toEqual([]);

  await app.getByRole('tab', { name: 'Conservation des CV' }).click();
  await expect(app.getByRole('heading', { name: 'Aucune candidature à supprimer' })).toBeVisible();
  await screen(app, 'exchange-retention');
  await expectAccessible(app);
});
