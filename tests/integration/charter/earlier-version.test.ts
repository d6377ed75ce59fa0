import { afterAll, describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { savePdfAs } from '../../support/saved-pdf';
import { useTempFolder } from '../../support/temp-folder';

const windows: ReturnType<typeof openTestWindow>[] = [];
afterAll(async () => {
  for (const window of windows) await window.printer.close();
});

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('an earlier charter version', () => {
  const tempFolder = useTempFolder();

  it('prints with its own text and the signatories who signed it', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    windows.push(window);
    await window.createAssociation();
    const ehpad = (await window.call('structures.create', { name: 'EHPAD Les Tilleuls', type: 'ehpad', communeCode: '61169' })).structure;
    const ssiad = (await window.call('structures.create', { name: 'SSIAD du Bocage', type: 'ssiad', communeCode: '61486' })).structure;
    const first = await window.call('charter.createVersion', {});
    await window.call('charter.saveVersion', { id: first.id, title: 'Charte de 2015', content: doc('Texte adopté en deux mille quinze.') });
    await window.call('charter.adoptVersion', { id: first.id, adoptedOn: '2015-06-18' });
    await window.call('charter.addSignatory', { kind: 'structure', structureId: ehpad.id, field: 'Hébergement', signedOn: '2015-06-18', territory: [{ kind: 'commune', code: '61169' }] });
    const second = await window.call('charter.createVersion', {});
    await window.call('charter.saveVersion', { id: second.id, title: 'Charte de 2017', content: doc('Texte révisé en deux mille dix-sept.') });
    await window.call('charter.adoptVersion', { id: second.id, adoptedOn: '2017-03-02' });
    await window.call('charter.addSignatory', { kind: 'structure', structureId: ssiad.id, field: 'Soins à domicile', signedOn: '2017-03-10', territory: [{ kind: 'commune', code: '61486' }] });

    const old = await savePdfAs(window, folder, 'charte-v1.pdf', { kind: 'charter', versionId: first.id });
    const oldText = old.rawText.replace(/\s+/g, ' ');
    expect(oldText).toContain('Charte de 2015');
    expect(oldText).toContain('Texte adopté en deux mille quinze.');
    expect(oldText).not.toContain('deux mille dix-sept');
    expect(oldText).toContain('EHPAD Les Tilleuls');
    expect(oldText).not.toContain('SSIAD du Bocage');

    // The version in force still lists everyone who signed up to it.
    const current = (await savePdfAs(window, folder, 'charte-v2.pdf', { kind: 'charter' })).rawText.replace(/\s+/g, ' ');
    expect(current).toContain('Texte révisé en deux mille dix-sept.');
    expect(current).toContain('EHPAD Les Tilleuls');
    expect(current).toContain('SSIAD du Bocage');
    window.close();
  }, 60_000);
});
