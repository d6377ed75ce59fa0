import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Newsletter, NewsletterSection } from '../../../shared/api/newsletters';
import { openTestWindow } from '../../support/host';
import { readPdf } from '../../support/pdf';
import { savePdfAs } from '../../support/saved-pdf';
import { useTempFolder } from '../../support/temp-folder';

const windows: ReturnType<typeof openTestWindow>[] = [];
afterAll(async () => {
  for (const window of windows) await window.printer.close();
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const withText = (sections: NewsletterSection[], texts: Record<string, string>) =>
  sections.map((section) => (section.kind === 'text' && texts[section.title] ? { ...section, content: { type: 'doc', content: [paragraph(texts[section.title]!)] } } : section));

async function letterWindow(folder: string) {
  const window = openTestWindow(folder);
  windows.push(window);
  await window.createAssociation();
  for (const [name, finess, headcount] of [['EHPAD Les Tilleuls', '610000010', 85], ['SSIAD du Bocage', '610000028', 20]] as const) {
    const { structure } = await window.call('structures.create', { name, finessEt: finess, headcount });
    await window.call('memberships.save', { structureId: structure.id, membership: { year: new Date().getFullYear(), isMember: true } });
  }
  return window;
}

describe('newsletters', () => {
  const tempFolder = useTempFolder();

  it('numbers drafts, computes the figures live, freezes them on publication, and starts the next from it', async () => {
    const window = await letterWindow(tempFolder());
    const first = await window.call('newsletters.create', { fromPrevious: false });
    expect(first).toMatchObject({ number: 1, status: 'draft', title: 'Lettre d’information' });
    expect(first.sections.map((s) => s.kind)).toEqual(['text', 'keyFigures', 'text', 'text', 'text', 'text', 'members', 'contacts']);
    const figure = (letter: Newsletter, key: string) => letter.data.figures.find((f) => f.key === key)?.value;
    expect(figure(first, 'structures')).toBe(2);
    expect(figure(first, 'establishments')).toBe(2);
    expect(figure(first, 'jobs')).toBe(105);
    expect(figure(first, 'members')).toBe(2);

    const saved = await window.call('newsletters.save', { id: first.id, title: first.title, period: 'Décembre 2013', sections: withText(first.sections, { Édito: 'La GTEC se poursuit avec l’URIOPSS.' }) });
    const published = await window.call('newsletters.publish', { id: saved.id });
    expect(published.status).toBe('published');
    // The data changes; the published letter does not.
    await window.call('structures.create', { name: 'ESAT du Houlme', finessEt: '610000036', headcount: 60 });
    await window.call('glossary.save', { acronym: 'GTEC', definition: 'Une autre définition' });
    const again = await window.call('newsletters.get', { id: first.id });
    expect(figure(again, 'structures')).toBe(2);
    expect(figure(again, 'jobs')).toBe(105);
    expect(again.data.glossary.find((g) => g.acronym === 'GTEC')?.definition).toBe('Gestion territoriale des emplois et des compétences');
    expect((await window.refusal('newsletters.save', { id: first.id, title: 'Autre', period: '', sections: [] })).message).toContain('est publiée');

    const second = await window.call('newsletters.create', { fromPrevious: true });
    expect(second.number).toBe(2);
    expect(second.sections.map((s) => [s.kind, s.title])).toEqual(saved.sections.map((s) => [s.kind, s.title]));
    expect(JSON.stringify(second.sections)).not.toContain('URIOPSS');
    expect(figure(second, 'structures')).toBe(3);
    window.close();
  });

  it('prints a letter with its figures, boxes and exactly the glossary entries it uses, marked at first use', async () => {
    const folder = tempFolder();
    const window = await letterWindow(folder);
    const letter = await window.call('newsletters.create', { fromPrevious: false });
    const sections = withText(letter.sections, {
      Édito: 'Deux ans après l’expérimentation GTEC, l’association réunit les EHPAD et les SSIAD du Bocage, avec l’appui de l’URIOPSS et de l’ARACT.',
      Formation: 'Une formation commune sur le vieillissement a réuni dix professionnels ; la GTEC continue.',
    });
    await window.call('newsletters.save', { id: letter.id, title: 'Lettre d’information', period: 'Décembre 2013', sections });
    const pdf = await savePdfAs(window, folder, 'lettre-1.pdf', { kind: 'newsletter', id: letter.id });
    const text = pdf.rawText.replace(/\s+/g, ' ');
    expect(text).toContain('Lettre d’information n°1');
    expect(text).toContain('Décembre 2013');
    expect(text).toContain('Repères');
    expect(text).toMatch(/2 établissements/);
    expect(text).toMatch(/105 emplois/);
    expect(text).toContain('EHPAD Les Tilleuls');
    // Marked once, at the first use.
    expect(text.match(/GTEC\*/g)).toHaveLength(1);
    expect(text).toContain('URIOPSS*');
    // Exactly the glossary entries used (FINESS comes from the figures' wording).
    const glossary = text.slice(text.lastIndexOf('Glossaire'));
    for (const used of ['ARACT', 'EHPAD', 'FINESS', 'GTEC', 'SSIAD', 'URIOPSS']) expect(glossary).toContain(used);
    for (const unused of ['CRESS', 'MARPA', 'SIAE', 'CPOM', 'ESAT']) expect(glossary).not.toContain(unused);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    window.close();
  }, 60_000);

  it('stores an added image in the file and prints it; refuses a file that is not an image', async () => {
    const folder = tempFolder();
    const window = await letterWindow(folder);
    const letter = await window.call('newsletters.create', { fromPrevious: false });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    writeFileSync(join(folder, 'logo.png'), png);
    writeFileSync(join(folder, 'faux.png'), '<svg onload="alert(1)"/>');
    window.answer(join(folder, 'logo.png'));
    const image = await window.call('newsletters.addImage', { id: letter.id });
    expect(image.dataUrl).toMatch(/^data:image\/png;base64,/);
    window.answer(join(folder, 'faux.png'));
    expect((await window.refusal('newsletters.addImage', { id: letter.id })).message).toContain('n’est pas une image');
    const sections = letter.sections.map((s, i) => (i === 0 && s.kind === 'text' ? { ...s, content: { type: 'doc', content: [{ type: 'image', attrs: { src: `passerelles-image:${image.id}`, alt: 'Logo' } }, { type: 'image', attrs: { src: 'https://example.org/a.png' } }] } } : s));
    await window.call('newsletters.save', { id: letter.id, title: letter.title, period: '', sections });
    const preview = await window.call('print.preview', { kind: 'newsletter', id: letter.id });
    expect(preview.html).toContain(`<img src="${image.dataUrl}" alt="Logo" />`);
    expect(preview.html).not.toContain('example.org');
    window.close();
  }, 60_000);

  it('lists the members and the contacts to choose from in French order', async () => {
    const window = await letterWindow(tempFolder());
    for (const name of ['Structure 10', 'Élan', 'Structure 2', 'esat de la Vallée']) {
      const { structure } = await window.call('structures.create', { name });
      await window.call('memberships.save', { structureId: structure.id, membership: { year: new Date().getFullYear(), isMember: true } });
      await window.call('contacts.save', { structureId: structure.id, contact: { name: `Contact ${name}`, role: 'director' } });
    }
    // Accents and case aside, numbers as numbers: not SQLite's byte order (É after Z, 10 before 2).
    const expected = ['EHPAD Les Tilleuls', 'Élan', 'esat de la Vallée', 'SSIAD du Bocage', 'Structure 2', 'Structure 10'];
    const draft = await window.call('newsletters.create', { fromPrevious: false });
    expect(draft.data.members.map((member) => member.name)).toEqual(expected);
    const choices = await window.call('newsletters.contactChoices');
    expect(choices.map((choice) => choice.structureName)).toEqual(['Élan', 'esat de la Vallée', 'Structure 2', 'Structure 10']);
    window.close();
  });

  it('prepares the e-mail: the PDF attached, the members for the Bcc line, the unsubscribed left out', async () => {
    const folder = tempFolder();
    const window = await letterWindow(folder);
    const structures = await window.call('structures.list');
    await window.call('contacts.save', { structureId: structures[0]!.id, contact: { name: 'Marie Lefèvre', role: 'director', email: 'direction@tilleuls.fr' } });
    await window.call('contacts.save', { structureId: structures[1]!.id, contact: { name: 'Paul Martin', role: 'director', email: 'Paul.Martin@ssiad.fr' } });
    await window.call('newsletters.addUnsubscribe', { email: 'paul.martin@ssiad.fr', askedOn: '2024-01-10' });
    const letter = await window.call('newsletters.create', { fromPrevious: false });
    const prepared = await window.call('newsletters.prepareEmail', { id: letter.id });
    expect(prepared.recipients).toEqual(['direction@tilleuls.fr']);
    expect(prepared.unsubscribed).toBe(1);
    expect(prepared.opening).toBe('opened');
    const eml = readFileSync(join(prepared.folder, prepared.fileName), 'latin1');
    expect(eml).toContain('X-Unsent: 1');
    expect(eml).toContain('application/pdf');
    expect(eml).not.toContain('paul.martin');
    expect(readPdf(readFileSync(join(prepared.folder, prepared.pdfFileName))).rawText).toContain('n°1');
    expect(window.desktopRequests.at(-1)).toMatchObject({ action: 'open' });
    window.close();
  }, 60_000);
});
