import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RecentFile } from '../../shared/api/association';

type Entry = { path: string; name: string; openedAt: string };

const maxRecent = 10;

/** The recent files list, kept in the app's own data folder (never in an association file). */
export function createRecentFiles(userDataDir: string) {
  const storePath = join(userDataDir, 'recent-files.json');
  const idOf = (path: string) => createHash('sha256').update(path).digest('hex').slice(0, 16);

  function read(): Entry[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(storePath, 'utf8'));
      return Array.isArray(parsed) ? (parsed as Entry[]).filter((e) => typeof e?.path === 'string') : [];
    } catch {
      return [];
    }
  }

  function write(entries: Entry[]): void {
    mkdirSync(dirname(storePath), { recursive: true });
    writeFileSync(storePath, JSON.stringify(entries, null, 2));
  }

  return {
    list(): RecentFile[] {
      return read()
        .filter((entry) => existsSync(entry.path))
        .map((entry) => ({
          id: idOf(entry.path),
          name: entry.name,
          fileName: basename(entry.path),
          folder: dirname(entry.path),
          openedAt: entry.openedAt,
        }));
    },
    pathOf(id: string): string | null {
      return read().find((entry) => idOf(entry.path) === id)?.path ?? null;
    },
    remember(path: string, name: string, now = new Date()): void {
      const rest = read().filter((entry) => entry.path !== path);
      write([{ path, name, openedAt: now.toISOString() }, ...rest].slice(0, maxRecent));
    },
    forget(path: string): void {
      write(read().filter((entry) => entry.path !== path));
    },
  };
}
export type RecentFiles = ReturnType<typeof createRecentFiles>;
