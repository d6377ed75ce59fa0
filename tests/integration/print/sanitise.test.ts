import { afterAll, describe, expect, it } from 'vitest';
import type { RichText } from '../../../shared/api/rich-text';
import { cleanRichText } from '../../../electron/main/print/rich-text/clean';
import { richTextToHtml } from '../../../electron/main/print/rich-text/render';
import { openTestWindow } from '../../support/host';
import { readPdf } from '../../support/pdf';
import { useTempFolder } from '../../support/temp-folder';

/** What a hostile paste or a forged call could send: each attack next to a harmless sentence. */
const hostile: RichText = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Texte légitime avant.' }] },
    { type: 'script', content: [{ type: 'text', text: 'alert("script")' }] },
    { type: 'rawHtml', attrs: { html: '<script>alert(1)</script><img src=x onerror="alert(2)">' } },
    { type: 'image', attrs: { src: 'passerelles-image:1', onerror: 'alert(3)', alt: 'logo' } },
    { type: 'image', attrs: { src: 'https://tracker.example.org/pixel.png' } },
    { type: 'image', attrs: { src: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNCk+' } },
    { type: 'paragraph', attrs: { style: 'background-image: url(https://tracker.example.org/bg.png)' }, content: [{ type: 'text', text: 'Lien piégé', marks: [{ type: 'link', attrs: { href: 'javascript:alert(5)' } }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Vrai lien', marks: [{ type: 'link', attrs: { href: 'https://www.mce-m3s.fr/', onclick: 'alert(6)' } }, { type: 'bold', attrs: { style: 'x' } }] }] },
  ],
};

const attacks = [/script/i, /onerror/i, /alert/, /javascript:/i, /tracker\.example/, /url\(/, /svg/, /onclick/, /style/];

describe('sanitisation of rich text', () => {
  const tempFolder = useTempFolder();
  const windows: ReturnType<typeof openTestWindow>[] = [];
  afterAll(async () => {
    for (const window of windows) await window.printer.close();
  });

  it('keeps the text and the safe link, and drops every script, handler, remote image and CSS url()', () => {
    const clean = JSON.stringify(cleanRichText(hostile));
    for (const attack of attacks) expect(clean).not.toMatch(attack);
    expect(clean).toContain('Texte légitime avant.');
    expect(clean).toContain('Lien piégé');
    expect(clean).toContain('https://www.mce-m3s.fr/');
    expect(clean).toContain('passerelles-image:1');
  });

  it('renders through sanitize-html: even a stored text that escaped cleaning prints nothing active', () => {
    const html = richTextToHtml(hostile, (id) => (id === 1 ? 'data:image/png;base64,iVBORw0KGgo=' : null));
    for (const attack of attacks) expect(html).not.toMatch(attack);
    expect(html).toContain('<a href="https://www.mce-m3s.fr/"><strong>Vrai lien</strong></a>');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo" />');
  });

  it('neither the stored charter nor its PDF holds any of it', async () => {
    const window = openTestWindow(tempFolder());
    windows.push(window);
    await window.createAssociation();
    const version = await window.call('charter.createVersion', {});
    await window.call('charter.saveVersion', { id: version.id, title: 'Charte', content: hostile });
    const stored = (window.db().prepare('SELECT content FROM charter_version WHERE id = ?').get(version.id) as { content: string }).content;
    for (const attack of attacks) expect(stored).not.toMatch(attack);
    const preview = await window.call('print.preview', { kind: 'charter' });
    // The document's own SVG map and legend swatches are not the text's: look for the attacks themselves.
    const body = preview.html.slice(preview.html.indexOf('<body>'));
    for (const attack of [/<script/i, /onerror/i, /alert\(/, /javascript:/i, /tracker\.example/, /url\(/, /onclick/]) expect(body).not.toMatch(attack);
    const pdf = readPdf(await window.printer.toPdf(preview.html));
    expect(pdf.rawText).toContain('Texte légitime avant.');
    expect(pdf.rawText).not.toMatch(/alert|javascript/);
    window.close();
  }, 60_000);
});
