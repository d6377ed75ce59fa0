import { titleFont } from '../fonts';

/** The newsletter's own look: a masthead, two columns, boxes across them. */
export const newsletterCss = `
.masthead { background: var(--accent); color: #fff; margin: 0 0 6mm; padding: 6mm 7mm 5mm; border-radius: 2mm; }
.masthead-association { display: flex; justify-content: space-between; font-size: 9pt; letter-spacing: 0.1em; text-transform: uppercase; font-weight: 700; opacity: 0.92; }
.masthead h1 { color: #fff; font-size: 26pt; margin: 3mm 0 1mm; }
.masthead h1 .number { color: #ffd9c2; }
.masthead .period { font-family: '${titleFont}', serif; font-style: italic; font-size: 13pt; }
.letter-columns { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid var(--line); }
.letter-section { break-inside: auto; }
.letter-section h2 { margin-top: 0; padding-top: 2mm; font-size: 13pt; border-top: 1.2pt solid var(--accent); }
.letter-section + .letter-section h2 { margin-top: 4mm; }
.letter-columns .box { column-span: all; margin: 4mm 0 5mm; }
.reperes h2 { font-size: 13pt; }
.reperes .figure .unit { font-size: 11pt; }
.contacts { break-inside: avoid; }
.contacts p { text-align: left; }
.contacts .contact-card { margin: 0 0 2.5mm; line-height: 1.3; }
.member-list { list-style: none; padding: 0; margin: 0; font-size: 8.8pt; }
.member-list li { margin: 0 0 0.8mm; break-inside: avoid; }
.glossary { margin-top: 6mm; background: #f7f4ef; border-color: #c9b9a5; }
.glossary h2 { color: var(--warm); font-size: 12pt; }
.glossary dl { margin: 0; column-count: 2; column-gap: 8mm; font-size: 8.8pt; }
.glossary-entry { break-inside: avoid; margin-bottom: 1.2mm; display: flex; gap: 2mm; }
.glossary dt { font-weight: 700; min-width: 16mm; }
.glossary dd { margin: 0; }
`;
