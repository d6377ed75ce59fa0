import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { createAssociation } from './app-helpers';
import { test, expect } from './host-fixture';

const shots = process.env.PASSERELLES_SCREENS ?? '/tmp/printing-shots';

type Result = { ok: boolean; value?: unknown; error?: { message: string } };
/** Setup through the page's own window.api, as the CDD screens would do it. */
const api = (app: Page, name: string, input?: unknown) =>
  app.evaluate(
    async ([call, value]) => {
      const result = (await (window.api as unknown as Record<string, (input: unknown) => Promise<Result>>)[call as string]!(value)) as Result;
      if (!result.ok) throw new Error(`${String(call)} : ${result.error?.message}`);
      return result.value;
    },
    [name, input] as const,
  );

/** A member fills the « CDD » sheet of its collection workbook in its own spreadsheet program. */
function fill(source: string, target: string, rows: (string | number)[][]) {
  const workbook = XLSX.read(readFileSync(source));
  XLSX.utils.sheet_add_aoa(workbook.Sheets['CDD']!, rows, { origin: 'A2' });
  writeFileSync(target, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

test('prints the pooling report for the steering committee, and the register as a list', async ({ app, host }) => {
  mkdirSync(shots, { recursive: true });
  await createAssociation(app, host, 'MCE-M3S');
  const ehpad = (await api(app, 'structures.create', { name: 'EHPAD Les Tilleuls', communeCode: '61169' })) as { structure: { id: number } };
  const saad = (await api(app, 'structures.create', { name: 'SAAD du Bocage', communeCode: '61169' })) as { structure: { id: number } };
  const out = join(host.workspace, 'envoi');
  mkdirSync(out);
  await host.answerDialogs(out);
  const prepared = (await api(app, 'cdd.prepareCollection', { periodStart: '2025-01', months: 12, structureIds: [ehpad.structure.id, saad.structure.id] })) as { files: { structureId: number; fileName: string }[] };
  const pathOf = (id: number) => join(out, prepared.files.find((f) => f.structureId === id)!.fileName);
  const months = Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}/2025`);
  const returned = [join(host.workspace, 'retour-ehpad.xlsx'), join(host.workspace, 'retour-saad.xlsx')];
  fill(pathOf(ehpad.structure.id), returned[0]!, months.slice(0, 6).map((month) => ['EHPAD Les Tilleuls', month, 'Agent de service interne', 1, 140, 'Remplacement maladie']));
  fill(pathOf(saad.structure.id), returned[1]!, months.slice(6).map((month) => ['SAAD du Bocage', month, 'Agent de service interne', 1, 140, 'Congés']));
  await host.answerDialogs(returned);
  const read = (await api(app, 'cdd.readReturned')) as { importId: string };
  await api(app, 'cdd.commitReturned', { importId: read.importId, fileIndex: 0 });
  await api(app, 'cdd.commitReturned', { importId: read.importId, fileIndex: 1 });

  await app.getByRole('button', { name: /CDD et mutualisation/ }).click();
  await app.getByRole('tab', { name: 'Mutualisation' }).click();
  await app.getByRole('button', { name: 'Rapport pour le comité de pilotage…' }).click();
  let preview = app.getByRole('dialog', { name: /Aperçu/ });
  await expect(preview.frameLocator('iframe').getByRole('heading', { name: /Mutualisation des emplois/ })).toBeVisible();
  await app.screenshot({ path: join(shots, 'pooling-preview.png') });
  const reportPath = join(host.workspace, 'rapport.pdf');
  await host.answerDialogs(reportPath);
  await preview.getByRole('button', { name: 'Enregistrer en PDF…' }).click();
  await expect(preview.getByRole('status')).toContainText('« rapport.pdf » enregistré', { timeout: 30_000 });
  const report = execFileSync('pdftotext', [reportPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(report).toContain('En résumé');
  expect(report).toContain('Seuils retenus');
  expect(report).toMatch(/Poste partagé entre (EHPAD Les Tilleuls, SAAD du Bocage|SAAD du Bocage, EHPAD Les Tilleuls)/);
  execFileSync('pdftoppm', ['-png', '-r', '50', reportPath, join(shots, 'pooling-e2e-pdf')]);
  await preview.locator('.modal-footer').getByRole('button', { name: 'Fermer' }).click();

  await app.getByRole('button', { name: /Adhérents/ }).click();
  await app.getByRole('button', { name: 'Imprimer la liste…' }).click();
  preview = app.getByRole('dialog', { name: /Aperçu/ });
  await expect(preview.frameLocator('iframe').getByRole('cell', { name: 'SAAD du Bocage' })).toBeVisible();
  const listPath = join(host.workspace, 'registre.pdf');
  await host.answerDialogs(listPath);
  await preview.getByRole('button', { name: 'Enregistrer en PDF…' }).click();
  await expect(preview.getByRole('status')).toContainText('« registre.pdf » enregistré', { timeout: 30_000 });
  expect(execFileSync('pdftotext', [listPath, '-'], { encoding: 'utf8' })).toContain('Registre des structures');
});
