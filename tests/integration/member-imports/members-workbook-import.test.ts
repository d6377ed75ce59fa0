import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { backupFolderOf } from '../../../electron/main/store/backups';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../shared/api';
import { formatSiret } from '../../../shared/domain/siret';
import { excelSerialToIso } from '../../../shared/format/dates';
import { useTempFolder } from '../../support/temp-folder';
import { openImportWindow, registerFingerprint } from './import-window';
import { ehpadSiret, writeMessyMembers, writeWorkbook } from './members-workbooks';
import { siretFrom, writeValidSample } from './finess-files';

type Read = CallOutput<'membersWorkbook.read'>;
const suggestedMapping = (read: Read, sheet: string) =>
  Object.fromEntries((read.sheets.find((s) => s.name === sheet)?.columns ?? []).map((column) => [String(column.index), column.suggestedField]));

describe('the members workbook import', () => {
  const tempFolder = useTempFolder();

  async function readMessy() {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    window.answer(writeMessyMembers(join(folder, 'Adhérents MCE-M3S.xlsx')));
    const read = await window.call('membersWorkbook.read');
    const choice = { importId: read.importId, sheet: 'Adhérents 2025', mapping: suggestedMapping(read, 'Adhérents 2025') };
    return { folder, window, read, choice };
  }

  it('finds the header under the title and suggests a field for each French header', async () => {
    const { window, read } = await readMessy();
    expect(read.fileName).toBe('Adhérents MCE-M3S.xlsx');
    expect(read.suggestedSheet).toBe('Adhérents 2025');
    const sheet = read.sheets.find((s) => s.name === 'Adhérents 2025');
    expect(sheet?.headerRow).toBe(3);
    expect(sheet?.membershipYear).toBe(2025);
    expect(sheet?.columns.map((c) => `${c.letter}:${c.suggestedField}`)).toEqual([
      'A:name', 'B:finessEt', 'C:siret', 'D:type', 'E:address', 'F:postcode', 'G:communeName', 'H:directorName',
      'I:phone', 'J:email', 'K:opca', 'L:headcount', 'M:fte', 'N:isMember', 'O:feeEuros', 'P:paidOn',
    ]);
    expect(sheet?.columns[8]?.sample).toEqual(['233623001', '02 33 65 00 05', '233660099']);
    expect(read.fields.find((f) => f.key === 'name')).toEqual({ key: 'name', label: 'Nom de la structure', required: true });
    window.close();
  });

  it('previews every row with its status and the cell at fault, then commits the valid rows only', async () => {
    const { window, choice } = await readMessy();
    const preview = await window.call('membersWorkbook.preview', choice);
    expect(preview.counts).toEqual({ add: 6, update: 0, refused: 1, skipped: 1 });
    expect(preview.membershipYear).toBe(2025);
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [4, 'add'], [5, 'add'], [7, 'add'], [8, 'add'], [9, 'add'], [10, 'add'], [11, 'refused'], [12, 'skipped'],
    ]);
    // Bad optional cells never sink a row: each is a warning on its cell, and the structure comes in without it.
    const bad = preview.rows.find((r) => r.row === 9);
    expect(bad?.sheet).toBe('Adhérents 2025');
    expect(bad?.messages.filter((m) => !m.isWarning)).toEqual([]);
    expect(bad?.messages.map((m) => m.column)).toEqual(['L (Effectif)', 'B (N° FINESS)', 'J (Mail)']);
    expect(bad?.messages.find((m) => m.column === 'B (N° FINESS)')?.message).toContain('9 caractères');
    expect(bad?.messages.find((m) => m.column === 'B (N° FINESS)')?.message).toContain('importée sans cette valeur');
    expect(bad?.messages.find((m) => m.column === 'J (Mail)')?.message).toContain('n’est pas valide');
    expect(preview.rows.find((r) => r.row === 11)?.messages.at(-1)?.message).toBe(
      'Même FINESS 610000101 que la ligne 4 : une structure ne figure qu’une fois, fusionnez les deux lignes.',
    );
    expect(registerFingerprint(window.db()).counts.structure).toBe(0);

    expect(await window.call('membersWorkbook.commit', choice)).toEqual({ added: 6, updated: 0, refused: 1, skipped: 1, contactsSaved: 4, membershipsSaved: 5 });
    const rows = await window.call('structures.list');
    expect(rows.map((r) => r.name).sort()).toEqual(['Cabinet infirmier Dupont', 'EHPAD Notre-Dame', 'ESAT du Bocage', 'IME La Clairière', 'SAAD UNA du Bocage', 'Structure mal saisie']);
    const misTyped = rows.find((r) => r.name === 'Structure mal saisie');
    expect(misTyped).toMatchObject({ finessEt: '', headcount: null, communeCode: '61169' });
    expect((await window.call('structures.get', { id: misTyped?.id ?? 0 })).contacts).toEqual([expect.objectContaining({ name: 'Mme Test', email: '' })]);

    const ehpad = rows.find((r) => r.finessEt === '610000101');
    if (!ehpad) throw new Error('EHPAD missing');
    expect(ehpad).toMatchObject({ siret: ehpadSiret, type: 'ehpad', communeCode: '61063', postcode: '61220', opca: 'unifaf', headcount: 45, fte: 38.5 });
    const detail = await window.call('structures.get', { id: ehpad.id });
    expect(detail.contacts).toEqual([
      expect.objectContaining({ name: 'Mme Claire Martin', role: 'director', email: 'direction@ehpad-nd.fr', phone: '02 33 62 30 01' }),
    ]);
    expect(detail.memberships).toEqual([{ structureId: ehpad.id, year: 2025, isMember: true, feeCents: 15000, paidOn: '2025-03-12' }]);

    const saad = rows.find((r) => r.finessEt === '610000143');
    if (!saad) throw new Error('SAAD missing');
    expect(saad).toMatchObject({ type: 'saad', postcode: '61100', communeCode: '61169', opca: 'uniformation' });
    expect((await window.call('structures.get', { id: saad.id })).memberships[0]).toMatchObject({ feeCents: 30000, paidOn: excelSerialToIso(45731) });

    // Merged cells: the IME takes the commune and OPCA of the ESAT's merged cells.
    expect(rows.find((r) => r.finessEt === '610000200')).toMatchObject({ communeCode: '61168', opca: 'unifaf', type: 'ime' });
    const ime = rows.find((r) => r.finessEt === '610000200');
    expect((await window.call('structures.get', { id: ime?.id ?? 0 })).memberships).toEqual([
      { structureId: ime?.id, year: 2025, isMember: false, feeCents: null, paidOn: null },
    ]);
    const partner = rows.find((r) => r.name === 'Cabinet infirmier Dupont');
    expect(partner).toMatchObject({ type: 'liberalProfessional', communeCode: '61486', finessEt: '', siret: '' });
    expect((await window.call('structures.get', { id: partner?.id ?? 0 })).contacts).toEqual([
      expect.objectContaining({ name: 'Accueil', role: 'other', phone: '02 33 66 00 99' }),
    ]);
    expect(window.db().prepare('SELECT kind, added, refused, imported_by AS importedBy FROM import_log').all()).toEqual([
      { kind: 'membersWorkbook', added: 6, refused: 1, importedBy: window.context.app.userName() },
    ]);
    window.close();
  });

  it('re-importing the same file updates instead of duplicating, and says how a row without identifiers was matched', async () => {
    const { window, choice } = await readMessy();
    await window.call('membersWorkbook.commit', choice);
    const before = registerFingerprint(window.db()).counts;

    const again = await window.call('membersWorkbook.preview', choice);
    expect(again.counts).toEqual({ add: 0, update: 6, refused: 1, skipped: 1 });
    expect(again.rows.find((r) => r.row === 10)?.messages).toEqual([
      {
        column: '',
        message: 'Rapprochée de « Cabinet infirmier Dupont » du registre (même nom, même commune ; la ligne n’a ni FINESS ni SIRET) : cette structure sera mise à jour, aucune autre ne sera créée.',
        isWarning: true,
      },
    ]);
    expect(await window.call('membersWorkbook.commit', choice)).toMatchObject({ added: 0, updated: 6 });
    const after = registerFingerprint(window.db()).counts;
    expect(after).toEqual({ ...before, import_log: (before.import_log ?? 0) + 1 });
    window.close();
  });

  it('asks for the name column, and refuses a mapping that sends two columns to one field', async () => {
    const { window, choice } = await readMessy();
    const withoutName = { ...choice, mapping: { ...choice.mapping, '1': null } };
    expect(await window.refusal('membersWorkbook.preview', withoutName)).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('nom de la structure') });
    const twice = { ...choice, mapping: { ...choice.mapping, '5': 'name' as const } };
    expect(await window.refusal('membersWorkbook.commit', twice)).toMatchObject({
      code: 'VALIDATION',
      message: 'Les colonnes A (Raison sociale) et E (Adresse) sont toutes deux associées au même champ : gardez-en une seule.',
    });
    expect(registerFingerprint(window.db()).counts.structure).toBe(0);
    window.close();
  });

  it('refuses what is not a readable .xlsx with the same advice, and changes nothing', async () => {
    const { folder, window, choice } = await readMessy();
    await window.call('membersWorkbook.commit', choice);
    const before = registerFingerprint(window.db());
    const oleHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);
    // A zip that is not a workbook (an OpenDocument file, say), stored as .xlsx.
    const name = Buffer.from('content.xml');
    const data = deflateRawSync(Buffer.from('<office:document/>'));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt16LE(name.length, 26);
    const files: Record<string, Buffer | string> = {
      'ancien format.xls': oleHeader,
      'protege.xlsx': oleHeader,
      'export.xlsx': 'Raison sociale;FINESS\nEHPAD;610000101\n',
      'vide.xlsx': '',
      'document.xlsx': Buffer.concat([local, name, data]),
    };
    for (const [fileName, content] of Object.entries(files)) {
      const path = join(folder, fileName);
      writeFileSync(path, content);
      window.answer(path);
      const error = await window.refusal('membersWorkbook.read');
      expect(error.code).toBe('INVALID_FILE');
      expect(error.message).toContain(
        `« ${fileName} » : Ce fichier n’est pas un classeur Excel (.xlsx) lisible : ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.`,
      );
    }
    window.answer(writeWorkbook(join(folder, 'vierge.xlsx'), [{ name: 'Feuil1', rows: [] }]));
    expect(await window.refusal('membersWorkbook.read')).toEqual({
      code: 'INVALID_FILE',
      message: '« vierge.xlsx » ne contient aucune ligne remplie : choisissez le classeur où figure la liste des adhérents.',
    });
    const big = join(folder, 'enorme.xlsx');
    copyFileSync(join(folder, 'Adhérents MCE-M3S.xlsx'), big);
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024), { flag: 'a' });
    window.answer(big);
    expect(await window.refusal('membersWorkbook.read')).toMatchObject({ code: 'INVALID_FILE', message: expect.stringContaining('la limite est de 20 Mo') });
    expect(registerFingerprint(window.db())).toEqual(before);
    window.close();
  });

  it('reads rich text, links, typed dates and text formulas from a workbook saved by exceljs', async () => {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Membres');
    sheet.addRow(['Nom de l’établissement', 'Finess ET', 'Code postal', 'Ville', 'Courriel', 'Adhésion', 'Cotisation 2024', 'Date de paiement']);
    sheet.addRow([
      { richText: [{ text: 'EHPAD ', font: { bold: true } }, { text: 'Les Bruyères' }] },
      '610000127',
      { formula: 'TEXT(61800,"00000")', result: '61800' },
      'Tinchebray-Bocage',
      { text: 'accueil@bruyeres.fr', hyperlink: 'mailto:accueil@bruyeres.fr' },
      'oui',
      { formula: '2*60', result: 120 },
      new Date(Date.UTC(2024, 1, 29)),
    ]);
    const path = join(folder, 'membres.xlsx');
    await workbook.xlsx.writeFile(path);
    window.answer(path);
    const read = await window.call('membersWorkbook.read');
    expect(read.sheets[0]).toMatchObject({ name: 'Membres', headerRow: 1, membershipYear: 2024 });
    const mapping = Object.fromEntries(read.sheets[0]?.columns.map((c) => [String(c.index), c.suggestedField]) ?? []);
    expect(Object.values(mapping)).toEqual(['name', 'finessEt', 'postcode', 'communeName', 'email', 'isMember', 'feeEuros', 'paidOn']);
    const choice = { importId: read.importId, sheet: 'Membres', mapping };
    expect((await window.call('membersWorkbook.preview', choice)).counts).toEqual({ add: 1, update: 0, refused: 0, skipped: 0 });
    await window.call('membersWorkbook.commit', choice);
    const [row] = await window.call('structures.list');
    expect(row).toMatchObject({ name: 'EHPAD Les Bruyères', finessEt: '610000127', postcode: '61800', communeCode: '61486' });
    const detail = await window.call('structures.get', { id: row?.id ?? 0 });
    expect(detail.contacts).toEqual([expect.objectContaining({ name: 'Accueil', email: 'accueil@bruyeres.fr' })]);
    expect(detail.memberships).toEqual([{ structureId: row?.id, year: 2024, isMember: true, feeCents: 12000, paidOn: '2024-02-29' }]);
    window.close();
  });

  it('completes structures imported from FINESS, matched by FINESS or SIRET, without emptying what FINESS gave', async () => {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    window.answer(writeValidSample(folder));
    const finess = await window.call('finess.read');
    await window.call('finess.commit', { importId: finess.importId, departmentCode: '61' });

    window.answer(writeMessyMembers(join(folder, 'adherents.xlsx')));
    const read = await window.call('membersWorkbook.read');
    const choice = { importId: read.importId, sheet: 'Adhérents 2025', mapping: suggestedMapping(read, 'Adhérents 2025') };
    const preview = await window.call('membersWorkbook.preview', choice);
    expect(preview.counts).toEqual({ add: 2, update: 4, refused: 1, skipped: 1 });
    const ehpadRow = preview.rows.find((r) => r.row === 4);
    expect(ehpadRow).toMatchObject({ status: 'update', name: 'EHPAD NOTRE DAME DE BRIOUZE' });
    expect(ehpadRow?.messages.at(-1)?.message).toContain('Nom de la structure « EHPAD NOTRE DAME DE BRIOUZE » → « EHPAD Notre-Dame »');
    await window.call('membersWorkbook.commit', choice);
    const rows = await window.call('structures.list');
    expect(rows).toHaveLength(8);
    // The workbook has no SIRET for the SAAD: FINESS's stays.
    expect(rows.find((r) => r.finessEt === '610000143')).toMatchObject({ name: 'SAAD UNA du Bocage', siret: siretFrom('7785012000143'), opca: 'uniformation', headcount: 120 });
    window.close();
  });

  it('writes nothing, not even a backup, when every row is refused; names both structures when FINESS and SIRET disagree', async () => {
    const { folder, window, choice } = await readMessy();
    await window.call('membersWorkbook.commit', choice);
    const before = registerFingerprint(window.db());
    const path = join(folder, 'conflits.xlsx');
    writeWorkbook(path, [
      {
        name: 'Feuil1',
        rows: [
          ['Raison sociale', 'FINESS', 'SIRET', 'Commune', 'CP'],
          // The SAAD's FINESS with the EHPAD's SIRET: which one is meant cannot be guessed.
          ['SAAD mélangé', '610000143', ehpadSiret, 'Flers', '61100'],
          ['Sans nom', null, null, 'Flers', '61100'],
          [null, '610000999', null, 'Flers', '61100'],
        ],
      },
    ]);
    window.answer(path);
    const read = await window.call('membersWorkbook.read');
    const conflictChoice = { importId: read.importId, sheet: 'Feuil1', mapping: suggestedMapping(read, 'Feuil1') };
    const preview = await window.call('membersWorkbook.preview', conflictChoice);
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([[2, 'refused'], [3, 'add'], [4, 'refused']]);
    expect(preview.rows[0]?.messages.at(-1)?.message).toBe(
      `Le FINESS 610000143 est celui de « SAAD UNA du Bocage » mais le SIRET ${formatSiret(ehpadSiret)} celui de « EHPAD Notre-Dame » : corrigez l’un des deux.`,
    );
    expect(preview.rows[2]?.messages).toContainEqual({ column: 'A (Raison sociale)', message: 'Le nom de la structure est vide : remplissez-le ou supprimez la ligne.', isWarning: false });

    // Only the refused rows: nothing is written, and no backup is taken.
    const onlyRefused = { ...conflictChoice, mapping: { ...conflictChoice.mapping } };
    writeWorkbook(path, [{ name: 'Feuil1', rows: [['Raison sociale', 'FINESS', 'SIRET', 'Commune', 'CP'], ['SAAD mélangé', '610000143', ehpadSiret, 'Flers', '61100']] }]);
    window.answer(path);
    const reread = await window.call('membersWorkbook.read');
    const backups = existsSync(backupFolderOf(join(folder, 'bocage.passerelles'))) ? readdirSync(backupFolderOf(join(folder, 'bocage.passerelles'))).length : 0;
    expect(await window.call('membersWorkbook.commit', { ...onlyRefused, importId: reread.importId })).toMatchObject({ added: 0, updated: 0, refused: 1 });
    expect(registerFingerprint(window.db())).toEqual(before);
    expect(readdirSync(backupFolderOf(join(folder, 'bocage.passerelles'))).length).toBe(backups);
    window.close();
  });

  it('plans again at commit when the register changed after the preview', async () => {
    const { window, choice } = await readMessy();
    expect((await window.call('membersWorkbook.preview', choice)).counts).toMatchObject({ add: 6, update: 0 });
    // Meanwhile the coordinator types the ESAT by hand, with its FINESS.
    await window.call('structures.create', { name: 'ESAT (saisi à la main)', finessEt: '610000192' });
    expect(await window.call('membersWorkbook.commit', choice)).toMatchObject({ added: 5, updated: 1 });
    const esat = (await window.call('structures.list')).filter((row) => row.finessEt === '610000192');
    expect(esat).toEqual([expect.objectContaining({ name: 'ESAT du Bocage', communeCode: '61168' })]);
    window.close();
  });
});
