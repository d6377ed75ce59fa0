/**
 * One set of options for every PDF, in Electron's words and in Playwright's: the page size and
 * margins come from the document's CSS `@page` (A4), backgrounds print (the boxes, the map), and
 * the PDF is tagged (accessible) with an outline built from the headings.
 */
export const electronPdfOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

export const playwrightPdfOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  tagged: true,
  outline: true,
} as const;

/** The policy of the print page itself, also set as a header by the Electron print window. */
export const printContentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "script-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
