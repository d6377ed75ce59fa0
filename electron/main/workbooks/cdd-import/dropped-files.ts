import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type DroppedFile = { name: string; bytes: Uint8Array };

/**
 * A dropped file's name as a plain file name: no folder part (a name is never a path here),
 * no character a file system refuses, never empty. It is what the preview and the import log show.
 */
export function droppedFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = last.replace(/[\u0000-\u001f<>:"|?*]/g, '').trim().replace(/^\.+/, '');
  return clean === '' ? 'classeur.xlsx' : clean.slice(0, 200);
}

/**
 * Writes the dropped workbooks into a folder of their own under the system's temporary folder,
 * lets `use` read them from there, then removes the folder whatever happens: the reader works
 * on files, and the screen sends contents, never a path. Each file gets a sub-folder, since two
 * dropped files may have the same name.
 */
export async function withDroppedFiles<T>(files: readonly DroppedFile[], use: (paths: string[]) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'passerelles-depot-'));
  try {
    const paths: string[] = [];
    for (const [index, file] of files.entries()) {
      const own = join(folder, String(index));
      await mkdir(own);
      const path = join(own, droppedFileName(file.name));
      await writeFile(path, file.bytes, { flag: 'wx' });
      paths.push(path);
    }
    return await use(paths);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
