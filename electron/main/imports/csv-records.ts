/**
 * RFC 4180 records over a stream of text lines, with a separator other than the comma: a quoted
 * field may hold the separator, doubled quotes and line breaks. The public FINESS extract quotes
 * fields such as `"RÉSIDENCE X; BÂT. 2"`; splitting each line at every `;` shifted the fields
 * that followed and attributed the establishment to a department named after the next field.
 */
export type CsvRecord = {
  /** Line number (1-based) where the record starts, for the report. */
  line: number;
  fields: string[];
  /** True when the file ended inside a quoted field: the record is incomplete. */
  isUnterminated: boolean;
};

/** Splits one record that starts in `text`; returns null when a quoted field runs past its end. */
function splitRecord(text: string, separator: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let isQuoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const char = text[i] as string;
    if (isQuoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        isQuoted = false;
        i += 1;
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && atFieldStart) {
      isQuoted = true;
      atFieldStart = false;
      i += 1;
      continue;
    }
    if (char === separator) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
      continue;
    }
    // A quote inside an unquoted field is kept as written (lenient, as spreadsheets are).
    field += char;
    atFieldStart = false;
    i += 1;
  }
  if (isQuoted) return null;
  fields.push(field);
  return fields;
}

/**
 * A quoted field rarely holds more than a few line breaks: past this many lines, an opening quote
 * is taken as a typo, that line is reported as unreadable and reading starts again on the next one
 * (else one stray quote would swallow the rest of a 100 MB extract).
 */
export const maxLinesPerRecord = 20;

/** The records of `lines`; a line without any quote is split at once (the common case, and fast). */
export async function* csvRecords(lines: AsyncIterable<string>, separator = ';'): AsyncGenerator<CsvRecord> {
  let number = 0;
  // Lines of a record whose quoted field is still open: [line number, text].
  let pending: [number, string][] = [];
  function* feed(line: number, text: string): Generator<CsvRecord> {
    if (pending.length === 0) {
      if (!text.includes('"')) {
        yield { line, fields: text.split(separator), isUnterminated: false };
        return;
      }
      const fields = splitRecord(text, separator);
      if (fields) yield { line, fields, isUnterminated: false };
      else pending.push([line, text]);
      return;
    }
    pending.push([line, text]);
    const fields = splitRecord(pending.map(([, part]) => part).join('\n'), separator);
    if (fields) {
      yield { line: pending[0]?.[0] ?? line, fields, isUnterminated: false };
      pending = [];
    } else if (pending.length > maxLinesPerRecord) yield* giveUp();
  }
  function* giveUp(): Generator<CsvRecord> {
    const [first, ...rest] = pending;
    pending = [];
    if (first) yield { line: first[0], fields: first[1].split(separator), isUnterminated: true };
    for (const [line, text] of rest) yield* feed(line, text);
  }
  for await (const text of lines) {
    number += 1;
    yield* feed(number, text);
  }
  while (pending.length > 0) yield* giveUp();
}
