import { bodyFont, titleFont } from './fonts';

/**
 * The print rules every document shares: type, colours, boxes and tables, and the page-break
 * rules (no heading left alone at the bottom of a page, no table row cut across two pages).
 */
export const baseCss = `
:root { --ink: #1d2a33; --muted: #5b6770; --accent: #1f6f78; --accent-soft: #e3f0f1; --warm: #b5542c; --line: #c9d3d8; }
body, body * { box-sizing: border-box; }
html { font-family: '${bodyFont}', sans-serif; font-size: 10pt; line-height: 1.42; color: var(--ink); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3, h4 { font-family: '${titleFont}', serif; font-weight: 700; line-height: 1.2; break-after: avoid; page-break-after: avoid; color: var(--ink); }
h1 { font-size: 24pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 7mm 0 2.5mm; color: var(--accent); }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; }
h2 + *, h3 + * { break-before: avoid; }
p { margin: 0 0 2.4mm; orphans: 3; widows: 3; text-align: justify; hyphens: auto; }
ul, ol { margin: 0 0 2.4mm; padding-left: 5mm; }
li { margin-bottom: 1mm; }
a { color: var(--accent); text-decoration: none; }
em { font-style: italic; }
strong { font-weight: 700; }
blockquote { margin: 3mm 0; padding: 1mm 0 1mm 4mm; border-left: 2pt solid var(--accent); color: var(--muted); font-style: italic; }
img { max-width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1pt solid var(--ink); padding: 1.4mm 2mm; }
td { border-bottom: 0.5pt solid var(--line); padding: 1.4mm 2mm; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.muted { color: var(--muted); }
.small { font-size: 8.5pt; }
.box { border: 0.8pt solid var(--accent); background: var(--accent-soft); border-radius: 2mm; padding: 3.5mm 4.5mm; margin: 3mm 0 4mm; break-inside: avoid; }
.box h2, .box h3 { margin-top: 0; }
.page-break { break-before: page; }
.title-block { border-bottom: 2pt solid var(--accent); padding-bottom: 4mm; margin-bottom: 5mm; }
.title-block .kicker { font-size: 9pt; letter-spacing: 0.12em; text-transform: uppercase; color: var(--accent); font-weight: 700; }
.title-block .subtitle { font-size: 11.5pt; color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 2mm 0; }
.figure { border-left: 2.2pt solid var(--warm); padding: 0.5mm 0 0.5mm 3mm; break-inside: avoid; }
.figure .value { font-family: '${titleFont}', serif; font-size: 17pt; font-weight: 700; color: var(--warm); line-height: 1.1; display: block; }
.figure .label { font-size: 8.8pt; color: var(--ink); display: block; }
.source { font-size: 7.5pt; color: var(--muted); }
`;

/** On screen (the preview frame), the document reads as a sheet of paper. */
export const screenCss = `
@media screen {
  html { background: #7d8a91; }
  body { background: #fff; width: 210mm; min-height: 297mm; margin: 6mm auto; padding: 18mm 17mm 20mm; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.35); }
}
`;
