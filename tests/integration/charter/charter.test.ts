import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { readPdf } from '../../support/pdf';
import { useTempFolder } from '../../support/temp-folder';

const windows: ReturnType<typeof openTestWindow>[] = [];
afterAll(async () => {
  for (const window of windows) await window.printer.close();
});

async function charterWindow(folder: string) {
  const window = openTestWindow(folder);
  windows.push(window);
  await window.createAssociation();
  const ehpad = (await window.call('structures.create', { name: 'EHPAD Les Tilleuls', type: 'ehpad', communeCode: '61169' })).structure;
  const ssiad = (await window.call('structures.create', { name: 'SSIAD du Bocage', type: 'ssiad', communeCode: '61486' })).structure;
  const version = await window.call('charter.createVersion', {});
  await window.call('charter.saveVersion', {
    id: version.id,
    title: 'Charte d’intervention concertée',
    content: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Article 1 — Objet' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Les signataires coordonnent leurs interventions auprès des personnes âgées du territoire.' }] },
      ],
    },
  });
  await window.call('charter.adoptVersion', { id: version.id, adoptedOn: '2015-06-18' });
  return { window, ehpad, ssiad, version };
}

describe('charter', () => {
  const tempFolder = useTempFolder();

  it('signatures for structures and a professional, with territories, make the map and the uncovered communes', async () => {
    const { window, ehpad, ssiad } = await charterWindow(tempFolder());
    await window.call('charter.addSignatory', { kind: 'structure', structureId: ehpad.id, field: 'Hébergement des personnes âgées', signedOn: '2015-06-18', territory: [{ kind: 'commune', code: '61169' }] });
    await window.call('charter.addSignatory', { kind: 'structure', structureId: ssiad.id, field: 'Soins infirmiers à domicile', signedOn: '2015-06-20', territory: [{ kind: 'epci', code: '200071520' }] });
    const nurse = await window.call('charter.addSignatory', {
      kind: 'professional', lastName: 'Martin', firstName: 'Claire', profession: 'Infirmière libérale', communeCode: '61169',
      field: 'Soins à domicile', signedOn: '2015-07-01', territory: [{ kind: 'commune', code: '61169' }, { kind: 'commune', code: '61007' }],
    });
    expect(nurse).toMatchObject({ kind: 'professional', name: 'Claire Martin', versionNumber: 1, communeName: 'Flers' });
    // The professional is a person, so the privacy engine covers them.
    expect(window.db().prepare('SELECT last_name AS lastName FROM person WHERE id = ?').get(nurse.personId)).toEqual({ lastName: 'Martin' });

    const map = await window.call('charter.map');
    const flers = map.communes.find((c) => c.code === '61169')!;
    expect(flers.signatories.map((s) => s.name).sort()).toEqual(['Claire Martin', 'EHPAD Les Tilleuls']);
    // The territory is the two EPCIs where the structures are: Flers Agglo's other communes are uncovered.
    const territory = map.communes.filter((c) => c.isInTerritory);
    expect(territory).toHaveLength(42 + 15);
    expect(territory.filter((c) => c.signatories.length === 0)).toHaveLength(42 - 2);
    expect(map.departments).toEqual([{ code: '61', name: 'Orne' }]);
    expect(map.communes.length).toBeGreaterThan(380); // all of Orne is drawn
    expect(flers.path).toMatch(/^M[\d.]+,[\d.]+L/);

    // Edited, not only added or withdrawn.
    const edited = await window.call('charter.updateSignatory', {
      id: nurse.id,
      signatory: { kind: 'professional', lastName: 'Martin-Leroy', firstName: 'Claire', profession: 'Infirmière libérale', field: 'Soins à domicile', signedOn: '2015-07-01', territory: [{ kind: 'commune', code: '61169' }] },
    });
    expect(edited.name).toBe('Claire Martin-Leroy');
    expect(edited.territory).toEqual([{ kind: 'commune', code: '61169', name: 'Flers' }]);
    const withdrawn = await window.call('charter.withdrawSignatory', { id: ssiad.id === 0 ? 0 : (await window.call('charter.signatories'))[1]!.id, withdrawnOn: '2016-01-31' });
    expect(withdrawn.withdrawnOn).toBe('2016-01-31');
    window.close();
  });

  it('refuses what cannot be signed, and changes nothing', async () => {
    const { window, ehpad, version } = await charterWindow(tempFolder());
    const sign = { kind: 'structure' as const, structureId: ehpad.id, field: '', signedOn: '2015-06-18', territory: [{ kind: 'commune' as const, code: '61169' }] };
    expect((await window.refusal('charter.addSignatory', { ...sign, territory: [] })).message).toContain('au moins une commune');
    expect((await window.refusal('charter.addSignatory', { ...sign, territory: [{ kind: 'commune', code: '99999' }] })).message).toContain('n’existe pas');
    await window.call('charter.addSignatory', sign);
    expect((await window.refusal('charter.addSignatory', sign)).code).toBe('CONFLICT');
    expect((await window.refusal('charter.saveVersion', { id: version.id, title: 'Autre', content: { type: 'doc' } })).message).toContain('ne change plus');
    expect(await window.call('charter.signatories')).toHaveLength(1);
    expect((await window.call('charter.versions'))[0]!.title).toBe('Charte d’intervention concertée');
    window.close();
  });

  it('prints the charter: text, signatories with dates, annex of territories, and the map', async () => {
    const folder = tempFolder();
    const { window, ehpad, ssiad } = await charterWindow(folder);
    await window.call('charter.addSignatory', { kind: 'structure', structureId: ehpad.id, field: 'Hébergement des personnes âgées', signedOn: '2015-06-18', territory: [{ kind: 'commune', code: '61169' }] });
    await window.call('charter.addSignatory', { kind: 'structure', structureId: ssiad.id, field: 'Soins infirmiers à domicile', signedOn: '2015-06-20', territory: [{ kind: 'epci', code: '200071520' }] });
    await window.call('charter.addSignatory', { kind: 'professional', lastName: 'Martin', firstName: 'Claire', profession: 'Infirmière libérale', field: 'Soins à domicile', signedOn: '2015-07-01', territory: [{ kind: 'commune', code: '61007' }] });
    const out = join(folder, 'sortie');
    mkdirSync(out);
    window.answer(join(out, 'charte'));
    const saved = await window.call('print.savePdf', { kind: 'charter' });
    expect(saved.fileName).toBe('charte.pdf');
    const pdf = readPdf(readFileSync(join(out, 'charte.pdf')));
    expect(pdf.pages).toBe(saved.pages);
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    const text = pdf.rawText.replace(/\s+/g, ' ');
    expect(text).toContain('Charte d’intervention concertée');
    expect(text).toContain('adoptée le 18 juin 2015');
    expect(text).toContain('Article 1 — Objet');
    expect(text).toContain('EHPAD Les Tilleuls');
    expect(text).toContain('Claire Martin');
    expect(text).toContain('Infirmière libérale');
    expect(text).toContain('18/06/2015');
    expect(text).toContain('CC Domfront Tinchebray Interco (EPCI)');
    expect(text).toContain('Carte des interventions');
    expect(text).toContain('Licence Ouverte');
    if (process.env.PASSERELLES_SHOTS) pdf.toPng(process.env.PASSERELLES_SHOTS, 'charter', 50);
    expect(text).toMatch(/57 communes sur le territoire, dont 40 communes sans intervenant/);
    // Annex 3 says it as the legend and the screen do.
    expect(text.match(/aucun intervenant/g)).toHaveLength(40);
    expect(text).not.toContain('aucun signataire');
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    window.close();
  }, 60_000);
});
