import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, recursively (the association file, -wal, -shm, backups…). */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The files (relative to the folder) whose raw bytes hold one of the texts, in UTF-8 or UTF-16
 * (little and big endian): a reader with a hex editor would find it there.
 */
export function filesHolding(folder: string, texts: string[]): string[] {
  const needles = texts.flatMap((text) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]);
  return filesUnder(folder)
    .filter((path) => {
      const bytes = readFileSync(path);
      return needles.some((needle) => bytes.includes(needle));
    })
    .map((path) => relative(folder, path));
}
