import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env.PASSERELLES_OUT_DIR ?? 'out');

/** Builds the plain-Node entries (test host, CLI, bench) with the same bundler as the app. */
export default defineConfig({
  root,
  build: {
    ssr: true,
    outDir: resolve(outDir, 'host'),
    emptyOutDir: false,
    target: 'node24',
    rollupOptions: {
      input: {
        server: resolve(root, 'tests/host/server.ts'),
        cli: resolve(root, 'electron/main/cli.ts'),
        bench: resolve(root, 'tests/bench/index.ts'),
        // The same worker as out/main/analysis-worker.js: the host runs the analysis off its main thread too.
        'analysis-worker': resolve(root, 'electron/main/workers/analysis-worker.ts'),
        // And reads imported workbooks off it, as out/main/workbook-worker.js does in the app.
        'workbook-worker': resolve(root, 'electron/main/workers/workbook-worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
