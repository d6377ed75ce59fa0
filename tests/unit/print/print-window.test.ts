import { describe, expect, it } from 'vitest';
import { electronPdfOptions, playwrightPdfOptions, printContentSecurityPolicy } from '../../../electron/main/print/pdf-options';
import {
  assertFontsReady,
  fontsProblem,
  isPrintRequestAllowed,
  printPartitionName,
  printWindowPreferences,
  printWindowSize,
  withPrintPolicy,
} from '../../../electron/main/print/print-window';

const documentUrl = 'file:///tmp/passerelles-print-abc/document.html';

describe('the print window of the app', () => {
  it('loads only its document and the data: URLs the document inlines', () => {
    expect(isPrintRequestAllowed(documentUrl, documentUrl)).toBe(true);
    expect(isPrintRequestAllowed('data:font/woff2;base64,d09GMgABAAAA', documentUrl)).toBe(true);
    expect(isPrintRequestAllowed('data:image/png;base64,iVBORw0KGgo=', documentUrl)).toBe(true);
    expect(isPrintRequestAllowed('https://example.org/tracker.png', documentUrl)).toBe(false);
    expect(isPrintRequestAllowed('http://localhost:5173/', documentUrl)).toBe(false);
    expect(isPrintRequestAllowed('file:///etc/passwd', documentUrl)).toBe(false);
    expect(isPrintRequestAllowed('file:///tmp/passerelles-print-abc/other.html', documentUrl)).toBe(false);
    expect(isPrintRequestAllowed(`${documentUrl}?x=1`, documentUrl)).toBe(false);
  });

  it('sets the print policy on the document, replacing any other policy whatever its case', () => {
    const headers = withPrintPolicy({ 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html', 'X-Other': ['a', 'b'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'X-Other': ['a', 'b'], 'Content-Security-Policy': [printContentSecurityPolicy] });
    expect(withPrintPolicy(undefined)).toEqual({ 'Content-Security-Policy': [printContentSecurityPolicy] });
  });

  it('has a policy that runs no script of the page and loads nothing from outside', () => {
    const directives = new Map(printContentSecurityPolicy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'none'");
    expect(directives.get('font-src')).toBe('data:');
    expect(directives.get('img-src')).toBe('data:');
    expect(printContentSecurityPolicy).not.toMatch(/https?:|\*/);
  });

  it('gets a new session for every print, even two started in the same millisecond', () => {
    const names = new Set([printPartitionName(1000, 1), printPartitionName(1000, 2), printPartitionName(1001, 1)]);
    expect(names.size).toBe(3);
    for (const name of names) expect(name.startsWith('persist:')).toBe(false);
  });

  it('is an A4 page at 96 dpi, without Node and sandboxed', () => {
    expect(printWindowSize).toEqual({ width: 794, height: 1123 });
    expect(printWindowPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(printWindowPreferences).not.toHaveProperty('preload');
  });

  it('prints with the same options in the app and in the tests', () => {
    expect(electronPdfOptions.printBackground).toBe(playwrightPdfOptions.printBackground);
    expect(electronPdfOptions.preferCSSPageSize).toBe(playwrightPdfOptions.preferCSSPageSize);
    expect(electronPdfOptions.generateTaggedPDF).toBe(playwrightPdfOptions.tagged);
    expect(electronPdfOptions.generateDocumentOutline).toBe(playwrightPdfOptions.outline);
    expect(Object.keys(electronPdfOptions)).toHaveLength(Object.keys(playwrightPdfOptions).length);
    expect(electronPdfOptions).toMatchObject({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true });
  });

  it('prints only once every font of the document is loaded, and says so in French otherwise', () => {
    const face = (status: string, weight = '400', style = 'normal', family = '"Source Sans 3"') => ({ family, weight, style, status });
    const ready = { status: 'loaded', faces: [face('loaded'), face('unloaded', '400', 'italic'), face('loaded', '600', 'normal', 'Source Serif 4')] };
    expect(fontsProblem(ready)).toBeNull();
    expect(() => assertFontsReady(ready)).not.toThrow();
    // A face that failed to decode: named, and nothing printed in a fallback font.
    const broken = { status: 'loaded', faces: [face('loaded'), face('error', '700'), face('error', '400', 'italic', 'Source Serif 4')] };
    expect(fontsProblem(broken)).toBe(
      'Les polices du document n’ont pas pu être chargées (Source Sans 3 700, Source Serif 4 400 italique) : le PDF n’a pas été créé, pour ne pas l’imprimer dans une police de remplacement. Réessayez ; si cela se reproduit, réinstallez Passerelles.',
    );
    expect(() => assertFontsReady(broken)).toThrow(expect.objectContaining({ code: 'INTERNAL', message: expect.stringContaining('Source Sans 3 700') }));
    // Still loading when the wait ran out, an answer of the old kind, no answer, no body font at all.
    expect(fontsProblem({ status: 'timeout', faces: [] })).toMatch(/^Les polices du document n’ont pas pu être chargées à temps : le PDF n’a pas été créé/);
    expect(fontsProblem({ status: 'loading', faces: [face('loading')] })).toMatch(/à temps/);
    expect(fontsProblem(true)).toMatch(/^Les polices du document n’ont pas pu être vérifiées/);
    expect(fontsProblem(undefined)).toMatch(/vérifiées/);
    expect(fontsProblem({ status: 'loaded', faces: [] })).toMatch(/\(Source Sans 3 manque\)/);
    expect(fontsProblem({ status: 'loaded', faces: [face('unloaded')] })).toMatch(/Source Sans 3 manque/);
  });
});
