import { randomUUID } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { WrittenFile } from '../../../shared/api/desktop';
import type { WindowContext } from '../context';

type Entry = { path: string; isFolder: boolean };

/** Per window: what it wrote this run, by id. The page gets ids, never a path to send back. */
const registries = new WeakMap<WindowContext, Map<string, Entry>>();
const maxRemembered = 200;

function registryOf(ctx: WindowContext): Map<string, Entry> {
  let registry = registries.get(ctx);
  if (!registry) {
    registry = new Map();
    registries.set(ctx, registry);
  }
  return registry;
}

/**
 * Remembers a file (an export) or a folder (a set of collection workbooks) the main process has
 * just written, and describes it for the screen. Features call it after writing, and put the
 * result in their call's output (`written`), so the screen can offer « Ouvrir le dossier ».
 */
export function rememberWritten(ctx: WindowContext, path: string, isFolder = false): WrittenFile {
  const registry = registryOf(ctx);
  const id = randomUUID();
  registry.set(id, { path, isFolder });
  // A long session writes many files: the oldest ids are let go.
  while (registry.size > maxRemembered) registry.delete(registry.keys().next().value as string);
  return { id, name: basename(path), folder: isFolder ? path : dirname(path), isFolder };
}

export const writtenPathOf = (ctx: WindowContext, id: string): Entry | null => registryOf(ctx).get(id) ?? null;
