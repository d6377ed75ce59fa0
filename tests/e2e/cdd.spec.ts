// Workflow 2 of DOMAIN.md as the coordinator does it, through the test host and the real handlers:
// prepare the collection workbooks, have two members fill theirs in their own spreadsheet program
// (SheetJS here, not exceljs), import both through the preview, read the consolidated view and the
// pooling candidates, export the analysis and read the workbook back.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { createAssociation, dropFiles, exposeGrids } from './app-helpers';
import { test, expect } from './host-fixture';

type MemberLine = { month: string; occupation: string; contracts: number | string; hours: number | string; reason: string };

/** What a member does in their spreadsheet: type lines under the header of the « CDD » sheet, save. */
function fillAsMember(path: string, lines: MemberLine[]) {
  const workbook = XLSX.read(readFileSync(path));
  const sheet = workbook.Sheets.CDD;
  if (!sheet) throw new Error(`pas de feuille « CDD » dans ${path} : ${workbook.SheetNames.join(', ')}`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: true, defval: null });
  const header = (rows[0] ?? []).map((cell) => String(cell ?? ''));
  const column = (prefix: string) => {
    const index = header.findIndex((text) => text.startsWith(prefix));
    if (index < 0) throw new Error(`colonne « ${prefix} » absente : ${header.join(' | ')}`);
    return index;
  };
  const columns = { month: column('Mois'), occupation: column('Métier'), contracts: column('Nombre de CDD'), hours: column('Heures'), reason: column('Motif') };
  lines.forEach((line, i) => {
    const row = i + 1; // 0-based: row 0 is the header
    for (const [field, col] of Object.entries(columns)) {
      const value = line[field as keyof MemberLine];
      sheet[XLSX.utils.encode_cell({ r: row, c: col })] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
    }
  });
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  range.e.r = Math.max(range.e.r, lines.length);
  sheet['!ref'] = XLSX.utils.encode_range(range);
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

const months2025 = Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}/2025`);
const isSummer = (i: number) => i >= 5 && i <= 8; // June to September

type GridRow = Record<string, unknown>;
type GridApiLike = { forEachNode: (cb: (node: { data?: GridRow }) => void) => void; getPinnedBottomRow: (index: number) => { data?: GridRow } | undefined };

/** The consolidated grid's rows and pinned totals row, as its API holds them. */
function consolidatedGrid(page: Page): Promise<{ rows: GridRow[]; total: GridRow | null }> {
  return page.evaluate(() => {
    const api = (window as unknown as { __passerellesGrids?: Record<string, GridApiLike | undefined> }).__passerellesGrids?.['cdd-consolidation'];
    const rows: GridRow[] = [];
    api?.forEachNode((node) => {
      if (node.data) rows.push(node.data);
    });
    return { rows, total: api?.getPinnedBottomRow(0)?.data ?? null };
  });
}

/** The whole page, not just the window: the workspace scrolls inside itself, so let it grow for the picture. */
async function shoot(page: Page, name: string) {
  const style = await page.addStyleTag({ content: '.workspace { height: auto; min-height: 100vh; } .content { overflow: visible; }' });
  await page.screenshot({ path: join(process.env.PASSERELLES_SCREENS ?? 'test-results/screens', `${name}.png`), fullPage: true });
  await style.evaluate((element) => element.parentNode?.removeChild(element));
}

test('collects CDD workbooks from members, consolidates them and finds a job worth pooling', async ({ app, host }) => {
  test.setTimeout(120_000);
  await exposeGrids(app);
  await createAssociation(app, host, 'MCE-M3S');

  // Setup through the contract: three members of this year's register (the register has its own tests).
  await app.evaluate(async () => {
    const year = new Date().getFullYear();
    const members = [
      { name: 'EHPAD Les Tilleuls', type: 'ehpad', field: 'elderly', communeCode: '61169' },
      { name: 'SAAD du Bocage', type: 'saad', field: 'home', communeCode: '61278' },
      { name: 'IME La Source', type: 'ime', field: 'disability', communeCode: '61168' },
    ] as const;
    for (const member of members) {
      const created = await window.api['structures.create'](member);
      if (!created.ok) throw new Error(created.error.message);
      const saved = await window.api['memberships.save']({ structureId: created.value.structure.id, membership: { year, isMember: true } });
      if (!saved.ok) throw new Error(saved.error.message);
    }
  });

  await app.getByRole('button', { name: /CDD et mutualisation/ }).click();
  await expect(app.getByRole('heading', { name: 'CDD et mutualisation' })).toBeVisible();

  // 1. Prepare the collection workbooks for 2025.
  const picker = app.getByRole('group', { name: /Structures destinataires/ });
  await expect(picker.getByRole('checkbox')).toHaveCount(3);
  for (const box of await picker.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await app.getByLabel('Premier mois — mois').selectOption('01');
  await app.getByLabel('Premier mois — année').fill('2025');
  await app.getByLabel('Nombre de mois').fill('12');
  const folder = join(host.workspace, 'collecte-2025');
  mkdirSync(folder);
  await host.answerDialogs(folder);
  await app.getByRole('button', { name: 'Préparer les classeurs…' }).click();
  const prepared = app.getByRole('list', { name: 'Classeurs préparés' });
  await expect(prepared.getByRole('listitem')).toHaveCount(3);
  await shoot(app, 'cdd-1-prepared');
  const files = readdirSync(folder).filter((name) => name.endsWith('.xlsx'));
  expect(files).toHaveLength(3);
  const fileOf = (structure: string) => {
    const name = files.find((f) => f.includes(structure));
    if (!name) throw new Error(`pas de classeur pour ${structure} : ${files.join(', ')}`);
    return join(folder, name);
  };

  // 2. Two members fill theirs: the EHPAD needs a cleaner in summer, the home-help service in winter.
  const ehpad = fileOf('Tilleuls');
  const saad = fileOf('Bocage');
  fillAsMember(ehpad, [
    ...months2025.map((month, i) => ({
      month,
      occupation: 'Agent de service interne / agent d’entretien',
      contracts: isSummer(i) ? 3 : 1,
      hours: isSummer(i) ? 120 : 40,
      reason: isSummer(i) ? 'Congés' : 'Remplacement maladie',
    })),
    ...months2025.map((month) => ({ month, occupation: 'Aide-soignant(e)', contracts: 2, hours: 60, reason: 'Remplacement maladie' })),
  ]);
  fillAsMember(saad, [
    ...months2025.map((month, i) => ({
      month,
      occupation: 'Agent d’entretien', // the member's own word: a synonym of the occupation
      contracts: 2,
      hours: isSummer(i) ? '20' : '95,0', // typed as text, French decimal comma
      reason: 'Accroissement temporaire d’activité',
    })),
    { month: '03/2025', occupation: 'Agent d’entretien', contracts: 1, hours: 'beaucoup', reason: 'Autre' },
    { month: '04/2025', occupation: 'Moniteur de ski', contracts: 1, hours: 35, reason: 'Autre' },
  ]);

  // 3. Import both through the preview, one file at a time.
  await host.answerDialogs([ehpad, saad]);
  await app.getByRole('button', { name: 'Importer des fichiers reçus…' }).click();
  const ehpadCard = app.getByRole('article', { name: /Fichier .*Tilleuls/ });
  const saadCard = app.getByRole('article', { name: /Fichier .*Bocage/ });
  await expect(ehpadCard).toContainText('classeur de collecte Passerelles reconnu');
  await expect(ehpadCard.getByLabel('Bilan du fichier')).toContainText('24 lignes acceptées');
  await expect(saadCard.getByLabel('Bilan du fichier')).toContainText('12 lignes acceptées');
  await expect(saadCard.getByLabel('Bilan du fichier')).toContainText('2 refusées');
  // Refused rows are located as the member sees them: sheet, row, column, and why.
  const refused = saadCard.getByRole('table', { name: /Lignes de/ });
  await expect(refused.getByRole('row').filter({ hasText: 'Refusée' })).toHaveCount(2);
  await expect(refused.getByRole('row').filter({ hasText: 'Moniteur de ski' })).toContainText('CDD');
  await shoot(app, 'cdd-2-preview');
  await ehpadCard.getByRole('button', { name: /Enregistrer ce fichier/ }).click();
  await expect(ehpadCard).toContainText('Enregistré');
  await saadCard.getByRole('button', { name: /Enregistrer ce fichier/ }).click();
  await expect(saadCard).toContainText('Enregistré');

  // The IME sent nothing: it is listed as missing for the period; the log keeps both files.
  await expect(app.getByRole('table', { name: 'Structures sans réponse' })).toContainText('IME La Source');
  // Their memberships are this year's, the collection last year's: the panel says where the year goes.
  await expect(app.getByText(/aucune adhésion n’est enregistrée pour 2025 dans la fiche de la structure/)).toBeVisible();
  await expect(app.getByRole('table', { name: 'Structures sans réponse' })).not.toContainText('EHPAD Les Tilleuls');
  await expect(app.getByRole('table', { name: 'Journal des imports' }).getByRole('row')).toHaveCount(3);
  await shoot(app, 'cdd-3-imported');

  // The EHPAD sends its file again: it replaces the first import, after confirmation, and counts once.
  // A closed dialog says nothing.
  await host.answerDialogs(null);
  await app.getByRole('button', { name: 'Importer des fichiers reçus…' }).click();
  await expect(app.getByRole('button', { name: 'Importer des fichiers reçus…' })).toBeEnabled();
  await expect(app.getByRole('alert')).toHaveCount(0);
  // This time the coordinator drops the file on the panel, from the folder where the e-mail left it.
  await dropFiles(app, app.getByRole('region', { name: '2. Importer les fichiers reçus' }), [ehpad], () => shoot(app, 'cdd-3a-drop'));
  const again = app.getByRole('article', { name: /Fichier .*Tilleuls/ });
  await expect(again).toContainText('remplacera un import précédent');
  await again.getByRole('button', { name: 'Remplacer l’import précédent…' }).click();
  await shoot(app, 'cdd-3b-replace');
  await app.getByRole('dialog', { name: 'Remplacer l’import précédent ?' }).getByRole('button', { name: 'Remplacer' }).click();
  await expect(again).toContainText('Enregistré');
  const log = app.getByRole('table', { name: 'Journal des imports' });
  await expect(log.getByRole('row')).toHaveCount(4);
  await expect(log.getByRole('row').filter({ hasText: 'remplacé le' })).toHaveCount(1);

  // 4. The consolidated view: 1,640 h of cleaning CDDs (800 h from the EHPAD, 840 h from the SAAD): just over 1 FTE.
  await app.getByRole('tab', { name: 'Consolidation' }).click();
  const grid = app.getByRole('treegrid').or(app.getByRole('grid')).first();
  const cleaning = grid.getByRole('row').filter({ hasText: 'Agent de service interne' });
  await expect(cleaning.first()).toBeVisible();
  await expect(app.getByText(/2\s?360,0 h de CDD/)).toBeVisible();
  // Through the grid's API: one row per occupation, months as numbers, totals equal to the sum of the parts.
  const { rows, total } = await consolidatedGrid(app);
  expect(rows.map((row) => row.label).sort()).toEqual(['Agent de service interne / agent d’entretien', 'Aide-soignant(e)']);
  const cleaningData = rows.find((row) => String(row.label).startsWith('Agent de service interne'));
  expect(cleaningData).toMatchObject({ 'm_2025-01': 135, 'm_2025-07': 140, total: 1640, structureCount: 2 });
  expect(total).toMatchObject({ label: 'Total', total: 2360, 'm_2025-01': 195 });
  await expect(app.locator('figure[aria-label="ETP par métier sur la période"] canvas').first()).toBeVisible();
  await expect(app.locator('figure[aria-label="Heures de CDD par mois, par structure"] canvas').first()).toBeVisible();
  await shoot(app, 'cdd-4-consolidation');
  // Drill down from the row's total to the structures behind it.
  await app.getByRole('gridcell', { name: /1\s?640/ }).first().click();
  const drill = app.getByRole('dialog', { name: /Structures — Agent de service interne/ });
  await expect(drill.getByRole('row').filter({ hasText: 'EHPAD Les Tilleuls' })).toContainText('800');
  await expect(drill.getByRole('row').filter({ hasText: 'SAAD du Bocage' })).toContainText('840');
  await shoot(app, 'cdd-5-drill-down');
  await drill.getByRole('button', { name: 'Fermer' }).click();
  // Filtered to home help, only the SAAD's 840 h remain.
  await app.getByLabel('Champ').selectOption({ label: 'Domicile' });
  await expect(app.getByText(/840,0 h de CDD/)).toBeVisible();
  await app.getByLabel('Champ').selectOption({ label: 'Tous' });
  await expect(app.getByText(/2\s?360,0 h de CDD/)).toBeVisible();

  // 5. The pooling analysis: one shared cleaner for the EHPAD and the SAAD, busy almost all year.
  await app.getByRole('tab', { name: 'Mutualisation' }).click();
  await expect(app.getByText('Comment le taux d’occupation est calculé')).toBeVisible();
  const candidate = app.getByRole('article', { name: /Agent de service interne/ }).first();
  await expect(candidate).toContainText('Mutualisable');
  await expect(candidate).toContainText('1,02 ETP cumulé dans 2 structures');
  const position = candidate.getByRole('article', { name: /Poste partagé entre/ }).first();
  await expect(position).toContainText('EHPAD Les Tilleuls');
  await expect(position).toContainText('SAAD du Bocage');
  await expect(position.getByRole('table', { name: 'Mois par mois' }).getByRole('row')).toHaveCount(14);
  // The families too (the cleaning alone here: 1,640 h = 1.02 FTE, 2 decimals as everywhere).
  const families = app.getByRole('table', { name: 'Analyse par famille de métiers' });
  await expect(families.getByRole('row').filter({ hasText: 'Services non médicaux' }).first()).toContainText('1,02');
  await expect(families).toContainText('Services non médicaux : 1,02 ETP cumulé dans 2 structures');
  // The care family here is aide-soignant hours only: a regulated profession is never added to another, so no family row.
  await expect(families.getByRole('row').filter({ hasText: 'Soins' })).toHaveCount(0);
  await expect(app.getByText(/Les métiers réglementés \(aide-soignant, infirmier/)).toBeVisible();
  await shoot(app, 'cdd-6-pooling');

  // 6. The occupations: a refusal comes back in French; a new occupation can be merged into another.
  await app.getByRole('tab', { name: 'Métiers' }).click();
  const newOccupation = app.getByRole('form', { name: 'Ajouter un métier' });
  await newOccupation.getByLabel('Intitulé').fill('A');
  await newOccupation.getByRole('button', { name: 'Ajouter' }).click();
  await expect(app.getByRole('alert')).toContainText('2 caractères au moins');
  await newOccupation.getByLabel('Intitulé').fill('Agent polyvalent');
  await newOccupation.getByRole('button', { name: 'Ajouter' }).click();
  await expect(app.getByText('Métier « Agent polyvalent » ajouté.')).toBeVisible();
  await app.getByLabel('Garder').selectOption({ label: 'Agent de service interne / agent d’entretien' });
  await app.getByLabel('Fusionner dans le premier').selectOption({ label: 'Agent polyvalent' });
  await app.getByRole('button', { name: 'Fusionner…' }).click();
  await shoot(app, 'cdd-7-merge');
  await app.getByRole('dialog', { name: 'Fusionner ces deux métiers ?' }).getByRole('button', { name: 'Fusionner' }).click();
  await expect(app.getByText(/«\sAgent polyvalent\s» est fusionné dans «\sAgent de service interne/)).toBeVisible();
  // The merged label is now a synonym: searching for it finds the occupation kept.
  await app.getByLabel('Chercher un métier').fill('agent polyvalent');
  const found = app.getByRole('table', { name: 'Métiers' }).getByRole('row').filter({ hasText: 'K2205' });
  await expect(found).toHaveCount(1);
  await found.getByRole('button', { name: /autres/ }).click();
  await expect(found).toContainText('Agent polyvalent');
  await shoot(app, 'cdd-8-occupations');

  // 7. Export for the steering committee, and read it back.
  await app.getByRole('tab', { name: 'Mutualisation' }).click();
  const exported = join(host.workspace, 'analyse-cdd-2025.xlsx');
  await host.answerDialogs(exported);
  await app.getByRole('button', { name: 'Exporter l’analyse vers Excel…' }).click();
  await expect(app.getByText(/Analyse exportée dans «\sanalyse-cdd-2025\.xlsx\s»/)).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const numbers: number[] = [];
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') numbers.push(cell.value);
        else if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  expect(workbook.worksheets.length).toBeGreaterThanOrEqual(2);
  expect(texts.some((t) => t.includes('Agent de service interne'))).toBe(true);
  // Figures as numbers, not text: the 1,640 cleaning hours are there as a number.
  expect(numbers).toContain(1640);
});

test('a member’s own workbook: the coordinator says which column holds what, and names an unknown job title', async ({ app, host }) => {
  await createAssociation(app, host, 'MCE-M3S');
  await app.evaluate(async () => {
    const created = await window.api['structures.create']({ name: 'SAAD du Bocage', type: 'saad', field: 'home', communeCode: '61278' });
    if (!created.ok) throw new Error(created.error.message);
  });

  // Made in the member's spreadsheet program, with its own headers and words.
  const own = join(host.workspace, 'tableau CDD SAAD du Bocage.xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Période', 'Emploi occupé', 'Contrats', 'Volume horaire'],
    ['01/2025', 'Aide à domicile', 2, '70,5'],
    ['02/2025', 'Brancardier', 1, 35],
    ['03/2025', 'Agent de service', 1, 40],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Feuil1');
  writeFileSync(own, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

  await app.getByRole('button', { name: /CDD et mutualisation/ }).click();
  await host.answerDialogs([own]);
  await app.getByRole('button', { name: 'Importer des fichiers reçus…' }).click();
  const card = app.getByRole('article', { name: /Fichier tableau CDD/ });
  await expect(card).toContainText('Colonnes à confirmer');
  await card.getByLabel('Fichier envoyé par').selectOption({ label: 'SAAD du Bocage' });
  await card.getByLabel('Mois *').selectOption({ label: 'A — Période' });
  await card.getByLabel('Métier *').selectOption({ label: 'B — Emploi occupé' });
  await card.getByLabel('Heures *').selectOption({ label: 'D — Volume horaire' });
  await card.getByLabel('Nombre de CDD').selectOption({ label: 'C — Contrats' });
  await shoot(app, 'cdd-9-mapping');
  await card.getByRole('button', { name: 'Relire le fichier avec ces colonnes' }).click();
  await expect(card.getByLabel('Bilan du fichier')).toContainText('2 lignes acceptées');
  await expect(card.getByLabel('Bilan du fichier')).toContainText('1 refusée');

  // "Brancardier" is none of the file's occupations: the coordinator names it, and the file is read again.
  await card.getByLabel('Métier pour « Brancardier »').selectOption({ label: 'Agent de service hospitalier (ASH)' });
  await shoot(app, 'cdd-10-unknown-title');
  await card.getByRole('button', { name: 'Rattacher et relire le fichier' }).click();
  await expect(card.getByLabel('Bilan du fichier')).toContainText('3 lignes acceptées');
  await card.getByRole('button', { name: /Enregistrer ce fichier/ }).click();
  await expect(card).toContainText('Enregistré');

  // The next file saying "Brancardier" will match directly: it is now a synonym.
  await app.getByRole('tab', { name: 'Métiers' }).click();
  await app.getByLabel('Chercher un métier').fill('brancardier');
  await expect(app.getByRole('table', { name: 'Métiers' }).getByRole('row').filter({ hasText: 'Agent de service hospitalier' })).toHaveCount(1);
});
