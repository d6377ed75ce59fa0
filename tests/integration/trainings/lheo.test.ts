import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openTrainingWindow } from './training-window';

// The official schema and samples live beside the checkout (../shared/lheo); a worktree sits one level deeper.
const repoRoot = resolve(import.meta.dirname, '../../..');
const lheoFolder = [resolve(repoRoot, '../shared/lheo'), resolve(repoRoot, '../../shared/lheo')].find((folder) => existsSync(join(folder, 'lheo-2.3.xsd'))) ?? resolve(repoRoot, '../shared/lheo');
const schema = join(lheoFolder, 'lheo-2.3.xsd');
const sample = (name: string) => join(lheoFolder, 'samples', name);
const xmllint = (path: string) => spawnSync('xmllint', ['--noout', '--schema', schema, path], { encoding: 'utf8' });

describe('LHEO 2.3', () => {
  const tempFolder = useTempFolder();

  it('exports the association’s trainings as a document the official schema validates, with the checks the schema leaves out', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    // The schema needs what the file does not have yet: refused with the list, nothing written.
    const refused = await window.refusal('lheo.export', {});
    expect(refused.message).toContain('numéro de déclaration d’activité');
    expect(refused.message).toContain('code postal du lieu');
    await window.call('trainings.update', { id: window.trainingId, changes: { providerActivityNumber: '28610012361', locationPostcode: '61100' } });
    const path = join(folder, 'offre.xml');
    window.answer(path);
    expect(await window.call('lheo.export', {})).toEqual({ fileName: 'offre.xml', count: 1 });
    const result = xmllint(path);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
    const xml = readFileSync(path, 'utf8');
    expect(xml).toContain('<lheo xmlns="http://lheo.gouv.fr/2.3">');
    expect(xml).toContain('<debut>20250916</debut>');
    expect(xml).toContain('<code-public-vise ref="V12">83056</code-public-vise>');
    expect(xml).toContain('<nombre-heures-total>28</nombre-heures-total>');
    // @id-like numbers are unique in the document.
    const numbers = [...xml.matchAll(/numero="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(numbers).size).toBe(numbers.length);

    // And it comes back: importing our own export updates the same action, no duplicate.
    window.answer(path);
    const preview = await window.call('lheo.read');
    expect(preview.issues).toEqual([]);
    expect(preview.actions).toMatchObject([{ title: 'Simulateur de vieillissement', sessions: 4, isUpdate: false }]);
    window.close();
  });

  it('imports the samples: preview first, then one transaction; a second import updates', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    window.answer(sample('onisep-bts-nrc.xml'));
    const preview = await window.call('lheo.read');
    expect(preview.actions).toMatchObject([{ title: 'BTS négociation et relation client', providerName: 'Lycée Kerneuzec', sessions: 1, firstDate: '2015-09-01', isUpdate: false }]);
    expect(await window.call('trainings.list', {})).toHaveLength(1);
    const done = await window.call('lheo.commit', { importId: preview.importId, refs: preview.actions.map((a) => a.ref), planYear: 2025 });
    expect(done).toMatchObject({ created: 1, updated: 0 });
    const imported = await window.call('trainings.get', { id: done.firstId! });
    expect(imported.training).toMatchObject({ providerSiret: '19290076900014', location: 'QUIMPERLÉ', planYear: 2025 });
    expect(imported.sessions.map((s) => [s.startsOn, s.endsOn])).toEqual([['2015-09-01', '2017-08-31']]);
    window.answer(sample('onisep-bts-nrc.xml'));
    const again = await window.call('lheo.read');
    expect(again.actions[0]!.isUpdate).toBe(true);
    expect(await window.call('lheo.commit', { importId: again.importId, refs: [again.actions[0]!.ref] })).toMatchObject({ created: 0, updated: 1 });
    expect((await window.call('trainings.get', { id: done.firstId! })).sessions).toHaveLength(1);

    window.answer(sample('minimal-handwritten.xml'));
    const minimal = await window.call('lheo.read');
    expect(minimal.actions).toMatchObject([{ title: 'Formation exemple', sessions: 1 }]);
    expect(await window.call('trainings.list', {})).toHaveLength(2);
    window.close();
  });

  it('refuses a wrong namespace, an external entity, a 100 MB file, and reports a missing required element', async () => {
    const folder = tempFolder();
    const window = await openTrainingWindow(folder);
    const before = JSON.stringify(await window.call('trainings.list', {}));
    const minimal = readFileSync(sample('minimal-handwritten.xml'), 'utf8');

    const oldNamespace = join(folder, 'lheo-2.2.xml');
    writeFileSync(oldNamespace, minimal.replace('http://lheo.gouv.fr/2.3', 'http://www.lheo.org/2.2'));
    window.answer(oldNamespace);
    expect((await window.refusal('lheo.read')).message).toContain('n’est pas au format LHEO 2.3 (espace de noms « http://www.lheo.org/2.2 »');

    const secret = join(folder, 'secret.txt');
    writeFileSync(secret, 'mot de passe');
    const entity = join(folder, 'entite.xml');
    writeFileSync(entity, minimal.replace('<lheo ', `<!DOCTYPE lheo [<!ENTITY x SYSTEM "file://${secret}">]>\n<lheo `).replace('Formation exemple', '&x;'));
    window.answer(entity);
    const entityRefusal = await window.refusal('lheo.read');
    expect(entityRefusal).toMatchObject({ code: 'INVALID_FILE', message: expect.stringContaining('DOCTYPE') });
    expect(entityRefusal.message).not.toContain('mot de passe');

    const huge = join(folder, 'catalogue.xml');
    writeFileSync(huge, minimal);
    truncateSync(huge, 100 * 1024 * 1024);
    window.answer(huge);
    expect((await window.refusal('lheo.read')).message).toContain('pèse 100 Mo');

    const missing = join(folder, 'sans-intitule.xml');
    writeFileSync(missing, minimal.replace(/<intitule-formation>.*<\/intitule-formation>/, ''));
    expect(xmllint(missing).status).not.toBe(0);
    window.answer(missing);
    const preview = await window.call('lheo.read');
    expect(preview.actions).toEqual([]);
    expect(preview.issues[0]!.message).toContain('« intitule-formation » manque');

    const noRef = join(folder, 'sans-ref.xml');
    writeFileSync(noRef, minimal.replace(' ref="V10"', ''));
    expect(xmllint(noRef).status).toBe(0);
    window.answer(noRef);
    expect((await window.call('lheo.read')).issues[0]!.message).toContain('« ref »');

    window.answer(null);
    expect((await window.refusal('lheo.read')).code).toBe('CANCELLED');
    expect(JSON.stringify(await window.call('trainings.list', {}))).toBe(before);
    window.close();
  });
});
