import { createElement } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/main/print/chromium-printer';
import { renderDocument } from '../../../electron/main/print/document';
import { readPdf } from '../../support/pdf';

const printer = createChromiumPrinter();
afterAll(() => printer.close());

describe('print engine', () => {
  it('prints A4 pages with running headers, page numbers and embedded fonts, and nothing from outside', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraphe ${i + 1} : l’association réunit les employeurs du territoire « Pays du Bocage ».`);
    const html = renderDocument({
      title: 'Essai',
      header: { left: 'MCE-M3S', right: 'Essai d’impression' },
      footer: 'Pied de page',
      body: createElement(
        'main',
        null,
        createElement('h1', null, 'Essai d’impression'),
        ...paragraphs.map((text) => createElement('p', { key: text }, text)),
      ),
    });
    expect(html).toContain("script-src 'none'");
    const pdf = readPdf(await printer.toPdf(html));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.info).toMatch(/Page size:\s+59\d(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(pdf.pageText(1)).not.toContain('Essai d’impression\n'.repeat(2));
    expect(pdf.pageText(2)).toContain('MCE-M3S');
    expect(pdf.pageText(2)).toMatch(/Page 2 sur 2/);
    expect(pdf.text).toContain('Paragraphe 40');
    expect(pdf.fonts.some((font) => /SourceSans3/.test(font.name) && font.embedded)).toBe(true);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
  }, 60_000);

  it('refuses to print in a fallback font when a font of the document does not load, and prints the next document', async () => {
    const page = (fontCss: string) =>
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${fontCss} body{font-family:'Source Sans 3',serif}</style></head><body><p>Texte</p></body></html>`;
    const brokenFace = "@font-face{font-family:'Source Sans 3';font-weight:400;src:url(data:font/woff2;base64,d09GMgABAAAA) format('woff2');}";
    await expect(printer.toPdf(page(brokenFace))).rejects.toThrow(/^Les polices du document n’ont pas pu être chargées \(Source Sans 3 400\) : le PDF n’a pas été créé/);
    await expect(printer.toPdf(page(''))).rejects.toThrow(/Source Sans 3 manque/);
    const pdf = readPdf(await printer.toPdf(renderDocument({ title: 'Après', header: { left: 'MCE-M3S', right: 'Essai' }, footer: 'Pied', body: createElement('p', null, 'Imprimé.') })));
    expect(pdf.text).toContain('Imprimé.');
  }, 60_000);
});
