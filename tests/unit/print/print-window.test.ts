import { describe, expect, it } from 'vitest';
import { electronPdfOptions, playwrightPdfOptions, printContentSecurityPolicy } from '../../../electron/main/print/pdf-options';
import {
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
});
