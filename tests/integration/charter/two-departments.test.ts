import { afterAll, describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

const windows: ReturnType<typeof openTestWindow>[] = [];
afterAll(async () => {
  for (const window of windows) await window.printer.close();
});

/** The x of every point of a path: checks it stays inside the drawing. */
const xs = (path: string) => [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));

describe('charter map over two departments', () => {
  const tempFolder = useTempFolder();

  it('draws Orne and Calvados together, each outline once, and the uncovered communes stand out', async () => {
    const window = openTestWindow(tempFolder());
    windows.push(window);
    await window.createAssociation();
    // An association whose structures sit on both sides of the Orne–Calvados border.
    const flers = (await window.call('structures.create', { name: 'EHPAD Les Tilleuls', type: 'ehpad', communeCode: '61169' })).structure;
    const caen = (await window.call('structures.create', { name: 'SSIAD de Caen', type: 'ssiad', communeCode: '14118' })).structure;
    const version = await window.call('charter.createVersion', {});
    await window.call('charter.saveVersion', { id: version.id, title: 'Charte', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }] } });
    await window.call('charter.adoptVersion', { id: version.id, adoptedOn: '2015-06-18' });
    await window.call('charter.addSignatory', { kind: 'structure', structureId: flers.id, field: 'Hébergement', signedOn: '2015-06-18', territory: [{ kind: 'commune', code: '61169' }] });
    await window.call('charter.addSignatory', { kind: 'structure', structureId: caen.id, field: 'Soins à domicile', signedOn: '2015-06-19', territory: [{ kind: 'commune', code: '14118' }] });

    const map = await window.call('charter.map');
    expect(map.departments.map((d) => d.code).sort()).toEqual(['14', '61']);
    const orne = map.communes.filter((c) => c.code.startsWith('61'));
    const calvados = map.communes.filter((c) => c.code.startsWith('14'));
    expect(orne.length).toBeGreaterThan(380);
    expect(calvados.length).toBeGreaterThan(500);
    expect(map.communes.every((c) => /^M[\d.]+,[\d.]+L/.test(c.path))).toBe(true);
    // Each line drawn once: the outer outline of both departments, then the Orne–Calvados border
    // as one line (the departments share it: no double stroke, no seam).
    expect(map.departmentPaths).toHaveLength(2);
    const [outline, between] = map.departmentPaths as [string, string];
    expect(outline.length).toBeGreaterThan(between.length * 2);
    expect(between.match(/M/g)).toHaveLength(1);
    expect(between.length).toBeGreaterThan(200);
    // Both inside the drawing, Calvados north of Orne (smaller y on the page).
    const caenCommune = map.communes.find((c) => c.code === '14118')!;
    const flersCommune = map.communes.find((c) => c.code === '61169')!;
    const ys = (path: string) => [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.max(...ys(caenCommune.path))).toBeLessThan(Math.min(...ys(flersCommune.path)) + 60);
    for (const c of [caenCommune, flersCommune]) {
      expect(Math.min(...xs(c.path))).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs(c.path))).toBeLessThanOrEqual(map.width);
    }
    // The territory spans both departments; communes of it without a signatory stand out.
    const territory = map.communes.filter((c) => c.isInTerritory);
    // The table lists them by EPCI, then by name in French order (not by INSEE code).
    const french = new Intl.Collator('fr', { sensitivity: 'base' });
    const sorted = [...territory].sort((a, b) => french.compare(a.epciName, b.epciName) || french.compare(a.name, b.name));
    expect(territory.map((c) => c.code)).toEqual(sorted.map((c) => c.code));
    expect(new Set(territory.map((c) => c.epciName)).size).toBeGreaterThan(1);
    expect(territory.some((c) => c.code.startsWith('14'))).toBe(true);
    expect(territory.some((c) => c.code.startsWith('61'))).toBe(true);
    expect(caenCommune.signatories.map((s) => s.name)).toEqual(['SSIAD de Caen']);
    const uncovered = territory.filter((c) => c.signatories.length === 0);
    expect(uncovered.length).toBe(territory.length - 2);
    expect(uncovered.some((c) => c.code.startsWith('14')) && uncovered.some((c) => c.code.startsWith('61'))).toBe(true);
    window.close();
  });
});
