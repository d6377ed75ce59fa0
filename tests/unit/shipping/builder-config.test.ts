import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import config, { associationFileType } from '../../../electron-builder.config';
import { findBuiltWorker } from '../../../electron/main/workers/worker-pool';
import { renderIcon } from '../../../scripts/build-icons';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the installers’ configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    const debug = { add: () => {}, isEnabled: false } as unknown as Parameters<typeof validateConfiguration>[1];
    await expect(validateConfiguration(config, debug)).resolves.toBeUndefined();
    expect(packageJson.scripts.dist).toContain('electron-builder --config electron-builder.config.ts');
    expect(packageJson.scripts.dist).toContain('npm run icons');
  });

  it('names the app and associates .passerelles files with it', () => {
    expect(config).toMatchObject({ appId: 'fr.passerelles.coordination', productName: 'Passerelles' });
    expect(config.fileAssociations).toEqual([associationFileType]);
    expect(associationFileType.ext).toBe('passerelles');
    expect(config.linux?.mimeTypes).toContain(associationFileType.mimeType);
  });

  it('installs per user on Windows, in French, without administrator rights', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, installerLanguages: ['fr_FR'], language: '1036' });
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('sets Electron’s fuses against running the app as something else', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built app only, with the native binary of its own platform unpacked', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', '!node_modules/better-sqlite3/prebuilds/**']));
    expect(files.indexOf('node_modules/better-sqlite3/prebuilds/${platform}-${arch}.node')).toBeGreaterThan(files.indexOf('!node_modules/better-sqlite3/prebuilds/**'));
    expect(files.some((pattern) => pattern.startsWith('out/host') || pattern.startsWith('tests'))).toBe(false);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/*.node']);
    // The names the `files` macro gives are those better-sqlite3 uses for its binaries.
    for (const name of ['win32-x64', 'darwin-arm64', 'darwin-x64', 'linux-x64']) {
      expect(readFileSync(join('node_modules/better-sqlite3/prebuilds', `${name}.node`)).length).toBeGreaterThan(0);
    }
  });

  it('does not ship the renderer’s libraries a second time (they are bundled in the renderer)', () => {
    for (const name of ['react-dom', 'ag-grid-community', 'ag-grid-react', 'ag-charts-community', '@tanstack/react-query', '@ag-grid-community/locale']) {
      expect(packageJson.dependencies[name], name).toBeUndefined();
      expect(packageJson.devDependencies[name], name).toBeDefined();
    }
    for (const name of ['better-sqlite3', 'electron-log', 'electron-updater', 'exceljs', 'zod']) expect(packageJson.dependencies[name], name).toBeDefined();
  });

  it('finds the workers beside the bundle inside the packaged app’s archive layout', () => {
    const root = mkdtempSync(join(tmpdir(), 'passerelles-asar-'));
    try {
      const main = join(root, 'resources', 'app.asar', 'out', 'main');
      mkdirSync(join(main, 'chunks'), { recursive: true });
      writeFileSync(join(main, 'index.js'), '');
      writeFileSync(join(main, 'analysis-worker.js'), '');
      expect(findBuiltWorker('analysis-worker.js', pathToFileURL(join(main, 'index.js')).href)).toBe(join(main, 'analysis-worker.js'));
      expect(findBuiltWorker('analysis-worker.js', pathToFileURL(join(main, 'chunks', 'x.js')).href)).toBe(join(main, 'analysis-worker.js'));
      expect(findBuiltWorker('workbook-worker.js', pathToFileURL(join(main, 'index.js')).href)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('building and starting', () => {
  it('draws the installers’ icon from resources/icon.svg', () => {
    const folder = mkdtempSync(join(tmpdir(), 'passerelles-icon-'));
    try {
      const out = join(folder, 'icon.png');
      expect(renderIcon('resources/icon.svg', out)).toEqual({ width: 1024, height: 1024 });
      const png = readFileSync(out);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1024);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('npm start without Electron’s binary says so in French and suggests npm run web', () => {
    // This machine has the electron package but not its binary (ELECTRON_SKIP_BINARY_DOWNLOAD).
    const run = spawnSync(process.execPath, ['scripts/start.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('le programme Electron n’est pas installé sur cet ordinateur');
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr).not.toMatch(/Error|at .*\.js:\d+/);
  });
});
