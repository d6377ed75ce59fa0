import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../shared/api';
import { useTempFolder } from '../../support/temp-folder';
import { openImportWindow } from './import-window';
import { writeWorkbook } from './members-workbooks';

type Read = CallOutput<'membersWorkbook.read'>;
const suggestedMapping = (read: Read, sheet: string) =>
  Object.fromEntries((read.sheets.find((s) => s.name === sheet)?.columns ?? []).map((column) => [String(column.index), column.suggestedField]));

// What a coordinator's list looks like after ten years: old commune names, a membership date
// under « Adhésion », a town with two postcodes and no postcode typed.
const rows: Parameters<typeof writeWorkbook>[1][number]['rows'] = [
  ['Nom', 'Adresse', 'CP', 'Ville', 'Adhésion', 'Effectif'],
  ['EHPAD Les Bruyères', '12 avenue du Général Leclerc', '61800', 'Tinchebray', { t: 'n' as const, v: 45363, z: 'dd/mm/yyyy' }, 40],
  ['SAAD d’Athis', '3 rue du Pont', null, 'Athis-de-l’Orne', '02/01/2026', 'une vingtaine'],
  ['ESAT de la Ferté', '8 route de Bagnoles', null, 'La Ferté-Macé', '15/01/2026', 52],
];

describe('a members list written years ago', () => {
  const tempFolder = useTempFolder();

  async function readList() {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    window.answer(writeWorkbook(join(folder, 'adherents.xlsx'), [{ name: 'Adhérents', rows }]));
    const read = await window.call('membersWorkbook.read');
    return { window, read, choice: { importId: read.importId, sheet: 'Adhérents', mapping: suggestedMapping(read, 'Adhérents'), membershipYear: 2026 } };
  }

  it('suggests « member since » for dates under an adhésion header, and imports every structure', async () => {
    const { window, read, choice } = await readList();
    expect(read.sheets[0]?.columns.map((c) => c.suggestedField)).toEqual(['name', 'address', 'postcode', 'communeName', 'memberSince', 'headcount']);
    const preview = await window.call('membersWorkbook.preview', choice);
    expect(preview.counts).toEqual({ add: 3, update: 0, refused: 0, skipped: 0 });
    const commit = await window.call('membersWorkbook.commit', choice);
    expect(commit).toMatchObject({ added: 3, membershipsSaved: 3 });
    const list = await window.call('structures.list');
    for (const row of list) {
      expect((await window.call('structures.get', { id: row.id })).memberships).toEqual([expect.objectContaining({ year: 2026, isMember: true })]);
    }
    window.close();
  });

  it('resolves merged communes to the current one, keeps the old name in the address and says so', async () => {
    const { window, choice } = await readList();
    const preview = await window.call('membersWorkbook.preview', choice);
    const tinchebray = preview.rows.find((r) => r.row === 2);
    expect(tinchebray?.messages).toContainEqual({
      column: 'D (Ville)',
      message: '« Tinchebray » est aujourd’hui une commune déléguée de Tinchebray-Bocage (61486) : la structure est rattachée à Tinchebray-Bocage, « Tinchebray » reste dans l’adresse.',
      isWarning: true,
    });
    const athis = preview.rows.find((r) => r.row === 3);
    expect(athis?.status).toBe('add');
    expect(athis?.messages.map((m) => m.message)).toContainEqual(expect.stringContaining('commune déléguée de Athis-Val de Rouvre (61007)'));
    // A bad optional cell: a warning on that cell, the structure imported without it.
    expect(athis?.messages).toContainEqual(expect.objectContaining({ column: 'F (Effectif)', isWarning: true, message: expect.stringContaining('importée sans cette valeur') }));
    await window.call('membersWorkbook.commit', choice);
    const list = await window.call('structures.list');
    expect(list.find((r) => r.name === 'EHPAD Les Bruyères')).toMatchObject({ communeCode: '61486', postcode: '61800', address: '12 avenue du Général Leclerc, Tinchebray' });
    expect(list.find((r) => r.name === 'SAAD d’Athis')).toMatchObject({ communeCode: '61007', address: '3 rue du Pont, Athis-de-l\'Orne', headcount: null });
    window.close();
  });

  it('never leaves the postcode of a commune with several blank without a word', async () => {
    const { window, choice } = await readList();
    const preview = await window.call('membersWorkbook.preview', choice);
    expect(preview.rows.find((r) => r.row === 4)?.messages).toContainEqual(
      expect.objectContaining({ isWarning: true, message: expect.stringMatching(/^La Ferté Macé a plusieurs codes postaux \(61\d{3}, 61\d{3}\) : indiquez celui de l’adresse\.$/) }),
    );
    window.close();
  });
});
