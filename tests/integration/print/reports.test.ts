import { afterAll, describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { readPdf } from '../../support/pdf';
import { useTempFolder } from '../../support/temp-folder';
import { pooledWindow, printWindows } from './pooled-window';

const windows = printWindows;
afterAll(async () => {
  for (const window of windows) await window.printer.close();
});

describe('steering-committee report and register list', () => {
  const tempFolder = useTempFolder();

  it('prints the pooling analysis: summary first, thresholds, families, each candidate with its chart and its months', async () => {
    const window = await pooledWindow(tempFolder());
    // A structure with a long name, as the register has them: its column header wraps, the months do not.
    const saad = window.db().prepare("SELECT id FROM structure WHERE name = 'SAAD du Bocage'").get() as { id: number };
    await window.call('structures.update', { id: saad.id, changes: { name: 'Service d’aide et d’accompagnement à domicile des personnes âgées et handicapées du Bocage ornais' } });
    const preview = await window.call('print.preview', { kind: 'pooling' });
    expect(preview.html).toContain('class="monthly-chart"');
    // The chart's months are French abbreviations, with their full stop.
    expect(preview.html).toMatch(/<text[^>]*>janv\.<\/text>/);
    expect(preview.html).not.toContain('<canvas');
    const pdf = readPdf(await window.printer.toPdf(preview.html));
    if (process.env.PASSERELLES_SHOTS) pdf.toPng(process.env.PASSERELLES_SHOTS, 'pooling', 50);
    const first = pdf.pageText(1).replace(/\s+/g, ' ');
    expect(first).toContain('Mutualisation des emplois : analyse des CDD');
    expect(first).toContain('De janvier 2025 à décembre 2025');
    expect(first).toContain('En résumé');
    expect(first).toContain('Seuils retenus');
    const text = pdf.rawText.replace(/\s+/g, ' ');
    expect(text).toContain('Les familles de métiers');
    expect(text).toMatch(/Agent de service|agent de service/);
    expect(text).toContain('un temps plein');
    expect(text).toMatch(/Poste partagé entre .*EHPAD Les Tilleuls/);
    expect(text).toMatch(/janv\.? 25/);
    // Each month of a position's table on one line (pdftotext keeps the lines as printed).
    for (const month of ['janv. 25', 'févr. 25', 'sept. 25', 'déc. 25']) expect(pdf.rawText).toContain(month);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    window.close();
  }, 90_000);

  it('refuses the report while no CDD data is imported', async () => {
    const window = openTestWindow(tempFolder());
    windows.push(window);
    await window.createAssociation();
    expect((await window.refusal('print.preview', { kind: 'pooling' })).message).toContain('Aucune donnée CDD');
    window.close();
  });

  it('prints the register as a list for a meeting: name, type, commune, contacts', async () => {
    const window = await pooledWindow(tempFolder());
    for (const name of ['Structure 10', 'Élan', 'Structure 2', 'esat de la Vallée']) await window.call('structures.create', { name });
    // Reference names and typed names come with a straight apostrophe; the list prints the French one.
    await window.call('structures.create', { name: "Foyer l'Escale", communeCode: '61214' });
    const preview = await window.call('print.preview', { kind: 'register' });
    const pdf = readPdf(await window.printer.toPdf(preview.html));
    if (process.env.PASSERELLES_SHOTS) pdf.toPng(process.env.PASSERELLES_SHOTS, 'register', 50);
    const text = pdf.rawText.replace(/\s+/g, ' ');
    expect(text).toContain('Registre des structures');
    expect(text).toContain('ESAT du Houlme');
    expect(text).toContain('Flers');
    expect(text).toContain('Marie Lefèvre');
    expect(text).toContain('direction@tilleuls.fr');
    expect(text).toContain('Foyer l’Escale');
    expect(text).toContain('L’Aigle (61300)');
    expect(text).not.toContain("'");
    // In French order: accents and case aside, numbers as numbers.
    const order = ['EHPAD Les Tilleuls', 'Élan', 'esat de la Vallée', 'ESAT du Houlme', 'SAAD du Bocage', 'Structure 2', 'Structure 10'];
    const positions = order.map((name) => text.indexOf(name));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    window.close();
  }, 60_000);
});
