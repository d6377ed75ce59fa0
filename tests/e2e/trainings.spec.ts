import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { createAssociation } from './app-helpers';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './host-fixture';

async function shoot(page: Page, name: string) {
  const style = await page.addStyleTag({ content: '.workspace { height: auto; min-height: 100vh; } .content { overflow: visible; }' });
  await page.screenshot({ path: join(process.env.PASSERELLES_SCREENS ?? 'test-results/screens', `${name}.png`), fullPage: true });
  await style.evaluate((element) => element.parentNode?.removeChild(element));
}

test('runs a shared training from participants to both funds’ workbooks, e-mails and a returned decision', async ({ app, host }) => {
  test.setTimeout(120_000);
  await createAssociation(app, host, 'MCE-M3S');
  // The register through the contract (it has its own tests): one structure per fund.
  await app.evaluate(async () => {
    for (const s of [
      { name: 'EHPAD Les Tilleuls', siret: '78012345600011', opca: 'unifaf' },
      { name: 'SAAD du Bocage', siret: '44306184100047', opca: 'uniformation' },
    ] as const) {
      const created = await window.api['structures.create'](s);
      if (!created.ok) throw new Error(created.error.message);
    }
  });

  await app.getByRole('button', { name: /Formations/ }).click();
  await expect(app.getByRole('heading', { name: 'Formations', level: 1 })).toBeVisible();
  await expect(app.getByText('Aucune formation pour l’instant')).toBeVisible();

  // 1. The training and its first day.
  await app.getByRole('button', { name: 'Nouvelle formation…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Nouvelle formation' });
  await dialog.getByLabel('Intitulé', { exact: true }).fill('Simulateur de vieillissement');
  await dialog.getByLabel('Organisme de formation', { exact: true }).fill('Croix-Rouge française IRFSS — Alençon');
  await dialog.getByLabel('SIRET de l’organisme', { exact: true }).fill('77567227238579');
  await dialog.getByLabel('Durée (heures)', { exact: true }).fill('28');
  await dialog.getByLabel('Coût pédagogique (€)', { exact: true }).fill('4 200');
  await dialog.getByLabel('Places', { exact: true }).fill('12');
  await dialog.getByLabel('Lieu', { exact: true }).fill('Flers');
  await expectNoAxeViolations(app, 'nouvelle formation', { include: 'dialog' });
  await dialog.getByRole('button', { name: 'Créer la formation' }).click();
  await expect(app.getByRole('heading', { name: 'Simulateur de vieillissement', level: 2 })).toBeVisible();

  await app.getByLabel('Début').fill('2025-09-16');
  await app.getByRole('button', { name: 'Ajouter la session' }).click();
  await expect(app.getByRole('cell', { name: '16/09/2025', exact: true })).toBeVisible();

  // 2. Three participants, from both funds.
  const form = app.getByRole('form', { name: 'Inscrire un participant' });
  for (const [last, first, structure] of [
    ['Durand', 'Marie', 'EHPAD Les Tilleuls'],
    ['Martin', 'Paul', 'EHPAD Les Tilleuls'],
    ['Petit', 'Sophie', 'SAAD du Bocage'],
  ] as const) {
    await form.getByLabel('Nom', { exact: true }).fill(last);
    await form.getByLabel('Prénom').fill(first);
    await form.getByLabel('Structure').selectOption({ label: `${structure} — ${structure.startsWith('EHPAD') ? 'Unifaf (OPCO Santé)' : 'Uniformation (OPCO Cohésion sociale)'}` });
    await form.getByRole('button', { name: 'Inscrire' }).click();
    await expect(app.getByRole('rowheader', { name: `${first} ${last}` })).toBeVisible();
  }
  await app.getByLabel('Présence de Marie Durand le 16/09/2025').selectOption('present');
  const unifaf = app.getByRole('article', { name: 'Unifaf (OPCO Santé)' });
  const uniformation = app.getByRole('article', { name: 'Uniformation (OPCO Cohésion sociale)' });
  await expect(unifaf).toContainText('2 participants de 1 structure');
  await expect(uniformation).toContainText('1 participant de 1 structure');
  await shoot(app, 'trainings-1-detail');
  await expectNoAxeViolations(app, 'formation');

  // 3. The two workbooks, then the e-mail to each fund.
  const out = join(host.workspace, 'envois');
  mkdirSync(out);
  await host.answerDialogs(join(out, 'Unifaf.xlsx'));
  await unifaf.getByRole('button', { name: 'Exporter le classeur…' }).click();
  await expect(unifaf).toContainText('« Unifaf.xlsx » enregistré : 2 stagiaires de 1 structure, 56 h');
  await host.answerDialogs(join(out, 'Uniformation.xlsx'));
  await uniformation.getByRole('button', { name: 'Exporter le classeur…' }).click();
  await expect(uniformation).toContainText('1 stagiaire de 1 structure');
  await unifaf.getByRole('button', { name: 'Préparer l’e-mail' }).click();
  await expect(unifaf).toContainText('Le brouillon « E-mail - Unifaf.eml » s’ouvre dans votre messagerie.');
  await uniformation.getByRole('button', { name: 'Préparer l’e-mail' }).click();
  await expect(uniformation).toContainText('E-mail - Uniformation.eml');
  await expect(app.getByText('Modifier en tant que nouveau message').first()).toBeVisible();
  expect(readdirSync(out).sort()).toEqual(['E-mail - Unifaf.eml', 'E-mail - Uniformation.eml', 'Unifaf.xlsx', 'Uniformation.xlsx']);
  await shoot(app, 'trainings-2-exported');

  // 4. Unifaf sends its decisions back, in its own layout: one row is someone unknown.
  const returned = join(host.workspace, 'retour-unifaf.xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['SIRET', 'Nom', 'Prénom', 'Décision', 'Montant accordé'],
      ['78012345600011', 'DURAND', 'Marie', 'Accord', 1400],
      ['78012345600011', 'Inconnu', 'Jean', 'Accord', 1400],
    ]),
    'Décisions',
  );
  XLSX.writeFile(book, returned);
  await host.answerDialogs(returned);
  await unifaf.getByRole('button', { name: 'Importer le retour…' }).click();
  const preview = app.getByRole('dialog', { name: 'Retour de Unifaf (OPCO Santé) : retour-unifaf.xlsx' });
  await expect(preview).toContainText('1 ligne rapprochée, 1 à trancher');
  await expect(preview.getByRole('button', { name: 'Enregistrer les décisions' })).toBeDisabled();
  await preview.getByLabel('Participant de la ligne 3').selectOption('skip');
  await shoot(app, 'trainings-3-return');
  await expectNoAxeViolations(app, 'retour OPCA', { include: 'dialog' });
  await preview.getByRole('button', { name: 'Enregistrer les décisions' }).click();
  await expect(unifaf).toContainText('1 participant mis à jour, 1 ligne ignorée');
  await expect(app.getByRole('row', { name: /Marie Durand/ })).toContainText('Accordé (1 400,00 €)');

  // 5. The plan of the year and the funds' profiles.
  await app.getByRole('tab', { name: 'Plan de formation' }).click();
  // The new action went to this year's plan by default.
  await expect(app.getByText('1 action, 3 participants, 84 heures de formation, 4 200,00 € de coûts pédagogiques.')).toBeVisible();
  await expect(app.getByRole('row', { name: /^Unifaf \(OPCO Santé\) 2 56 / })).toBeVisible();
  await shoot(app, 'trainings-plan');
  await expectNoAxeViolations(app, 'plan de formation');
  await app.getByLabel('Année du plan').fill('2024');
  await expect(app.getByText('Aucune formation n’est rattachée au plan 2024')).toBeVisible();
  await app.getByRole('tab', { name: 'OPCA' }).click();
  const profile = app.getByRole('region', { name: /Unifaf \(OPCO Santé\)/ });
  await profile.getByLabel('Adresse e-mail de l’OPCA').fill('formation@unifaf.fr');
  await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(profile.getByText('Profil enregistré.')).toBeVisible();
  await shoot(app, 'trainings-4-profiles');
  await expectNoAxeViolations(app, 'profils OPCA');
  expect(existsSync(returned)).toBe(true);

  // 6. A provider's offer in LHEO 2.3: preview, then import.
  await app.getByRole('tab', { name: 'Actions de formation' }).click();
  const sample = [resolve('../shared/lheo'), resolve('../../shared/lheo')].map((f) => join(f, 'samples/minimal-handwritten.xml')).find((p) => existsSync(p))!;
  await host.answerDialogs(sample);
  await app.getByRole('button', { name: 'Importer une offre LHEO…' }).click();
  const lheo = app.getByRole('dialog', { name: 'Offre LHEO : minimal-handwritten.xml' });
  await expect(lheo.getByRole('checkbox', { name: 'Importer « Formation exemple »' })).toBeChecked();
  await shoot(app, 'trainings-5-lheo');
  await expectNoAxeViolations(app, 'offre LHEO', { include: 'dialog' });
  await lheo.getByRole('button', { name: 'Importer 1 action' }).click();
  await expect(app.getByText('Offre importée : 1 formation créée, 0 mise à jour.')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Formation exemple', level: 2 })).toBeVisible();
});
