import { afterAll, describe, expect, it } from 'vitest';
import type { Newsletter } from '../../../shared/api/newsletters';
import { readPdf } from '../../support/pdf';
import { useTempFolder } from '../../support/temp-folder';
import { pooledWindow, printWindows } from '../print/pooled-window';

afterAll(async () => {
  for (const window of printWindows) await window.printer.close();
});

const figureOf = (letter: Newsletter, key: string) => letter.data.figures.find((f) => f.key === key);

describe('the newsletter’s key figures from the CDD analysis', () => {
  const tempFolder = useTempFolder();

  it('counts the pooled positions the analysis proposes, FTE to two decimals, frozen on publication', async () => {
    const window = await pooledWindow(tempFolder());
    const draft = await window.call('newsletters.create', { fromPrevious: false });
    // The same positions as the steering-committee report details, from the same saved thresholds.
    const report = await window.call('print.preview', { kind: 'pooling' });
    const positions = report.html.match(/Poste partagé entre/g)?.length ?? 0;
    expect(positions).toBeGreaterThan(0);
    expect(figureOf(draft, 'pooledPositions')).toEqual({
      key: 'pooledPositions',
      value: positions,
      unit: positions === 1 ? 'poste mutualisable' : 'postes mutualisables',
      label: 'proposés par l’analyse des CDD',
    });
    // 12 × (130 + 20) h = 1 800 h over 12 months at 1 607 h per FTE: 1,12 FTE.
    expect(figureOf(draft, 'cddHours')?.label).toBe('soit 1,12 ETP par an');
    // Months in words, the hours of an FTE without a stray « ,0 ».
    expect(draft.data.figuresNote).toBe('CDD de janvier 2025 à décembre 2025, 1 ETP = 1\u202f607 heures par an.');

    // The contacts box takes a register contact with its details from the register.
    const [choice] = await window.call('newsletters.contactChoices');
    expect(choice).toMatchObject({ name: 'Marie Lefèvre', structureName: 'EHPAD Les Tilleuls' });
    const sections = draft.sections.map((section) => (section.kind === 'contacts' ? { ...section, contactIds: [choice!.id] } : section));
    const saved = await window.call('newsletters.save', { id: draft.id, title: draft.title, period: draft.period, sections });
    expect(saved.data.contacts).toEqual([expect.objectContaining({ name: 'Marie Lefèvre', email: 'direction@tilleuls.fr', phone: '02 33 65 00 00', structureName: 'EHPAD Les Tilleuls' })]);

    const published = await window.call('newsletters.publish', { id: draft.id });
    await window.call('contacts.save', { structureId: (window.db().prepare('SELECT structure_id AS id FROM contact').get() as { id: number }).id, contactId: choice!.id, contact: { name: 'Marie Lefèvre', role: 'director', email: 'autre@tilleuls.fr', phone: '' } });
    window.db().prepare('DELETE FROM cdd_entry').run();
    const later = await window.call('newsletters.get', { id: published.id });
    expect(figureOf(later, 'pooledPositions')?.value).toBe(positions);
    const pdf = readPdf(await window.printer.toPdf((await window.call('print.preview', { kind: 'newsletter', id: published.id })).html));
    const printed = pdf.rawText.replace(/\s+/g, ' ');
    expect(printed).toMatch(new RegExp(`${positions} postes? mutualisables?`));
    // Frozen: the contact as it was when the letter was published.
    expect(printed).toContain('direction@tilleuls.fr');
    expect(printed).not.toContain('autre@tilleuls.fr');

    // A new draft follows the data: no CDD any more, no pooled positions figure.
    const next = await window.call('newsletters.create', { fromPrevious: true });
    expect(figureOf(next, 'pooledPositions')).toBeUndefined();
    expect(figureOf(next, 'cddHours')).toBeUndefined();
    window.close();
  }, 90_000);
});
