import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { CallName } from '../../shared/api';
import type { Newsletter } from '../../shared/api/newsletters';
import { dispatch } from '../../electron/main/dispatch';
import { closeWindowSession } from '../../electron/main/handlers/association';
import { createHostWindow } from '../../electron/main/host-window';
import { playwrightPdfOptions } from '../../electron/main/print/pdf-options';
import { buildPrintable } from '../../electron/main/print/printables';
import type { Bench } from './registry';

type Window = ReturnType<typeof createHostWindow>;

async function call<T>(window: Window, name: CallName, input?: unknown): Promise<T> {
  const result = await dispatch(window.handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const sentence =
  'Les structures du territoire ont partagé leurs besoins en remplacement : la GTEC a permis de mesurer les CDD de chaque métier, et les agents à domicile comme les agents de service interne pourraient être employés à plusieurs, sur un poste partagé, avec l’appui de l’OPCA.';

/** A letter as long as the seeds' (four A4 pages): six sections of eight paragraphs, figures, members. */
async function fourPageLetter(window: Window): Promise<Newsletter> {
  for (let i = 0; i < 30; i += 1) await call(window, 'structures.create', { name: `Structure ${i + 1}`, type: i % 2 ? 'ehpad' : 'saad', headcount: 40 + i });
  const letter = await call<Newsletter>(window, 'newsletters.create', { fromPrevious: false });
  const sections = letter.sections.map((section) =>
    section.kind === 'text' ? { ...section, content: { type: 'doc', content: Array.from({ length: 10 }, () => paragraph(sentence)) } } : section,
  );
  return call<Newsletter>(window, 'newsletters.save', { id: letter.id, title: letter.title, period: 'Décembre 2013', sections });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export const printingBenches: Bench[] = [
  {
    name: 'printing: 4-page newsletter from the stored draft, vs Chromium printing the same HTML',
    target: 1.3,
    async run() {
      const folder = mkdtempSync(join(tmpdir(), 'passerelles-bench-print-'));
      const window = createHostWindow(folder);
      const browser = await chromium.launch({ executablePath: process.env.PASSERELLES_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      try {
        window.enqueue(join(folder, 'bench.passerelles'));
        await call(window, 'association.create', { name: 'Bench', territory: '' });
        const letter = await fourPageLetter(window);
        const file = window.context.session.file!;
        const printable = { kind: 'newsletter' as const, id: letter.id };
        const html = (await buildPrintable(file, printable, new Date())).html;
        const page = await browser.newPage();
        const baseline = async () => {
          await page.setContent(html, { waitUntil: 'load' });
          await page.evaluate('document.fonts.ready.then(() => true)');
          return page.pdf(playwrightPdfOptions);
        };
        const measured = async () => {
          const built = await buildPrintable(file, printable, new Date());
          return window.printer.toPdf(built.html);
        };
        const pages = ((await measured()).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
        if (pages !== 4) throw new Error(`bench: la lettre fait ${pages} pages, pas 4`);
        await baseline();
        await measured();
        const times: number[] = [];
        const baselineTimes: number[] = [];
        for (let i = 0; i < 7; i += 1) {
          let start = performance.now();
          await baseline();
          baselineTimes.push(performance.now() - start);
          start = performance.now();
          await measured();
          times.push(performance.now() - start);
        }
        return { ms: median(times), baselineMs: median(baselineTimes) };
      } finally {
        await browser.close();
        await window.printer.close();
        closeWindowSession(window.context);
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
];
