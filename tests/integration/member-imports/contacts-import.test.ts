import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../shared/api';
import { useTempFolder } from '../../support/temp-folder';
import { openImportWindow } from './import-window';
import { writeWorkbook } from './members-workbooks';

type Read = CallOutput<'membersWorkbook.read'>;
const suggestedMapping = (read: Read, sheet: string) =>
  Object.fromEntries((read.sheets.find((s) => s.name === sheet)?.columns ?? []).map((column) => [String(column.index), column.suggestedField]));

describe('contacts in a members workbook', () => {
  const tempFolder = useTempFolder();

  it('maps a plain « Nom du contact » + « Fonction » pair, the role read from the function', async () => {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    window.answer(
      writeWorkbook(join(folder, 'contacts.xlsx'), [
        {
          name: 'Liste',
          rows: [
            ['Structure', 'Commune', 'Nom du contact', 'Fonction', 'Mail'],
            ['SAAD du Bocage', 'Flers', 'Mme Catherine Lemaître', 'Présidente', 'c.lemaitre@saad-bocage.fr'],
            ['EHPAD Notre-Dame', 'Briouze', 'Jean Martin', 'Directeur adjoint', ''],
            ['IME Les Sources', 'Flers', 'Anne Roux', 'Chargée de qualité', ''],
          ],
        },
      ]),
    );
    const read = await window.call('membersWorkbook.read');
    expect(read.sheets[0]?.columns.map((c) => c.suggestedField)).toEqual(['name', 'communeName', 'contactName', 'contactFunction', 'email']);
    const choice = { importId: read.importId, sheet: 'Liste', mapping: suggestedMapping(read, 'Liste') };
    await window.call('membersWorkbook.commit', choice);
    const rows = await window.call('structures.list');
    const contactsOf = async (name: string) => (await window.call('structures.get', { id: rows.find((r) => r.name === name)?.id ?? 0 })).contacts;
    expect(await contactsOf('SAAD du Bocage')).toEqual([expect.objectContaining({ name: 'Mme Catherine Lemaître', role: 'president', email: 'c.lemaitre@saad-bocage.fr' })]);
    expect(await contactsOf('EHPAD Notre-Dame')).toEqual([expect.objectContaining({ name: 'Jean Martin', role: 'director', roleLabel: 'Directeur adjoint' })]);
    expect(await contactsOf('IME Les Sources')).toEqual([expect.objectContaining({ name: 'Anne Roux', role: 'other', roleLabel: 'Chargée de qualité' })]);
    window.close();
  });

  it('never drops « Mme » silently, and says before → after what an update changes on a contact', async () => {
    const folder = tempFolder();
    const window = openImportWindow(folder);
    await window.createAssociation();
    const saad = await window.call('structures.create', { name: 'SAAD du Bocage', communeCode: '61169' });
    await window.call('contacts.save', { structureId: saad.structure.id, contact: { name: 'Mme Catherine Lemaître', role: 'president', email: 'c.lemaitre@saad-bocage.fr' } });
    window.answer(
      writeWorkbook(join(folder, 'maj.xlsx'), [
        { name: 'Liste', rows: [['Structure', 'CP', 'Commune', 'Présidente', 'Tél. présidente', 'Mail présidente'], ['SAAD du Bocage', '61100', 'Flers', 'Catherine Lemaître', '02 33 65 00 05', 'c.lemaitre@saad-bocage.fr']] },
      ]),
    );
    const read = await window.call('membersWorkbook.read');
    const choice = { importId: read.importId, sheet: 'Liste', mapping: suggestedMapping(read, 'Liste') };
    const preview = await window.call('membersWorkbook.preview', choice);
    expect(read.sheets[0]?.columns.map((c) => c.suggestedField)).toEqual(['name', 'postcode', 'communeName', 'presidentName', 'presidentPhone', 'presidentEmail']);
    expect(preview.rows[0]?.status).toBe('update');
    expect(preview.rows[0]?.messages.map((m) => m.message)).toContain('Contact «\u00a0Mme Catherine Lemaître\u00a0» : téléphone «\u00a0—\u00a0» → «\u00a002 33 65 00 05\u00a0».');
    await window.call('membersWorkbook.commit', choice);
    expect((await window.call('structures.get', { id: saad.structure.id })).contacts).toEqual([
      expect.objectContaining({ name: 'Mme Catherine Lemaître', phone: '02 33 65 00 05' }),
    ]);
    window.close();
  });
});
