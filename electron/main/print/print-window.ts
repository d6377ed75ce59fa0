import { printContentSecurityPolicy } from './pdf-options';

/**
 * Every decision of the app's print window, kept out of `shell/printer.ts` so it is tested here
 * without Electron: the shell only makes the Electron calls with these values.
 */

/** The document is written to a temporary folder of its own, removed after printing. */
export const printFolderPrefix = 'passerelles-print-';
export const printDocumentFileName = 'document.html';

/**
 * A fresh in-memory session per print (no `persist:` prefix, so nothing reaches the disk and no
 * cookie or cache of one print is seen by the next); the sequence keeps two prints started in the
 * same millisecond apart.
 */
export function printPartitionName(startedAt: number, sequence: number): string {
  return `passerelles-print-${startedAt}-${sequence}`;
}

/**
 * The page may load its own file and the data: URLs it inlines (fonts, images), nothing else: no
 * web, no other local file, not even the same file with a query that would make it another document.
 */
export function isPrintRequestAllowed(url: string, documentUrl: string): boolean {
  return url === documentUrl || url.startsWith('data:');
}

/** The response headers of the document with the print policy, replacing any other policy. */
export function withPrintPolicy(headers: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [printContentSecurityPolicy];
  return result;
}

const pixelsPerMillimetre = 96 / 25.4;

/** A4 at the CSS 96 dpi, so the page lays out at the size it prints (the PDF size comes from `@page`). */
export const printWindowSize = {
  width: Math.round(210 * pixelsPerMillimetre),
  height: Math.round(297 * pixelsPerMillimetre),
} as const;

/** The hidden window: no preload, no Node, sandboxed, the web's own rules; the session is added by the shell. */
export const printWindowPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webSecurity: true,
  spellcheck: false,
  javascript: true,
} as const;

/**
 * Asked by the main process, not by the page (the page's CSP runs no script of its own): printing
 * before the fonts are decoded would lay the document out in a fallback font.
 */
export const fontsReadyScript = 'document.fonts.ready.then(() => document.fonts.status === "loaded")';
