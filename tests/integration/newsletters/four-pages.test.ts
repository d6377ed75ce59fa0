import { afterAll, describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { savePdfAs } from '../../support/saved-pdf';
import { useTempFolder } from '../../support/temp-folder';

const windows: ReturnType<typeof openTestWindow>[] = [];
afterAll(async () => {
  for (const window of windows) await window.printer.close();
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const sentence =
  'Les structures du territoire ont partagé leurs besoins en remplacement : la GTEC a permis de mesurer les CDD de chaque métier, et les agents à domicile comme les agents de service interne pourraient être employés à plusieurs, sur un poste partagé, avec l’appui de l’OPCA.';

describe('a letter as long as the seeds’', () => {
  const tempFolder = useTempFolder();

  it('is stored, published, and prints to exactly four A4 pages with its text', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    windows.push(window);
    await window.createAssociation();
    // The same letter as the bench: thirty structures, the text sections ten paragraphs long.
    for (let i = 0; i < 30; i += 1) await window.call('structures.create', { name: `Structure ${i + 1}`, type: i % 2 ? 'ehpad' : 'saad', headcount: 40 + i });
    const draft = await window.call('newsletters.create', { fromPrevious: false });
    const sections = draft.sections.map((section) =>
      section.kind === 'text' ? { ...section, content: { type: 'doc', content: Array.from({ length: 10 }, (_, n) => paragraph(`${section.title} ${n + 1}. ${sentence}`)) } } : section,
    );
    await window.call('newsletters.save', { id: draft.id, title: draft.title, period: 'Décembre 2013', sections });
    await window.call('newsletters.publish', { id: draft.id });
    // Read back from the file: what prints is the stored letter, not the page's copy.
    const stored = await window.call('newsletters.get', { id: draft.id });
    expect(stored.status).toBe('published');

    const pdf = await savePdfAs(window, folder, 'lettre-1.pdf', { kind: 'newsletter', id: draft.id });
    expect(pdf.pages).toBe(4);
    expect(pdf.info).toMatch(/Page size:.*\(A4\)/);
    const text = pdf.rawText.replace(/\s+/g, ' ');
    expect(text).toContain('Lettre d’information n°1');
    expect(text).toContain('Décembre 2013');
    expect(text).toContain('Repères');
    // Every paragraph of every text section is printed, none lost at a page break.
    for (const section of sections.filter((s) => s.kind === 'text')) {
      for (let n = 1; n <= 10; n += 1) expect(text).toContain(`${section.title} ${n}.`);
    }
    expect(text).toMatch(/30 structures employeurs du registre/);
    expect(pdf.pageText(4)).toContain('Page 4 sur 4');
    expect(pdf.pageText(1)).toContain('Lettre d’information n°1');
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    window.close();
  }, 90_000);
});
