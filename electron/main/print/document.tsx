import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { baseCss, screenCss } from './base-css';
import { fontFaceCss } from './fonts';
import { printContentSecurityPolicy } from './pdf-options';
import { frenchApostrophes, frenchApostrophesInHtml } from './typography';

export type PrintDocument = {
  /** The PDF's title (its metadata and the window title). */
  title: string;
  /** Running header, left and right (printed in the top margin of every page but the first). */
  header: { left: string; right: string };
  /** Running footer, left (the page number goes right). */
  footer: string;
  /** The document's own CSS, after the shared print CSS. */
  css?: string;
  body: ReactElement;
};

/** A CSS string literal: the header text goes into `content:` of an @page margin box. */
const cssString = (text: string) => `"${frenchApostrophes(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r]+/g, ' ')}"`;

/**
 * The running header and footer as CSS @page margin boxes (Chromium prints them with
 * preferCSSPageSize), page numbers as « Page 2 sur 5 ». The first page carries the title block instead.
 */
function pageCss(doc: PrintDocument): string {
  return `
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @top-left { content: ${cssString(doc.header.left)}; font: 8.5pt 'Source Sans 3'; color: #5b6770; }
  @top-right { content: ${cssString(doc.header.right)}; font: 8.5pt 'Source Sans 3'; color: #5b6770; }
  @bottom-left { content: ${cssString(doc.footer)}; width: 140mm; font: 8.5pt 'Source Sans 3'; color: #5b6770; }
  @bottom-right { content: "Page " counter(page) " sur " counter(pages); width: 30mm; text-align: right; font: 600 8.5pt 'Source Sans 3'; color: #5b6770; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }`;
}

/** The whole HTML of a printed document: self-contained, no script, nothing to fetch. */
export function renderDocument(doc: PrintDocument): string {
  const body = frenchApostrophesInHtml(renderToStaticMarkup(doc.body));
  const css = [fontFaceCss(), pageCss(doc), baseCss, doc.css ?? '', screenCss].join('\n');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${printContentSecurityPolicy}"><title>${escapeHtml(frenchApostrophes(doc.title))}</title><style>${css}</style></head><body>${body}</body></html>`;
}

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
