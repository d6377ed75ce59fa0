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

export function sharedStringsOf(xml: string): string[] {
  const strings: string[] = [];
  const pattern = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) strings.push(textOf(match[1] ?? ''));
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
