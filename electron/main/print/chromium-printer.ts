import type { Browser, Page } from 'playwright-core';
import type { Printer } from '../context';
import { playwrightPdfOptions } from './pdf-options';
import { assertFontsReady, fontsReadyScript } from './print-window';

/**
 * The printer of the test host, the CLI and the bench: Debian's Chromium driven by Playwright,
 * with the options the Electron window uses (Electron's printToPDF is the same Chromium printing).
 * The page gets only the document: it is set as the page's content and every request the page
 * would make is refused, as in the app's print window (fonts and images are inlined data: URLs).
 * One browser and one page are kept for the window's life, and prints take turns on it: launching
 * a browser or even opening a new context costs more than printing a letter (measured: ×4).
 */
export function createChromiumPrinter(executablePath = process.env.PASSERELLES_CHROMIUM ?? '/usr/bin/chromium'): Printer & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const launch = async () => {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  };
  const openPage = async () => {
    browser ??= launch();
    const context = await (await browser).newContext({ offline: true, javaScriptEnabled: true });
    const opened = await context.newPage();
    await opened.route('**/*', (route) => route.abort('blockedbyclient'));
    return opened;
  };
  const print = async (html: string) => {
    page ??= openPage();
    const current = await page;
    await current.setContent(html, { waitUntil: 'load' });
    assertFontsReady(await current.evaluate(fontsReadyScript));
    return current.pdf(playwrightPdfOptions);
  };
  return {
    toPdf(html) {
      const result = queue.then(() => print(html));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const closing = browser;
      browser = null;
      page = null;
      if (closing) await (await closing).close();
    },
  };
}
