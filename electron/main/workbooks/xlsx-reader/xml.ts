// Just enough XML for SpreadsheetML: attributes, text with entities, optional namespace prefixes
// ("x:row" from the OpenXML SDK). Regular expressions over the whole part are several times faster
// than a SAX parser for the flat shapes of worksheets and shared strings.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities and Excel's _xHHHH_ escapes ("_x000D_" for a carriage return). */
export function decodeText(text: string): string {
  let decoded = text;
  if (decoded.includes('&'))
    decoded = decoded.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name] ?? whole;
    });
  if (decoded.includes('_x')) decoded = decoded.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return decoded;
}

/** The value of one attribute in an element's attribute text (`r="B3" t="s"`). */
const attributePatterns = new Map<string, RegExp>();

export function attribute(attributes: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(attributes);
  return match ? decodeText(match[2] ?? match[3] ?? '') : null;
}

/** Text of every <t> in a fragment (rich text runs joined), ignoring phonetic runs (<rPh>). */
export function textOf(fragment: string): string {
  const withoutPhonetic = fragment.includes('rPh') ? fragment.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : fragment;
  let text = '';
  const pattern = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  for (let match = pattern.exec(withoutPhonetic); match; match = pattern.exec(withoutPhonetic)) text += match[1] ?? '';
  return decodeText(text);
}

/** The text of `<t>plain</t>` (attributes allowed), the shape of nearly every shared string; null for any other. */
function plainText(content: string, prefix: string): string | null {
  const open = `<${prefix}t`;
  if (!content.startsWith(open)) return null;
  const after = content.charCodeAt(open.length);
  if (after !== 62 && after !== 32) return null; // "<t>" or "<t xml:space…>", not "<tx"
  const start = content.indexOf('>', open.length) + 1;
  const end = content.indexOf('<', start);
  if (start === 0 || end < 0 || content.charCodeAt(start - 2) === 47 || end + prefix.length + 4 !== content.length || !content.endsWith(`</${prefix}t>`)) return null;
  const text = content.slice(start, end);
  return text.includes('&') || text.includes('_x') ? decodeText(text) : text;
}

/**
 * Every shared string, in order. A scanner over the part (indexOf, as the worksheet's): 30,000
 * strings took 30 ms with a regular expression per string. Rich text and phonetic runs go through textOf.
 */
export function sharedStringsOf(xml: string): string[] {
  const strings: string[] = [];
  const first = /<(\w+:)?si\b/.exec(xml);
  if (!first) return strings;
  const prefix = first[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  for (let at = first.index; at >= 0; at = xml.indexOf(open, at)) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) break;
    const next = xml.charCodeAt(at + open.length);
    if (next !== 62 && next !== 47 && next !== 32) {
      at = tagEnd + 1; // "<sic…": another element
      continue;
    }
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      strings.push(''); // <si/>
      at = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    const content = xml.slice(tagEnd + 1, end < 0 ? xml.length : end);
    strings.push(plainText(content, prefix) ?? textOf(content));
    if (end < 0) break;
    at = end + close.length;
  }
  return strings;
}

export type WorkbookSheet = { name: string; relId: string; isHidden: boolean };

export function workbookSheetsOf(xml: string): { sheets: WorkbookSheet[]; isDate1904: boolean } {
  const sheets: WorkbookSheet[] = [];
  const pattern = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    const attributes = match[1] ?? '';
    const state = attribute(attributes, 'state');
    sheets.push({ name: attribute(attributes, 'name') ?? '', relId: attribute(attributes, 'id') ?? '', isHidden: state === 'hidden' || state === 'veryHidden' });
  }
  const properties = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(xml)?.[1] ?? '';
  const date1904 = attribute(properties, 'date1904');
  return { sheets, isDate1904: date1904 === '1' || date1904 === 'true' };
}

/** Relationship id → target part path, resolved against the folder of the part that owns them. */
export function relationshipsOf(xml: string, baseFolder: string): Map<string, string> {
  const targets = new Map<string, string>();
  const pattern = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    const attributes = match[1] ?? '';
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : normalisePath(`${baseFolder}/${target}`));
  }
  return targets;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
