import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { test, expect } from './host-fixture';
import { createAssociation, displayedRows, exposeGrids, screen } from './app-helpers';

// CI clones the repository with shared/ beside it.
const finessFixture = resolve(process.cwd(), '../shared/fixtures/finess-extract-sample.csv');
const year = new Date().getFullYear();

/** A members list as coordinators keep it: a title above the header, a blank row, a totals row, phones as numbers. */
function writeMembersWorkbook(path: string): void {
  const rows = [
    ['Liste des adhérents — MCE-M3S'],
    [],
    ['Établissement', 'N° FINESS', 'SIRET', 'Ville', 'CP', 'Directeur', 'Tél. direction', `Adhérent ${year}`, 'Cotisation', 'Payée le', 'Divers'],
    ['EHPAD Notre-Dame', '610000101', '77850120000084', 'Briouze', 61220, 'Jean Martin', 233623001, 'oui', 250, `12/02/${year}`, 'à relancer pour le bilan'],
    ['SAAD Bocage Services', '', '77850120000126', 'La Ferté-Macé', 61600, 'Claire Durand', '02 33 37 10 10', 'oui', '180,50', '', ''],
    ['IME Les Sources', '', '12345678901234', 'Flers', 61100, '', '', 'non', '', '', ''],
    [],
    ['Total', '', '', '', '', '', '', '', 430.5, '', ''],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 10 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, `Adhérents ${year}`);
  XLSX.writeFile(book, path);
}

async function readExport(path: string): Promise<{ headers: string[]; names: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Structures');
  if (!sheet) throw new Error('feuille Structures absente');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const names: string[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) names.push(String(row.getCell(1).value));
  });
  return { headers, names };
}

test('imports a members workbook through the mapping and the preview, then the FINESS extract, exports, and finds it all after reopening', async ({ app, host }) => {
  await exposeGrids(app);
  await createAssociation(app, host, 'MCE-M3S');

  // — Members workbook: read, mapping (one column chosen by hand), preview with the refused row, commit.
  const workbook = join(host.workspace, 'adherents.xlsx');
  writeMembersWorkbook(workbook);
  await app.getByRole('button', { name: 'Importer un classeur d’adhérents…' }).click();
  const wizard = app.getByRole('dialog', { name: 'Importer un classeur d’adhérents' });
  // A closed dialog says nothing; a file that is not a workbook is refused in French.
  await host.answerDialogs(null);
  await wizard.getByRole('button', { name: 'Choisir le fichier…' }).click();
  await expect(wizard.getByRole('button', { name: 'Choisir le fichier…' })).toBeEnabled();
  await expect(wizard.getByRole('alert')).toHaveCount(0);
  const notAWorkbook = join(host.workspace, 'liste.xlsx');
  writeFileSync(notAWorkbook, 'Nom;SIRET\nEHPAD;123\n');
  await host.answerDialogs(notAWorkbook);
  await wizard.getByRole('button', { name: 'Choisir le fichier…' }).click();
  await expect(wizard.getByRole('alert')).toBeVisible();
  await expect(wizard.getByRole('alert')).not.toContainText(/Error|at \w+ \(/);
  await screen(app, 'members-workbook-refused-file');
  await host.answerDialogs(workbook);
  await wizard.getByRole('button', { name: 'Choisir le fichier…' }).click();
  await expect(wizard.getByText('Classeur « adherents.xlsx »')).toBeVisible();
  await expect(wizard.getByText('En-têtes lus à la ligne 3.')).toBeVisible();
  await expect(wizard.getByRole('combobox', { name: /colonne C \(SIRET\)/ })).toHaveValue('siret');
  await expect(wizard.getByRole('combobox', { name: /colonne G \(Tél\. direction\)/ })).toHaveValue('directorPhone');
  await expect(wizard.getByRole('combobox', { name: /colonne K \(Divers\)/ })).toHaveValue('');
  await wizard.getByRole('combobox', { name: /colonne K \(Divers\)/ }).selectOption({ label: 'Remarques' });
  await screen(app, 'members-workbook-mapping');

  await wizard.getByRole('button', { name: 'Voir l’aperçu' }).click();
  const report = wizard.getByRole('region', { name: 'Aperçu de l’import' });
  await expect(report.getByText(/à ajouter/)).toBeVisible();
  // A SIRET with a wrong key is an optional cell: a warning on it, and the IME imported without it.
  await expect(report.getByRole('row', { name: /IME Les Sources/ })).toContainText('À ajouter');
  await expect(report.getByRole('row', { name: /IME Les Sources/ })).toContainText('SIRET');
  await expect(report.getByRole('row', { name: /IME Les Sources/ })).toContainText('importée sans cette valeur');
  await screen(app, 'members-workbook-preview');
  await report.getByLabel(/Seulement les lignes à vérifier/).check();
  await expect(report.getByRole('row', { name: /EHPAD Notre-Dame/ })).toHaveCount(0);
  await expect(report.getByRole('row', { name: /IME Les Sources/ })).toBeVisible();
  await wizard.getByRole('button', { name: 'Importer 3 lignes valides' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Classeur « adherents.xlsx » importé : 3 structures ajoutées' })).toBeVisible();
  await expect(app.locator('.register-count')).toHaveText('3 structures');
  const imported = await displayedRows(app);
  expect(imported.map((r) => r.name).sort()).toEqual(['EHPAD Notre-Dame', 'IME Les Sources', 'SAAD Bocage Services']);
  expect(imported.find((r) => r.name === 'IME Les Sources')).toMatchObject({ siret: '' });
  expect(imported.find((r) => r.name === 'EHPAD Notre-Dame')).toMatchObject({ communeName: 'Briouze', isMember: true, contactCount: 1, notes: 'à relancer pour le bilan' });

  // — FINESS extract: department, categories, preview (one update, additions), commit.
  expect(existsSync(finessFixture), `${finessFixture} (le dossier shared/ à côté du dépôt)`).toBe(true);
  const extract = join(host.workspace, 'etalab-finess.csv');
  copyFileSync(finessFixture, extract);
  await host.answerDialogs(extract);
  await app.getByRole('button', { name: 'Importer l’extraction FINESS…' }).click();
  const finess = app.getByRole('dialog', { name: 'Importer l’extraction FINESS' });
  await finess.getByRole('button', { name: 'Choisir le fichier…' }).click();
  await expect(finess.getByText('Fichier « etalab-finess.csv »')).toBeVisible();
  await finess.getByRole('combobox', { name: /^Département/ }).selectOption('61');
  await finess.getByRole('checkbox', { name: /hébergement pour personnes âgées dépendantes/ }).check();
  // Only the EPCI of Flers: the EHPAD of Tinchebray (another EPCI) is left out.
  await finess.getByRole('radio', { name: 'Des EPCI' }).check();
  await finess.getByRole('checkbox', { name: 'CA Flers Agglo' }).check();
  await finess.getByRole('button', { name: 'Voir ce qui sera importé' }).click();
  const preview = finess.getByRole('region', { name: 'Aperçu de l’import' });
  await expect(preview.getByRole('row', { name: /EHPAD Notre-Dame \(610000101\)/ }).first()).toBeVisible();
  await expect(preview.getByRole('row', { name: /EHPAD LES BRUYERES.*Tinchebray/ })).toHaveCount(0);
  await finess.getByRole('radio', { name: 'Tout le département' }).check();
  await expect(preview).toHaveCount(0);
  await finess.getByRole('button', { name: 'Voir ce qui sera importé' }).click();
  await expect(preview.getByRole('row', { name: /EHPAD LES BRUYERES.*Tinchebray/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /EHPAD Notre-Dame \(610000101\)/ }).first()).toBeVisible();
  await screen(app, 'members-finess-preview');
  await finess.getByRole('button', { name: /^Importer \d+ structures?$/ }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Extraction FINESS importée : 1 structure ajoutée, 1 mise à jour' })).toBeVisible();
  await expect(app.locator('.register-count')).toHaveText('4 structures');
  await screen(app, 'members-after-imports');

  // — Export: the whole register, then only the filtered rows.
  await host.answerDialogs(join(host.workspace, 'registre.xlsx'));
  await app.getByRole('button', { name: 'Exporter vers Excel…' }).click();
  await expect(app.getByRole('status').filter({ hasText: '4 structures exportées dans « registre.xlsx »' })).toBeVisible();
  const all = await readExport(join(host.workspace, 'registre.xlsx'));
  expect(all.headers.slice(0, 4)).toEqual(['Nom', 'FINESS établissement', 'FINESS entité juridique', 'SIRET']);
  // The FINESS update gave EHPAD Notre-Dame its official name (shown before → after in the preview).
  expect(all.names.sort()).toEqual(['EHPAD LES BRUYERES', 'EHPAD NOTRE DAME DE BRIOUZE', 'IME Les Sources', 'SAAD Bocage Services']);

  await app.getByRole('searchbox', { name: 'Rechercher dans le registre' }).fill('ehpad');
  await expect(app.locator('.register-count')).toHaveText('2 structures sur 4');
  await app.getByRole('button', { name: 'Exporter vers Excel…' }).click();
  await host.answerDialogs(join(host.workspace, 'ehpad.xlsx'));
  await app.getByRole('dialog', { name: 'Exporter vers Excel' }).getByRole('button', { name: /structures affichées/ }).click();
  await expect(app.getByRole('status').filter({ hasText: '2 structures exportées dans « ehpad.xlsx »' })).toBeVisible();
  const filtered = await readExport(join(host.workspace, 'ehpad.xlsx'));
  expect(filtered.names).toEqual((await displayedRows(app)).map((r) => r.name));

  // — A cancelled save dialog says nothing.
  await host.answerDialogs(null);
  await app.getByRole('button', { name: 'Exporter vers Excel…' }).click();
  await app.getByRole('dialog', { name: 'Exporter vers Excel' }).getByRole('button', { name: /Tout le registre/ }).click();
  await expect(app.getByRole('dialog', { name: 'Exporter vers Excel' })).toHaveCount(0);
  await expect(app.getByRole('alert')).toHaveCount(0);

  // — Close and reopen: the imported structures are in the file.
  await app.getByRole('button', { name: 'Fermer le fichier' }).click();
  await app.getByRole('button', { name: /MCE-M3S/ }).click();
  await expect(app.locator('.register-count')).toHaveText('4 structures');
  const reopened = await displayedRows(app);
  expect(reopened.find((r) => r.finessEt === '610000101')).toMatchObject({ name: 'EHPAD NOTRE DAME DE BRIOUZE', isMember: true, contactCount: 1 });
  await screen(app, 'members-reopened');
});
