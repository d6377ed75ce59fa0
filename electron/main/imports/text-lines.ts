import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'win1252';

/** Thrown by the UTF-8 decoder on the first invalid byte: the caller starts again in Windows-1252. */
export class NotUtf8Error extends Error {}

/**
 * The lines of a text file, read in chunks so a 100 MB extract never sits in memory as one string.
 * `onChunk` sees the raw bytes (to hash them in the same pass).
 */
export async function* readLines(path: string, encoding: TextEncoding, onChunk: (chunk: Buffer) => void = () => {}): AsyncGenerator<string> {
  // Public extracts have been published in Latin-1 from Windows: Windows-1252 is its superset
  // (it also decodes ’ and œ, which plain ISO-8859-1 turns into control characters).
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const latin = encoding === 'win1252' ? iconv.getDecoder('win1252') : null;
  const decode = (chunk: Buffer | null): string => {
    try {
      if (latin) return chunk ? latin.write(chunk) : (latin.end() ?? '');
      return chunk ? utf8.decode(chunk, { stream: true }) : utf8.decode();
    } catch {
      throw new NotUtf8Error('not UTF-8');
    }
  };
  let rest = '';
  let isFirst = true;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onChunk(chunk);
      let text = rest + decode(chunk);
      if (isFirst) {
        text = text.replace(/^\uFEFF/, '');
        isFirst = false;
      }
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    const last = rest + decode(null);
    if (last !== '') yield last.endsWith('\r') ? last.slice(0, -1) : last;
  } finally {
    stream.destroy();
  }
}

/** Reads a text file whose encoding is unknown: UTF-8 if it decodes as such, else Windows-1252. */
export async function readTextFileLines<T>(
  path: string,
  consume: (lines: AsyncGenerator<string>, encoding: TextEncoding) => Promise<T>,
): Promise<{ result: T; encoding: TextEncoding; sha256: string }> {
  for (const encoding of ['utf8', 'win1252'] as const) {
    const hash = createHash('sha256');
    try {
      const result = await consume(readLines(path, encoding, (chunk) => hash.update(chunk)), encoding);
      return { result, encoding, sha256: hash.digest('hex') };
    } catch (error) {
      if (!(error instanceof NotUtf8Error)) throw error;
    }
  }
  throw new Error('unreachable: Windows-1252 decodes every byte');
}
