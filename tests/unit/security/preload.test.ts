import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Value imports of a module (type-only ones are erased by the build). */
const valueImports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((match) => match[1]);

describe('the preload', () => {
  it('carries the call names, not the contract and zod', () => {
    const imports = valueImports('electron/preload/index.ts');
    expect(imports).toEqual(['electron', '../../shared/app-events', '../../shared/transport']);
    for (const file of ['shared/transport.ts', 'shared/app-events.ts']) {
      expect(valueImports(file), file).toEqual([]);
    }
  });
});
