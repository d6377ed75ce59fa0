import { rmSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScriptedDialogs, hostOutputFolderName } from '../../../electron/main/scripted-dialogs';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

describe('where things went, and links outside', () => {
  const tempFolder = useTempFolder();

  it('an export says which folder it went to, and opens it by id, never by a path from the page', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    await window.createAssociation();
    await window.call('structures.create', { name: 'EHPAD Les Tilleuls' });
    const target = join(folder, 'registre.xlsx');
    window.answer(target);
    const exported = await window.call('register.export', { ids: null });
    expect(exported.written).toMatchObject({ name: 'registre.xlsx', folder, isFolder: false });

    const shown = await window.call('desktop.showWritten', { id: exported.written.id });
    expect(shown).toEqual({ opened: false, message: `Hôte de test, sans bureau : le fichier est dans le dossier ${folder}` });
    expect(window.desktopRequests).toContainEqual({ action: 'show', path: target });
    const opened = await window.call('desktop.openWritten', { id: exported.written.id });
    expect(opened.message).toBe(`Hôte de test, sans bureau : le fichier est ${target}`);
    expect(await window.call('desktop.kind')).toBe('test-host');

    // An id this window never gave, and a file moved away since.
    expect((await window.refusal('desktop.showWritten', { id: 'inconnu' })).code).toBe('NOT_FOUND');
    rmSync(target);
    expect(await window.refusal('desktop.showWritten', { id: exported.written.id })).toEqual({
      code: 'NOT_FOUND',
      message: '«\u00a0registre.xlsx\u00a0» n’est plus à cet endroit : il a peut-être été déplacé ou supprimé.',
    });
    // A path is not an id: nothing is opened.
    expect((await window.refusal('desktop.openWritten', { id: target })).code).not.toBeUndefined();
    expect(window.desktopRequests.filter((r) => r.action === 'open')).toHaveLength(1);
    window.close();
  });

  it('opens only allow-listed links', async () => {
    const window = openTestWindow(tempFolder());
    expect(await window.call('desktop.openLink', { url: 'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/' })).toBeNull();
    expect(window.desktopRequests).toContainEqual({ action: 'link', path: 'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/' });
    for (const url of ['file:///etc/passwd', 'https://example.org/', 'http://www.data.gouv.fr/', 'javascript:alert(1)']) {
      expect(await window.refusal('desktop.openLink', { url })).toEqual({ code: 'VALIDATION', message: 'Ce lien ne fait pas partie de ceux que Passerelles peut ouvrir.' });
    }
    expect(window.desktopRequests.filter((r) => r.action === 'link')).toHaveLength(1);
  });

  it('in the test host, «\u00a0Ouvrir\u00a0» with nothing to open says so', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const refusal = await window.refusal('association.open');
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toBe(`Hôte de test : aucun fichier .passerelles dans le dossier de travail ${folder}. Copiez-y le fichier à ouvrir, puis recommencez.`);
  });

  it('in the test host, importing received files takes every one of them, not the files the host wrote', async () => {
    const folder = tempFolder();
    const { dialogs } = createScriptedDialogs(folder);
    const filters = [{ name: 'Classeur Excel', extensions: ['xlsx'] }];
    const exported = await dialogs.saveFile({ title: 'Exporter', defaultName: 'Analyse CDD.xlsx', filters });
    writeFileSync(exported ?? '', 'x');
    for (const [index, name] of ['SAAD.xlsx', 'EHPAD.xlsx', 'notes.txt'].entries()) {
      writeFileSync(join(folder, name), 'x');
      utimesSync(join(folder, name), 1_700_000_000 + index, 1_700_000_000 + index);
    }
    expect(await dialogs.openFiles({ title: 'Classeurs reçus', filters })).toEqual([join(folder, 'EHPAD.xlsx'), join(folder, 'SAAD.xlsx')]);
    // A set of files to send goes to a folder of its own, apart from the files received.
    expect(await dialogs.chooseFolder({ title: 'Dossier' })).toBe(join(folder, hostOutputFolderName));
  });
});
