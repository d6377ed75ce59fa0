/**
 * The fonts of every printed document, inlined as data: URLs in the document's own CSS: the print
 * window loads nothing but its HTML (no file, no network), and the PDF embeds them.
 * Copied into resources/fonts by generate-resources.ts (SIL Open Font License 1.1).
 */
const files = import.meta.glob('../../../resources/fonts/*.woff2', { query: '?inline', import: 'default', eager: true }) as Record<string, string>;

export const bodyFont = 'Source Sans 3';
export const titleFont = 'Source Serif 4';

const families: Record<string, string> = { 'source-sans-3': bodyFont, 'source-serif-4': titleFont };

/** `@font-face` rules for every shipped cut, e.g. source-sans-3-latin-600-normal.woff2. */
export function fontFaceCss(): string {
  const rules: string[] = [];
  for (const [path, url] of Object.entries(files)) {
    const match = /\/(source-(?:sans-3|serif-4))-latin-(\d+)-(normal|italic)\.woff2$/.exec(path);
    if (!match) continue;
    const [, family, weight, style] = match;
    rules.push(
      `@font-face{font-family:'${families[family!]}';font-style:${style};font-weight:${weight};font-display:auto;src:url(${url}) format('woff2');}`,
    );
  }
  return rules.join('\n');
}
