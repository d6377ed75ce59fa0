import type { Browser } from 'playwright-core';
import type { Printer } from '../context';
import { playwrightPdfOptions } from './pdf-options';

const documentUrl = 'http://print.passerelles.invalid/document.html';

/**
 * The printer of the test host, the CLI and the bench: Debian's Chromium driven by Playwright,
 * with the options the Electron window uses (Electron's printToPDF is the same Chromium printing).
 * The page gets only the document: every other request is refused, as in the app's print window.
 * One browser is kept for the window's life (launching costs more than printing).
 */
export function createChromiumPrinter(executablePath = process.env.PASSERELLES_CHROMIUM ?? '/usr/bin/chromium'): Printer & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  const launch = async () => {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  };
  return {
    async toPdf(html) {
      browser ??= launch();
      const context = await (await browser).newContext({ offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) =>
          route.request().url() === documentUrl ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort('blockedbyclient'),
        );
        await page.goto(documentUrl, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        return await page.pdf(playwrightPdfOptions);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
