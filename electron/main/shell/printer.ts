import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { Printer } from '../context';
import { electronPdfOptions } from '../print/pdf-options';
import {
  assertFontsReady,
  fontsReadyScript,
  isPrintRequestAllowed,
  printDocumentFileName,
  printFolderPrefix,
  printPartitionName,
  printWindowPreferences,
  printWindowSize,
  withPrintPolicy,
} from '../print/print-window';

/**
 * Prints with Chromium's own engine (`webContents.printToPDF`) in a hidden window that loads only
 * the document. Every choice (which requests pass, the policy header, the window, the wait for the
 * fonts) is in print/print-window.ts with its tests: only the Electron calls are here.
 */
export function electronPrinter(): Printer {
  let sequence = 0;
  return {
    async toPdf(html) {
      const folder = await mkdtemp(join(tmpdir(), printFolderPrefix));
      const file = join(folder, printDocumentFileName);
      await writeFile(file, html, 'utf8');
      const documentUrl = pathToFileURL(file).href;
      const printSession = session.fromPartition(printPartitionName(Date.now(), (sequence += 1)), { cache: false });
      printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url, documentUrl) }));
      printSession.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withPrintPolicy(details.responseHeaders) }));
      printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      const window = new BrowserWindow({ show: false, ...printWindowSize, webPreferences: { ...printWindowPreferences, session: printSession } });
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      try {
        await window.loadURL(documentUrl);
        assertFontsReady(await window.webContents.executeJavaScript(fontsReadyScript));
        return await window.webContents.printToPDF(electronPdfOptions);
      } finally {
        window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
