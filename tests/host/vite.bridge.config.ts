import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env.PASSERELLES_OUT_DIR ?? 'out');

/** The browser side of the test host: one classic script that defines window.api. */
export default defineConfig({
  root,
  build: {
    outDir: resolve(outDir, 'host'),
    emptyOutDir: false,
    lib: { entry: resolve(root, 'tests/host/bridge.ts'), formats: ['iife'], name: 'passerellesBridge', fileName: () => 'bridge.js' },
  },
});
