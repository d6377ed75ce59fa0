// Issue 7 §1: files of the wrong kind dropped on the CDD import panel. A members workbook is named
// for what it is and sent to the members import, with no CDD mapping and no structure offered; a
// tiny text file shows its size in French units.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { createAssociation, dropFiles, screen } from './app-helpers';
import { test, expect } from './host-fixture';

/** The coordinator's own members list, as a spreadsheet program writes it (SheetJS, not exceljs). */
function writeMembersList(path: string): string {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Liste des adhérents'],
    ['Raison sociale', 'N° FINESS', 'SIRET', 'CP', 'Commune', 'Directeur', 'Adhérent 2026'],
    ['EHPAD Notre-Dame', '610000101', '77850120001015', '61220', 'Briouze', 'Mme Claire Martin', 'Oui'],
    ['SAAD UNA du Bocage', '610000143', '', '61100', 'Flers', 'M. Paul Durand', 'Oui'],
  ]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Adhérents 2026');
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

test('a members workbook dropped on the CDD panel says what it is and where to import it', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  await app.getByRole('button', { name: /CDD et mutualisation/ }).click();
  await expect(app.getByRole('heading', { name: 'CDD et mutualisation' })).toBeVisible();
  const members = writeMembersList(join(host.workspace, 'Adhérents MCE-M3S.xlsx'));
  const note = join(host.workspace, 'note.xlsx');
  writeFileSync(note, 'x'.repeat(71));

  await dropFiles(app, app.getByRole('region', { name: '2. Importer les fichiers reçus' }), [members, note]);
  const card = app.getByRole('article', { name: 'Fichier Adhérents MCE-M3S.xlsx' });
  await expect(card).toContainText('Refusé');
  await expect(card.getByRole('alert').or(card.locator('.notice'))).toContainText('ressemble à une liste d’adhérents');
  await expect(card).toContainText('«\u00a0Raison sociale\u00a0»');
  await expect(card).toContainText('importez-la depuis Adhérents, bouton «\u00a0Importer un classeur d’adhérents…\u00a0»');
  // Nothing to map, no structure to pick, nothing to save: the card only explains.
  await expect(card.getByRole('combobox')).toHaveCount(0);
  await expect(card.getByRole('button', { name: /Enregistrer/ })).toHaveCount(0);
  await expect(card.getByText('Modifier la correspondance des colonnes')).toHaveCount(0);

  const small = app.getByRole('article', { name: 'Fichier note.xlsx' });
  await expect(small).toContainText('71\u00a0octets');
  await expect(small).not.toContainText('0 o');
  await screen(app, 'cdd-wrong-kind-drop');
  await expect(app.getByRole('table', { name: 'Journal des imports' }).getByRole('row')).toHaveCount(0);
});
