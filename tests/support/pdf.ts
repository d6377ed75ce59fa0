import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a PDF with poppler's own tools, as a person's PDF reader would. */
export function readPdf(pdf: Buffer | Uint8Array, keepAs?: string) {
  const folder = mkdtempSync(join(tmpdir(), 'passerelles-pdf-'));
  const path = join(folder, 'document.pdf');
  writeFileSync(path, pdf);
  if (keepAs) writeFileSync(keepAs, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const rawText = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const fontLines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  /** name, and whether it is embedded (the "emb" column). */
  const fonts = fontLines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
  });
  /** Text of one page (1-based). */
  const pageText = (page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  /** Renders the pages as PNG files into `outDir` (to look at them), returns their paths. */
  const toPng = (outDir: string, prefix: string, dpi = 60) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), path, join(outDir, prefix)]);
    return readdirSync(outDir).filter((name) => name.startsWith(prefix) && name.endsWith('.png')).map((name) => join(outDir, name));
  };
  return { path, text, rawText, pages, fonts, info, pageText, toPng };
}
