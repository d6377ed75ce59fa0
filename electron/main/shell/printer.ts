import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { Printer } from '../context';
import { electronPdfOptions, printContentSecurityPolicy } from '../print/pdf-options';

/**
 * Prints with Chromium's own engine (`webContents.printToPDF`) in a hidden window that loads only
 * the document: its own in-memory session refuses every request but the document's file and the
 * data: URLs it inlines (fonts, images), adds the print CSP as a header, and the page runs no
 * script (CSP script-src 'none'); only the main process asks it when its fonts are ready.
 */
export function electronPrinter(): Printer {
  return {
    async toPdf(html) {
      const folder = await mkdtemp(join(tmpdir(), 'passerelles-print-'));
      const file = join(folder, 'document.html');
      await writeFile(file, html, 'utf8');
      const documentUrl = pathToFileURL(file).href;
      const printSession = session.fromPartition(`passerelles-print-${Date.now()}`, { cache: false });
      printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url === documentUrl || details.url.startsWith('data:')) }));
      printSession.webRequest.onHeadersReceived((details, callback) =>
        callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [printContentSecurityPolicy] } }),
      );
      printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      const window = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: { session: printSession, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
      });
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      try {
        await window.loadURL(documentUrl);
        await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
        return await window.webContents.printToPDF(electronPdfOptions);
      } finally {
        window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
