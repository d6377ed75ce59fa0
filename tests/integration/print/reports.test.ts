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
    const preview = await window.call('print.preview', { kind: 'pooling' });
    expect(preview.html).toContain('class="monthly-chart"');
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
    const preview = await window.call('print.preview', { kind: 'register' });
    const pdf = readPdf(await window.printer.toPdf(preview.html));
    if (process.env.PASSERELLES_SHOTS) pdf.toPng(process.env.PASSERELLES_SHOTS, 'register', 50);
    const text = pdf.rawText.replace(/\s+/g, ' ');
    expect(text).toContain('Registre des structures');
    expect(text).toContain('ESAT du Houlme');
    expect(text).toContain('Flers');
    expect(text).toContain('Marie Lefèvre');
    expect(text).toContain('direction@tilleuls.fr');
    window.close();
  }, 60_000);
});
