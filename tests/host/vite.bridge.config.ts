import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** The browser side of the test host: one classic script that defines window.api. */
export default defineConfig({
  root,
  build: {
    outDir: resolve(root, 'out/host'),
    emptyOutDir: false,
    lib: { entry: resolve(root, 'tests/host/bridge.ts'), formats: ['iife'], name: 'passerellesBridge', fileName: () => 'bridge.js' },
  },
});
