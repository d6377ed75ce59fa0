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

  it('prints with its own text, the signatories who signed it, and the version that replaced it', async () => {
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
    // Nobody can take the printed old text for the one in force: under its title and on every page's foot.
    expect(oldText).toContain('Version 1, adoptée le 18 juin 2015 — remplacée par la version 2 du 2 mars 2017');
    expect(old.pageText(1)).toContain('remplacée par la version 2 du 02/03/2017');
    expect(old.pageText(old.pages).replace(/\s+/g, ' ')).toContain('Version 1, adoptée le 18/06/2015 — remplacée par la version 2 du 02/03/2017');

    // The version in force still lists everyone who signed up to it.
    const current = (await savePdfAs(window, folder, 'charte-v2.pdf', { kind: 'charter' })).rawText.replace(/\s+/g, ' ');
    expect(current).toContain('Texte révisé en deux mille dix-sept.');
    expect(current).toContain('EHPAD Les Tilleuls');
    expect(current).toContain('SSIAD du Bocage');
    expect(current).toContain('Version 2, adoptée le 2 mars 2017 ·');
    expect(current).not.toContain('remplacée');

    // A third text adopted since: version 1 names the one that replaced it and the one in force.
    const third = await window.call('charter.createVersion', {});
    await window.call('charter.saveVersion', { id: third.id, title: 'Charte de 2020', content: doc('Texte de deux mille vingt.') });
    await window.call('charter.adoptVersion', { id: third.id, adoptedOn: '2020-01-01' });
    const first2020Pdf = await savePdfAs(window, folder, 'charte-v1-2020.pdf', { kind: 'charter', versionId: first.id });
    const first2020 = first2020Pdf.rawText.replace(/\s+/g, ' ');
    expect(first2020).toContain('remplacée par la version 2 du 2 mars 2017 (en vigueur : version 3 du 1er janvier 2020)');
    // The foot of the page keeps to one line: « Version 1, adoptée le … — remplacée par la version 2 du … ».
    expect(first2020Pdf.pageText(1)).toMatch(/Version 1, adoptée le 18\/06\/2015 — remplacée par la version 2 du 02\/03\/2017\s+Page 1 sur \d/);
    const second2020 = (await savePdfAs(window, folder, 'charte-v2-2020.pdf', { kind: 'charter', versionId: second.id })).rawText.replace(/\s+/g, ' ');
    expect(second2020).toContain('Version 2, adoptée le 2 mars 2017 — remplacée par la version 3 du 1er janvier 2020 ·');
    expect(second2020).not.toContain('en vigueur');
    window.close();
  }, 60_000);
});
