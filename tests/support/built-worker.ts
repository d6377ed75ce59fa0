import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * A worker as the app ships it: built by Vite from its entry before the file's tests, then run in
 * a real thread by them, and removed after. The build goes under the checkout (tests/.tmp,
 * ignored by git) so that its bare imports resolve. Returns a getter for the built script.
 */
export function useBuiltWorker(name: string, entry: string): () => string {
  let folder = '';
  beforeAll(async () => {
    mkdirSync(join(root, 'tests/.tmp'), { recursive: true });
    folder = mkdtempSync(join(root, `tests/.tmp/${name}-`));
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      build: {
        ssr: true,
        outDir: folder,
        emptyOutDir: true,
        target: 'node24',
        rollupOptions: { input: { [name]: join(root, entry) }, output: { format: 'es', entryFileNames: '[name].js' } },
      },
    });
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return () => join(folder, `${name}.js`);
}
