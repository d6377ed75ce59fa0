// Workflow 3 of DOMAIN.md as the coordinator does it, through the test host and the real handlers:
// two employers' grids, the territorial view, the matrix and the gaps, the two-employer view opened
// from a pooled-position proposal of the CDD screens, a person's assessment, the training need,
// then the person's data exported and erased with no trace left in any file of the folder.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { exposeGrids, screen } from './app-helpers';
import { expectNoAxeViolations } from './axe';
import { cliCall } from './seed';
import { filesHolding } from '../support/bytes';

const shots = (app: Page, name: string) => screen(app, `competencies-${name}`);

test.use({ actionTimeout: 20_000 });

type Created = { ok: boolean; value?: { structure: { id: number } } };

/**
 * A file with two members and two years of cleaning CDDs at both (written by the CLI, then CDD rows
 * put straight in the file as if imported), so that the pooling screen proposes one shared position
 * (the same volumes as tests/e2e/cdd.spec.ts imports through the workbooks).
 */
function seededFile(folder: string): { file: string; ehpad: number; saad: number } {
  const file = join(folder, 'competences.passerelles');
  cliCall(file, 'association.create', { name: 'MCE-M3S', territory: 'Pays du Bocage (Orne)' });
  // Two structures close to each other (Flers, La Ferté-Macé): a pooled position joins nearby ones.
  const members = [
    { name: 'EHPAD Les Tilleuls', type: 'ehpad', field: 'elderly', communeCode: '61169' },
    { name: 'SAAD Bocage Services', type: 'saad', field: 'home', communeCode: '61278' },
  ];
  const ids = members.map((member) => {
    const created = cliCall(file, 'structures.create', member) as Created;
    const id = created.value?.structure.id ?? 0;
    cliCall(file, 'memberships.save', { structureId: id, membership: { year: 2025, isMember: true } });
    return id;
  });
  cliCall(file, 'grids.overview'); // loads the occupations and the ROME starter set
  const db = new Database(file);
  try {
    const asi = (db.prepare("SELECT id FROM occupation WHERE key = 'agent-service-interne'").get() as { id: number }).id;
    const insert = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours, reason, import_id) VALUES (?, ?, ?, 1, ?, NULL, ?)');
    // Each structure's returned file covers the two years (the analysis reads the months covered from the imports).
    const imported = db.prepare(
      "INSERT INTO cdd_import (structure_id, structure_name, period_start, period_end, file_name, sha256, imported_at, recognised_by, rows_accepted) VALUES (?, ?, '2024-01', '2025-12', ?, ?, '2026-01-05T00:00:00.000Z', 'meta', 24)",
    );
    db.transaction(() => {
      const imports = ids.map((id, i) => Number(imported.run(id, i === 0 ? 'EHPAD Les Tilleuls' : 'SAAD Bocage Services', `retour-${i}.xlsx`, `sha-${i}`).lastInsertRowid));
      for (const year of [2024, 2025])
        for (let m = 1; m <= 12; m += 1) {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          // The EHPAD's need peaks in summer (holidays), the SAAD's the rest of the year: they fit together.
          const isSummer = m >= 6 && m <= 9;
          insert.run(ids[0], asi, month, isSummer ? 120 : 40, imports[0]);
          insert.run(ids[1], asi, month, isSummer ? 20 : 95, imports[1]);
        }
    })();
  } finally {
    db.close();
  }
  return { file, ehpad: ids[0] ?? 0, saad: ids[1] ?? 0 };
}

test('grids, matrix and gaps, the two-employer view from a pooled position, an assessment, the training need, then erasure without a trace', async ({ app, host }) => {
  test.setTimeout(180_000);
  mkdirSync(join(host.workspace, 'shots'), { recursive: true });
  await exposeGrids(app);
  seededFile(host.workspace);
  await host.answerDialogs(join(host.workspace, 'competences.passerelles'));
  await app.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
  await expect(app.locator('.association-name')).toHaveText('MCE-M3S');

  // 1. Grids: the cleaning job at the EHPAD and home help at the SAAD, each a copy of ROME's reference grid.
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Compétences et passerelles/ }).click();
  await expect(app.getByRole('heading', { name: 'Compétences et passerelles', level: 1 })).toBeVisible();
  const occupation = app.getByRole('combobox', { name: 'Métier', exact: true });
  await occupation.selectOption({ label: 'Agent de service interne / agent d’entretien' });
  await app.getByRole('combobox', { name: 'Grille propre à un employeur' }).selectOption({ label: 'EHPAD Les Tilleuls' });
  await app.getByRole('button', { name: 'Créer sa grille' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'La grille de EHPAD Les Tilleuls pour ce métier est créée' })).toBeVisible();
  await expect(app.getByRole('columnheader', { name: 'EHPAD Les Tilleuls' })).toBeVisible();

  // Keyboard entry: the first row's EHPAD cell, type 4 and Enter; then a level 7 is refused in French.
  const editor = app.locator('.grid-editor').first();
  const firstEhpadCell = editor.locator('.ag-row-first [role="gridcell"][col-id^="g"]').nth(1);
  await firstEhpadCell.click();
  await app.keyboard.type('4');
  await app.keyboard.press('Enter');
  await expect(firstEhpadCell).toHaveText('4');
  await firstEhpadCell.click();
  await app.keyboard.type('7');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('alert')).toContainText('« 7 » n’est pas un niveau');
  await expect(firstEhpadCell).toHaveText('4');
  await shots(app, '1-grids');
  await expectNoAxeViolations(app, 'grilles');
  // The file's own level scale: level 1 renamed, shown in the editor's hint.
  await app.getByText('Échelle des niveaux et compétences propres à l’association').click();
  await app.getByLabel('Nom du niveau 1').fill('Découverte');
  await app.getByRole('button', { name: 'Enregistrer l’échelle' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'L’échelle des niveaux est enregistrée.' })).toBeVisible();
  await expect(app.getByText(/1 Découverte · 2 Pratique/)).toBeVisible();
  await expectNoAxeViolations(app, 'échelle des niveaux');
  await shots(app, '1b-scale');
  // The EHPAD's grids as a workbook for it to fill (one sheet per occupation; the round trip is tested in tests/integration).
  await app.getByRole('combobox', { name: 'Grilles de' }).selectOption({ label: 'EHPAD Les Tilleuls' });
  await host.answerDialogs(join(host.workspace, 'grilles-ehpad.xlsx'));
  await app.getByRole('button', { name: 'Exporter le classeur à remplir…' }).click();
  await expect(app.getByRole('status').filter({ hasText: '« grilles-ehpad.xlsx » est enregistré : 39 métiers, une feuille chacun.' })).toBeVisible();
  expect(XLSX.read(readFileSync(join(host.workspace, 'grilles-ehpad.xlsx'))).SheetNames).toContain('_meta');
  await expectNoAxeViolations(app, 'échange des grilles');

  await occupation.selectOption({ label: 'Agent à domicile / aide à domicile' });
  await app.getByRole('combobox', { name: 'Grille propre à un employeur' }).selectOption({ label: 'SAAD Bocage Services' });
  await app.getByRole('button', { name: 'Créer sa grille' }).click();
  await expect(app.getByRole('columnheader', { name: 'SAAD Bocage Services' })).toBeVisible();
  // The home-help SAAD asks less of one item: 1 where the reference asks more, then undo, then again.
  const firstSaadCell = editor.locator('.ag-row-first [role="gridcell"][col-id^="g"]').nth(1);
  await firstSaadCell.click();
  await app.keyboard.type('1');
  await app.keyboard.press('Enter');
  await expect(firstSaadCell).toHaveText('1');
  await app.getByRole('button', { name: 'Annuler la dernière modification' }).click();
  await expect(firstSaadCell).not.toHaveText('1');
  await firstSaadCell.click();
  await app.keyboard.type('1');
  await app.keyboard.press('Enter');
  await expect(firstSaadCell).toHaveText('1');

  // 2. The territorial view of the cleaning job.
  await app.getByRole('tab', { name: 'Vue territoriale' }).click();
  await app.getByRole('combobox', { name: 'Métier', exact: true }).selectOption({ label: 'Agent de service interne / agent d’entretien — 1 grille d’employeur' });
  await expect(app.getByText(/1\sgrille d’employeur côte à côte/)).toBeVisible();
  await expect(app.getByRole('columnheader', { name: 'Le plus demandé' })).toBeVisible();
  await shots(app, '2-territory');
  await expectNoAxeViolations(app, 'vue territoriale');

  // 3. The matrix, its definition in one sentence, and the nearest occupations with their gaps and ROME's bridges.
  await app.getByRole('tab', { name: 'Proximité et passerelles' }).click();
  await expect(app.locator('.definition')).toContainText('cœur de métier');
  await expect(app.locator('.matrix-grid [role="row"]').filter({ hasText: 'Agent de service interne' }).first()).toBeVisible();
  await app.getByRole('combobox', { name: 'Métiers proches de' }).selectOption({ label: 'Agent de service interne / agent d’entretien — 1 grille d’employeur' });
  await expect(app.getByRole('heading', { name: /Depuis « Agent de service interne/ })).toBeVisible();
  await expect(app.locator('.rome-bridges')).toContainText('K2204');
  const nearest = app.locator('.nearest-list > li').first();
  await nearest.locator('summary').click();
  await expect(nearest.getByRole('table')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Parcours contre l’usure professionnelle' })).toBeVisible();
  await shots(app, '3-proximity');
  await expectNoAxeViolations(app, 'proximité et passerelles');

  // 4. From the pooling screen's proposal to the two-employer view.
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^CDD et mutualisation/ }).click();
  await app.getByRole('tab', { name: 'Mutualisation' }).click();
  const position = app.getByRole('article', { name: /Poste partagé entre/ }).first();
  await expect(position).toContainText('EHPAD Les Tilleuls');
  await position.getByRole('button', { name: 'Compétences de la personne partagée…' }).click();
  await expect(app.getByRole('tab', { name: 'Une personne pour deux employeurs' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByText('Ouvert depuis une proposition de poste mutualisé')).toBeVisible();
  await expect(app.getByRole('heading', { name: /Grille commune : \d+ compétences/ })).toBeVisible();
  await expect(app.getByRole('region', { name: /Agent de service interne .* EHPAD Les Tilleuls/ })).toContainText('Grille propre à cette structure.');
  // Then the question of the issue: cleaning at the EHPAD and home help at the SAAD.
  await app.getByRole('group', { name: 'Poste 1' }).getByRole('combobox', { name: 'Structure' }).selectOption({ label: 'EHPAD Les Tilleuls' });
  await app.getByRole('group', { name: 'Poste 2' }).getByRole('combobox', { name: 'Structure' }).selectOption({ label: 'SAAD Bocage Services' });
  await app.getByRole('group', { name: 'Poste 2' }).getByRole('combobox', { name: 'Métier', exact: true }).selectOption({ label: 'Agent à domicile / aide à domicile' });
  await expect(app.getByRole('region', { name: /Agent à domicile .* SAAD Bocage Services/ })).toContainText('Grille propre à cette structure.');
  const cleaner = app.getByRole('region', { name: /Agent de service interne .* EHPAD Les Tilleuls/ });
  await expect(cleaner.getByRole('table')).toContainText('Niveau requis');
  await shots(app, '4-two-employers');
  await expectNoAxeViolations(app, 'une personne pour deux employeurs');

  // 5. A person, her target and an assessment.
  await app.getByRole('tab', { name: 'Personnes et évaluations' }).click();
  await app.getByRole('button', { name: 'Ajouter une personne…' }).click();
  const form = app.getByRole('dialog', { name: 'Ajouter une personne' });
  await form.getByLabel('Nom', { exact: true }).fill('Quintefeuille');
  await form.getByLabel('Prénom').fill('Honorine');
  await form.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(form).toHaveCount(0);
  const panel = app.getByRole('region', { name: /Évaluations de Honorine Quintefeuille/ });
  await panel.getByRole('combobox', { name: 'Métier visé' }).selectOption({ label: 'Agent à domicile / aide à domicile' });
  await panel.getByRole('combobox', { name: 'chez' }).selectOption({ label: 'SAAD Bocage Services' });
  await panel.getByRole('button', { name: 'Viser ce métier' }).click();
  await expect(panel.locator('details.target summary')).toContainText('Agent à domicile / aide à domicile chez SAAD Bocage Services');
  const competency = panel.getByRole('combobox', { name: 'Compétence', exact: true });
  await competency.selectOption({ index: 1 });
  await panel.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: '3 Maîtrise' });
  await panel.getByLabel('Évalué par').fill('Mme Roger');
  await panel.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Évaluation enregistrée.' })).toBeVisible();
  await expect(panel.locator('table').last()).toContainText('Mme Roger');
  await shots(app, '5-people');
  await expectNoAxeViolations(app, 'personnes et évaluations');

  // 6. The training needs, exported without a name.
  await app.getByRole('tab', { name: 'Besoins de formation' }).click();
  await expect(app.getByRole('row').filter({ hasText: 'Agent à domicile / aide à domicile' }).first()).toBeVisible();
  const needsFile = join(host.workspace, 'exports', 'besoins.xlsx');
  mkdirSync(join(host.workspace, 'exports'), { recursive: true });
  await host.answerDialogs(needsFile);
  await app.getByRole('button', { name: 'Exporter en .xlsx…' }).click();
  await expect(app.getByRole('status').filter({ hasText: '« besoins.xlsx » est enregistré' })).toBeVisible();
  expect(existsSync(needsFile)).toBe(true);
  await shots(app, '6-needs');
  await expectNoAxeViolations(app, 'besoins de formation');

  // 7. Her data exported, then erased for good: no byte of her name in any file the app wrote.
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Personnes et RGPD/ }).click();
  await app.locator('[role="row"] [col-id="lastName"]').getByText('Quintefeuille').click();
  const card = app.getByRole('complementary', { name: 'Fiche de Quintefeuille' });
  mkdirSync(join(host.workspace, 'remis'));
  await host.answerDialogs(join(host.workspace, 'remis', 'donnees.xlsx'));
  await card.getByRole('button', { name: 'Exporter ses données (Excel)…' }).click();
  await expect(card.getByRole('status')).toContainText('Ses données sont dans « donnees.xlsx »');
  // The access export holds her assessment (read back by SheetJS, not by the app's writer).
  const exported = XLSX.read(readFileSync(join(host.workspace, 'remis', 'donnees.xlsx')));
  expect(JSON.stringify(exported.SheetNames.map((name) => XLSX.utils.sheet_to_json(exported.Sheets[name]!)))).toContain('Mme Roger');
  await card.getByRole('button', { name: 'Effacer définitivement…' }).click();
  await app.getByRole('dialog', { name: 'Effacer définitivement' }).getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect(app.getByRole('status').filter({ hasText: /ont été effacées définitivement/ })).toBeVisible();
  const traces = filesHolding(host.workspace, ['Quintefeuille', 'Honorine', 'Mme Roger']).filter((path) => !path.startsWith('remis'));
  expect(traces).toEqual([]);
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Compétences et passerelles/ }).click();
  await app.getByRole('tab', { name: 'Besoins de formation' }).click();
  await expect(app.getByText('Aucun besoin')).toBeVisible();
});
