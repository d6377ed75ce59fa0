import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { useTempFolder } from '../../support/temp-folder';
import { openTrainingWindow } from './training-window';

const scope = (trainingId: number) => ({ kind: 'training' as const, trainingId });

describe('OPCA workbooks', () => {
  const tempFolder = useTempFolder();

  it('flags the structure without an OPCA before any export, then writes one workbook per fund with the right people and totals', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    const check = await window.call('opca.check', { scope: scope(window.trainingId) });
    expect(check.withoutOpca).toEqual([{ structureId: window.esat, structureName: 'ESAT de Flers', participants: 1 }]);
    expect(check.funds.map((f) => [f.opca, f.participants, f.structures])).toEqual([
      ['unifaf', 4, 1],
      ['uniformation', 2, 1],
    ]);

    const out = join(folder, 'envoi');
    mkdirSync(out);
    window.answer(join(out, 'unifaf.xlsx'));
    const unifaf = await window.call('opca.export', { scope: scope(window.trainingId), opca: 'unifaf' });
    expect(unifaf).toMatchObject({ fileName: 'unifaf.xlsx', participants: 4, structures: 1, hours: 112 });
    window.answer(join(out, 'uniformation.xlsx'));
    const uniformation = await window.call('opca.export', { scope: scope(window.trainingId), opca: 'uniformation' });
    expect(uniformation).toMatchObject({ participants: 2, structures: 1, hours: 56 });
    // 10,000 € split over 7 participants, to the cent: the funds' totals are their shares.
    expect([unifaf.costCents, uniformation.costCents]).toEqual([142_858 + 3 * 142_857, 2 * 142_857]);

    // Read back by another reader than exceljs (SheetJS): numbers as numbers, dates as dates.
    const book = XLSX.readFile(join(out, 'unifaf.xlsx'), { cellDates: true });
    expect(book.SheetNames).toEqual(['Stagiaires', 'Synthèse']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Stagiaires']!);
    expect(rows.map((r) => r['Nom'])).toEqual(['=Bernard', 'Durand', 'Lefèvre', 'Martin']);
    expect(rows[0]).toMatchObject({ Établissement: 'EHPAD Les Tilleuls', SIRET: '78012345600011', 'N° FINESS': '610000234', 'Durée en heures': 28, 'Intitulé de la formation': 'Simulateur de vieillissement' });
    expect(rows[0]!['Date de début']).toBeInstanceOf(Date);
    expect((rows[0]!['Date de début'] as Date).toISOString().slice(0, 10)).toBe('2025-09-16');
    const injected = book.Sheets['Stagiaires']!['D2']!;
    expect(injected).toMatchObject({ t: 's', v: '=Bernard' });
    expect(injected.f).toBeUndefined();
    expect(typeof rows[0]!['Coût pédagogique (€)']).toBe('number');
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Synthèse']!, { header: 1 });
    expect(summary[1]).toEqual(['EHPAD Les Tilleuls', '78012345600011', 4, 112, unifaf.costCents / 100]);
    expect(summary[2]).toEqual(['Total', undefined, 4, 112, 5714.29]);

    // And converted by LibreOffice headless to CSV: the right people under the right fund.
    const csvFolder = join(folder, 'csv');
    mkdirSync(csvFolder);
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(folder, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', csvFolder, join(out, 'uniformation.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const csvFiles = readdirSync(csvFolder).sort();
    expect(csvFiles).toEqual(['uniformation-Liste des stagiaires.csv', 'uniformation-Récapitulatif.csv']);
    const list = readFileSync(join(csvFolder, 'uniformation-Liste des stagiaires.csv'), 'utf8');
    expect(list).toContain('SAAD du Bocage');
    expect(list).toContain('Moreau');
    expect(list).not.toContain('EHPAD');
    expect(list).not.toContain('Roux');
    const totals = readFileSync(join(csvFolder, 'uniformation-Récapitulatif.csv'), 'utf8').split('\n');
    expect(totals[1]).toMatch(/^SAAD du Bocage,44306184100047,2,56,/);
    expect(totals[2]).toMatch(/^Total,,2,56,/);

    // The e-mail to the fund, with the workbook attached intact.
    await window.call('opca.saveProfile', { opca: 'unifaf', email: 'Formation.Normandie@unifaf.fr', layout: (await window.call('opca.profiles')).find((p) => p.opca === 'unifaf')!.layout });
    const mail = await window.call('opca.prepareEmail', { exportId: unifaf.exportId });
    expect(mail).toMatchObject({ opening: 'opened', to: 'formation.normandie@unifaf.fr', fileName: 'E-mail - unifaf.eml' });
    const email = await PostalMime.parse(readFileSync(join(out, mail.fileName)));
    expect(email.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(email.subject).toBe('Simulateur de vieillissement — stagiaires de MCE-M3S pour Unifaf (OPCO Santé)');
    expect(email.text).toContain('4\u00a0stagiaires de 1\u00a0structure, 112 heures de formation');
    expect(Buffer.from(email.attachments[0]!.content as ArrayBuffer).equals(readFileSync(join(out, 'unifaf.xlsx')))).toBe(true);
    window.close();
  }, 180_000);

  it('follows the profile the coordinator adjusted: renamed, reordered, removed columns', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    const profile = (await window.call('opca.profiles')).find((p) => p.opca === 'uniformation')!;
    const layout = { ...profile.layout, sheetName: 'Stagiaires 2025', columns: [profile.layout.columns[3]!, { ...profile.layout.columns[0]!, header: 'N° SIRET' }, profile.layout.columns[10]!] };
    await window.call('opca.saveProfile', { opca: 'uniformation', email: '', layout });
    window.answer(join(folder, 'u.xlsx'));
    await window.call('opca.export', { scope: { kind: 'plan', year: 2025 }, opca: 'uniformation' });
    const book = XLSX.readFile(join(folder, 'u.xlsx'));
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Stagiaires 2025']!, { header: 1 })).toEqual([
      ['Nom du salarié', 'N° SIRET', 'Nombre d’heures'],
      ['Moreau', '44306184100047', 28],
      ['Petit', '44306184100047', 28],
    ]);
    const refused = await window.refusal('opca.saveProfile', { opca: 'uniformation', email: '', layout: { ...layout, sheetName: 'Stagiaires/2025' } });
    expect(refused.message).toContain('Un nom de feuille ne peut contenir');
    window.close();
  });

  it('shares a profile as a small file, and refuses a file that is not one', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    const profile = (await window.call('opca.profiles')).find((p) => p.opca === 'unifaf')!;
    await window.call('opca.saveProfile', { opca: 'unifaf', email: 'contact@unifaf.fr', layout: { ...profile.layout, sheetName: 'Liste' } });
    window.answer(join(folder, 'profil.json'));
    await window.call('opca.exportProfile', { opca: 'unifaf' });
    await window.call('opca.resetProfile', { opca: 'unifaf' });
    window.answer(join(folder, 'profil.json'));
    expect(await window.call('opca.importProfile', { opca: 'unifaf' })).toMatchObject({ email: 'contact@unifaf.fr', layout: { sheetName: 'Liste' }, isDefault: false });
    window.answer(join(folder, 'u.xlsx'));
    await window.call('opca.export', { scope: scope(window.trainingId), opca: 'unifaf' }).catch(() => null);
    window.answer(join(folder, 'u.xlsx'));
    expect((await window.refusal('opca.importProfile', { opca: 'unifaf' })).code).toBe('INVALID_FILE');
    expect((await window.call('opca.profiles')).find((p) => p.opca === 'unifaf')!.layout.sheetName).toBe('Liste');
    window.close();
  });
});
