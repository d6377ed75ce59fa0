import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

/** Three members of 2026: one paid, one not (with a director's e-mail), one without amount nor e-mail. */
async function registerWithFees(folder: string) {
  const window = openTestWindow(folder);
  await window.createAssociation('MCE-M3S', 'bocage.passerelles');
  const ids: number[] = [];
  for (const name of ['EHPAD Notre-Dame', 'SAAD du Bocage', 'IME Les Sources']) ids.push((await window.call('structures.create', { name, communeCode: '61169' })).structure.id);
  const [ehpad = 0, saad = 0, ime = 0] = ids;
  await window.call('memberships.save', { structureId: ehpad, membership: { year: 2026, isMember: true, feeCents: 25000, paidOn: '2026-02-12' } });
  await window.call('memberships.save', { structureId: saad, membership: { year: 2026, isMember: true, feeCents: 18050, paidOn: null } });
  await window.call('memberships.save', { structureId: ime, membership: { year: 2026, isMember: true, feeCents: null, paidOn: null } });
  await window.call('contacts.save', { structureId: saad, contact: { name: 'Claire Durand', role: 'director', email: 'direction@saad-bocage.fr' } });
  await window.call('contacts.save', { structureId: saad, contact: { name: 'Paul Martin', role: 'president', email: 'president@saad-bocage.fr' } });
  return { window, ehpad, saad, ime };
}

async function readSheet(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet?.name, rows };
}

describe('follow-up of the fees', () => {
  const tempFolder = useTempFolder();

  it('totals called and received for the latest year, lists who has not paid with whom to write to', async () => {
    const { window, saad, ime } = await registerWithFees(tempFolder());
    const fees = await window.call('followUp.fees', { year: null });
    expect(fees).toMatchObject({ year: 2026, memberCount: 3, paidCount: 1, calledCents: 43050, receivedCents: 25000, withoutAmount: 1, years: [2026] });
    expect(fees.unpaid.map((u) => [u.structureId, u.feeCents, u.contacts.map((c) => c.email)])).toEqual([
      [ime, null, []],
      [saad, 18050, ['direction@saad-bocage.fr', 'president@saad-bocage.fr']],
    ]);
    window.close();
  });

  it('exports the reminder list, one line per e-mail, and says who has none', async () => {
    const folder = tempFolder();
    const { window } = await registerWithFees(folder);
    window.answer(join(folder, 'relances'));
    expect(await window.call('followUp.exportFeeReminders', { year: 2026 })).toEqual({ fileName: 'relances.xlsx', rowCount: 2, withoutEmail: 1 });
    const { name, rows } = await readSheet(join(folder, 'relances.xlsx'));
    expect(name).toBe('Cotisations 2026');
    expect(rows[0]).toEqual(['Structure', 'EPCI', 'Cotisation 2026', 'Contact', 'Rôle', 'E-mail']);
    expect(rows.slice(1).map((row) => [row[0], row[2] ?? null, row[5]])).toEqual([
      ['IME Les Sources', null, 'aucune adresse e-mail connue : complétez la fiche'],
      ['SAAD du Bocage', 180.5, 'direction@saad-bocage.fr'],
      ['SAAD du Bocage', 180.5, 'president@saad-bocage.fr'],
    ]);
    window.close();
  });
});

describe('follow-up of the CDD collection', () => {
  const tempFolder = useTempFolder();

  it('lists the members that sent nothing for the period, with their e-mails, and exports them', async () => {
    const folder = tempFolder();
    const { window, saad } = await registerWithFees(folder);
    const missing = await window.call('followUp.missingCdd', { from: '2026-01', to: '2026-12' });
    expect(missing.map((m) => m.name)).toEqual(['EHPAD Notre-Dame', 'IME Les Sources', 'SAAD du Bocage']);
    expect(missing.find((m) => m.structureId === saad)?.contacts.map((c) => c.role)).toEqual(['Directeur / directrice', 'Président(e)']);
    window.answer(join(folder, 'relances-cdd.xlsx'));
    expect(await window.call('followUp.exportMissingCdd', { from: '2026-01', to: '2026-12' })).toEqual({ fileName: 'relances-cdd.xlsx', rowCount: 3, withoutEmail: 2 });
    const { name, rows } = await readSheet(join(folder, 'relances-cdd.xlsx'));
    expect(name).toBe('Sans réponse');
    expect(rows).toHaveLength(1 + 4);
    window.close();
  });
});
