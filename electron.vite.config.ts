import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { callNames } from './shared/api';

// Parallel work on one machine builds into separate folders (PASSERELLES_OUT_DIR); default out/.
const outDir = resolve(import.meta.dirname, process.env.PASSERELLES_OUT_DIR ?? 'out');

export default defineConfig({
  main: {
    define: {
      // Updates stay off until a release feed is given at build time (README, « Mises à jour »).
      __PASSERELLES_UPDATE_FEED__: JSON.stringify(process.env.PASSERELLES_UPDATE_FEED ?? ''),
    },
    build: {
      outDir: resolve(outDir, 'main'),
      minify: true,
      lib: {
        entry: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // Runs the pooling analysis off the main thread; found beside the bundle at run time.
          'analysis-worker': resolve(import.meta.dirname, 'electron/main/workers/analysis-worker.ts'),
          // Reads imported workbooks (CDD returns, members lists) off the main thread; found the same way.
          'workbook-worker': resolve(import.meta.dirname, 'electron/main/workers/workbook-worker.ts'),
        },
      },
    },
  },
  preload: {
    define: {
      // The preload carries the list of call names, not the contract's schemas and zod (the main process parses).
      __PASSERELLES_CALL_NAMES__: JSON.stringify(callNames),
    },
    build: {
      // A sandboxed preload can require only 'electron': the little it imports is bundled in.
      externalizeDeps: false,
      outDir: resolve(outDir, 'preload'),
      minify: true,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts') },
      // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    build: {
      outDir: resolve(outDir, 'renderer'),
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
    plugins: [react()],
  },
});
