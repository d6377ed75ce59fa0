import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { useTempFolder } from '../../support/temp-folder';
import { openTrainingWindow, sirets } from './training-window';

/** A fund's own workbook, written by another program than the app (SheetJS), its way. */
function fundWorkbook(path: string, sheets: Record<string, unknown[][]>) {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  XLSX.writeFile(book, path);
}

const funding = (window: Awaited<ReturnType<typeof openTrainingWindow>>) =>
  window.db().prepare('SELECT pe.last_name AS name, p.funding_status AS status, p.funded_cents AS funded, p.funding_note AS note FROM training_participant p JOIN person pe ON pe.id = p.person_id ORDER BY pe.last_name').all();

describe('what a fund sends back', () => {
  const tempFolder = useTempFolder();

  it('maps odd headers once, saves the mapping, matches rows, reports unknown and duplicate lines, commits in one go', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    const scope = { kind: 'training' as const, trainingId: window.trainingId };
    const file = join(folder, 'retour-unifaf.xlsx');
    fundWorkbook(file, {
      'Réponse Unifaf': [
        ['Unifaf — Délégation Normandie', null, null, null, null, null],
        ['N° Siret adhérent', 'NOM BENEFICIAIRE', 'Prénom', 'Libellé du stage', 'Avis', 'Mt engagé', 'Observations'],
        [sirets.ehpad, 'DURAND', 'Marie', 'Simulateur de vieillissement', 'Accord', '1 428,57', ''],
        [sirets.ehpad, 'Martin', 'Paul', 'Simulateur de vieillissement', 'Refus', null, 'Hors plafond'],
        [sirets.ehpad, 'Martin', 'Paul', 'Simulateur de vieillissement', 'Refus', null, 'Hors plafond'],
        [sirets.ehpad, 'Inconnu', 'Jean', 'Simulateur de vieillissement', 'Accord', 500, ''],
        [sirets.ehpad, 'Lefèvre', 'Julie', 'Simulateur de vieillissement', 'Peut-être', null, ''],
      ],
    });
    window.answer(file);
    const first = await window.call('opca.readReturn', { opca: 'unifaf', scope });
    expect(first.sheetName).toBe('Réponse Unifaf');
    // "Mt engagé" is not a known header: the person maps it.
    expect(first.mapping).toMatchObject({ siret: 'N° Siret adhérent', lastName: 'NOM BENEFICIAIRE', firstName: 'Prénom', trainingTitle: 'Libellé du stage', decision: 'Avis', note: 'Observations' });
    expect(first.mapping.fundedAmount).toBeUndefined();
    const preview = await window.call('opca.remapReturn', { importId: first.importId, mapping: { ...first.mapping, fundedAmount: 'Mt engagé' } });
    expect(preview.rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [3, 'matched'],
      [4, 'matched'],
      [5, 'duplicate'],
      [6, 'unmatched'],
      [7, 'invalid'],
    ]);
    expect(preview.rows[0]).toMatchObject({ decision: 'accepted', fundedCents: 142_857 });
    expect(preview.rows[4]!.message).toContain('« Peut-être » non reconnue');

    // Unresolved rows block the commit; nothing is written.
    expect((await window.refusal('opca.commitReturn', { importId: preview.importId })).message).toContain('Ligne 6');
    expect(funding(window).every((row) => (row as { status: string }).status === 'pending')).toBe(true);

    const done = await window.call('opca.commitReturn', { importId: preview.importId, resolutions: [{ rowNumber: 6, participantId: null }] });
    expect(done).toEqual({ updated: 2, skipped: 3 });
    expect(funding(window)).toEqual(
      expect.arrayContaining([
        { name: 'Durand', status: 'accepted', funded: 142_857, note: '' },
        { name: 'Martin', status: 'refused', funded: null, note: 'Hors plafond' },
        { name: 'Lefèvre', status: 'pending', funded: null, note: '' },
      ]),
    );

    // Next time, the fund's odd header is known: the saved mapping maps it at once, even in a renamed sheet.
    const again = join(folder, 'retour-2.xlsx');
    fundWorkbook(again, { Feuil1: [['NOM BENEFICIAIRE', 'Prénom', 'Mt engagé', 'Avis'], ['Petit', 'Sophie', 300, 'Accord']] });
    window.answer(again);
    const second = await window.call('opca.readReturn', { opca: 'unifaf', scope });
    expect(second.mapping.fundedAmount).toBe('Mt engagé');
    // Sophie Petit is in the selection (she depends on Uniformation, but the fund's list is what it is): matched.
    expect(second.rows.map((r) => r.status)).toEqual(['matched']);
    window.close();
  });

  it('refuses a workbook without the needed columns, and a cancelled choice changes nothing', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    const scope = { kind: 'training' as const, trainingId: window.trainingId };
    const file = join(folder, 'incomplet.xlsx');
    fundWorkbook(file, { Liste: [['Nom', 'Intitulé'], ['Durand', 'Simulateur']] });
    window.answer(file);
    const preview = await window.call('opca.readReturn', { opca: 'unifaf', scope });
    expect(preview.missingColumns).toEqual(['firstName', 'decision']);
    expect((await window.refusal('opca.commitReturn', { importId: preview.importId })).message).toContain('colonnes indispensables');
    window.answer(null);
    expect((await window.refusal('opca.readReturn', { opca: 'unifaf', scope })).code).toBe('CANCELLED');
    const notExcel = join(folder, 'faux.xlsx');
    (await import('node:fs')).writeFileSync(notExcel, 'ceci n’est pas un classeur');
    window.answer(notExcel);
    expect((await window.refusal('opca.readReturn', { opca: 'unifaf', scope })).code).toBe('INVALID_FILE');
    expect(funding(window).every((row) => (row as { status: string }).status === 'pending')).toBe(true);
    window.close();
  });

  it('asks which action when a person follows two in the plan', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    const second = await window.call('trainings.create', { title: 'Prévention des troubles musculo-squelettiques', durationHours: 14, planYear: 2025 });
    const marie = window.detail.participants.find((p) => p.lastName === 'Durand')!;
    await window.call('trainings.addParticipant', { trainingId: second.training.id, personId: marie.personId, structureId: window.ehpad });
    const file = join(folder, 'retour.xlsx');
    fundWorkbook(file, { Retour: [['Nom', 'Prénom', 'Décision'], ['Durand', 'Marie', 'Accord']] });
    window.answer(file);
    const preview = await window.call('opca.readReturn', { opca: 'unifaf', scope: { kind: 'plan', year: 2025 } });
    expect(preview.rows[0]).toMatchObject({ status: 'ambiguous' });
    expect(preview.rows[0]!.candidates).toHaveLength(2);
    const chosen = preview.rows[0]!.candidates.find((c) => c.label.includes('musculo'))!;
    await window.call('opca.commitReturn', { importId: preview.importId, resolutions: [{ rowNumber: 2, participantId: chosen.participantId }] });
    expect(window.db().prepare("SELECT funding_status AS s FROM training_participant WHERE id = ?").get(chosen.participantId)).toEqual({ s: 'accepted' });
    expect(window.db().prepare("SELECT count(*) AS n FROM training_participant WHERE funding_status = 'accepted'").get()).toEqual({ n: 1 });
    window.close();
  });
});
