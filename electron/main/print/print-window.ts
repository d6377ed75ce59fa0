import { fail } from '../errors';
import { bodyFont } from './fonts';
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

/** How long the fonts may take to load (they are inlined: a few milliseconds when all is well). */
export const fontsTimeoutMs = 15_000;

/**
 * Asked by the main process, not by the page (the page's CSP runs no script of its own): printing
 * before the fonts are decoded would lay the document out in a fallback font. Answers, once the
 * loading is over (or after `fontsTimeoutMs`), how each font face of the document stands.
 */
export const fontsReadyScript = `Promise.race([
  document.fonts.ready.then(() => ({
    status: document.fonts.status,
    faces: [...document.fonts].map((face) => ({ family: face.family, weight: face.weight, style: face.style, status: face.status })),
  })),
  new Promise((resolve) => setTimeout(() => resolve({ status: 'timeout', faces: [] }), ${fontsTimeoutMs})),
])`;

type FaceAnswer = { family: string; weight: string; style: string; status: string };
type FontsAnswer = { status: string; faces: FaceAnswer[] };

const isFontsAnswer = (answer: unknown): answer is FontsAnswer =>
  typeof answer === 'object' && answer !== null && typeof (answer as FontsAnswer).status === 'string' && Array.isArray((answer as FontsAnswer).faces);

const familyName = (family: string) => family.replace(/^["']|["']$/g, '');

/**
 * What the printer does with the answer of `fontsReadyScript`: null when the document may print;
 * otherwise the French message to fail with. A face that failed to load, a loading that never
 * ended, or no face of the body font loaded at all would print the PDF in a fallback font.
 */
export function fontsProblem(answer: unknown, bodyFamily = bodyFont): string | null {
  const advice = 'le PDF n’a pas été créé, pour ne pas l’imprimer dans une police de remplacement. Réessayez ; si cela se reproduit, réinstallez Passerelles.';
  if (!isFontsAnswer(answer)) return `Les polices du document n’ont pas pu être vérifiées : ${advice}`;
  if (answer.status !== 'loaded') return `Les polices du document n’ont pas pu être chargées à temps : ${advice}`;
  const failed = answer.faces.filter((face) => face.status === 'error');
  if (failed.length > 0) {
    const names = failed.map((face) => `${familyName(face.family)} ${face.weight}${face.style === 'italic' ? ' italique' : ''}`);
    return `Les polices du document n’ont pas pu être chargées (${names.join(', ')}) : ${advice}`;
  }
  if (!answer.faces.some((face) => familyName(face.family) === bodyFamily && face.status === 'loaded')) {
    return `Les polices du document n’ont pas pu être chargées (${bodyFamily} manque) : ${advice}`;
  }
  return null;
}

/** Fails with the French message when the fonts are not ready (both printers call it before printing). */
export function assertFontsReady(answer: unknown, bodyFamily = bodyFont): void {
  const problem = fontsProblem(answer, bodyFamily);
  if (problem) fail('INTERNAL', problem);
}
