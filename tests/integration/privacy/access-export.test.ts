import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';
import { readXlsxWithPython } from '../../support/xlsx-python';
import { addNotesSource } from './privacy-window';

describe('access export', () => {
  const tempFolder = useTempFolder();
  let removeSource: (() => void) | null = null;
  afterEach(() => {
    removeSource?.();
    removeSource = null;
  });

  it('writes everything the file holds about one person, one sheet per source, read back by another reader', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    await window.createAssociation('MCE-M3S');
    removeSource = addNotesSource(window.db());
    const { person } = await window.call('people.create', {
      civility: 'Mme',
      lastName: 'Quastrelle',
      firstName: 'Zéphyrine',
      email: 'zq@exemple.fr',
      kind: 'candidate',
      lastContactOn: '2026-01-15',
      notes: '=HYPERLINK("http://x")',
    });
    const { person: other } = await window.call('people.create', { lastName: 'Tournesol' });
    window.db().prepare('INSERT INTO test_note (person_id, text) VALUES (?, ?), (?, ?), (?, ?)').run(person.id, 'Premier entretien', person.id, 'Second entretien', other.id, 'Pas à elle');

    const exports = join(folder, 'remis à la personne');
    mkdirSync(exports);
    window.answer(join(exports, 'acces.xlsx'));
    const written = await window.call('privacy.exportAccess', { personId: person.id, format: 'xlsx' });
    expect(written).toMatchObject({ fileName: 'acces.xlsx', rowCount: 3 });

    const sheets = readXlsxWithPython(join(exports, 'acces.xlsx'));
    // One sheet per source of the registry (the other features' too), after the person's own.
    expect(Object.keys(sheets).slice(0, 2)).toEqual(['À propos', 'Personne']);
    expect(Object.keys(sheets)).toContain('Notes d’entretien');
    expect(Object.keys(sheets)).toHaveLength(written.sheetCount);
    expect(sheets['À propos']![0]).toEqual(['Données personnelles détenues', 'MCE-M3S']);
    // The person's own record reads top to bottom: field, value.
    const record = Object.fromEntries(sheets['Personne']!.map(([key, value]) => [key, value ?? null]));
    expect(record).toMatchObject({ Civilité: 'Mme', Nom: 'Quastrelle', Prénom: 'Zéphyrine', 'E-mail': 'zq@exemple.fr', Catégorie: 'Candidat', 'Dernier contact': '15/01/2026', 'Conservé jusqu’au': '15/01/2028' });
    // A text that looks like a formula stays text.
    expect(record['Remarques']).toBe('=HYPERLINK("http://x")');
    expect(sheets['Notes d’entretien']).toEqual([['N°', 'Note'], [expect.any(String), 'Premier entretien'], [expect.any(String), 'Second entretien']]);

    window.answer(join(exports, 'acces'));
    const json = await window.call('privacy.exportAccess', { personId: person.id, format: 'json' });
    expect(json.fileName).toBe('acces.json');
    const content = JSON.parse(readFileSync(join(exports, 'acces.json'), 'utf8'));
    expect(content.sections[0].id).toBe('person');
    expect(content.sections.find((s: { id: string }) => s.id === 'test-notes').rows.map((r: { Note: string }) => r.Note)).toEqual(['Premier entretien', 'Second entretien']);

    const audit = await window.call('privacy.audit', {});
    expect(audit.filter((line) => line.action === 'access-export')).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actionLabel: 'Export des données d’une personne', subject: 'person', count: 1 });
    expect(JSON.stringify(audit)).not.toMatch(/Quastrelle|Zéphyrine|zq@|acces\.|remis/);
    window.close();
  });

  it('writes nothing and records nothing when the dialog is cancelled', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const { person } = await window.call('people.create', { lastName: 'Quastrelle' });
    window.answer(null);
    expect((await window.refusal('privacy.exportAccess', { personId: person.id, format: 'xlsx' })).code).toBe('CANCELLED');
    expect(await window.call('privacy.audit', {})).toEqual([]);
    window.close();
  });
});
