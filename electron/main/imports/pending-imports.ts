import { randomUUID } from 'node:crypto';
import { fail } from '../errors';

/**
 * What a window keeps between reading a file and committing it. Bounded: a parsed FINESS extract
 * weighs tens of megabytes, so only the newest few reads are kept.
 */
export function createPendingImports<T>(limit = 2) {
  const pending = new Map<string, T>();
  return {
    keep(value: T): string {
      const id = randomUUID();
      pending.set(id, value);
      while (pending.size > limit) {
        const oldest = pending.keys().next().value;
        if (oldest === undefined) break;
        pending.delete(oldest);
      }
      return id;
    },
    get(id: string): T {
      const value = pending.get(id);
      if (value === undefined) {
        fail('NOT_FOUND', 'Ce fichier n’est plus en mémoire (un autre import a été lancé depuis) : choisissez-le à nouveau.');
      }
      return value;
    },
    forget(id: string): void {
      pending.delete(id);
    },
  };
}
