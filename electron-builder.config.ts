/**
 * Installers (`npm run dist`, README « Fabriquer les installateurs »). Built where Electron's
 * binary can be downloaded (the CI of .github/workflows/release.yml); here the configuration is
 * checked against electron-builder's own schema (tests/unit/shipping/builder-config.test.ts).
 */
import type { Configuration } from 'electron-builder';

/** The association file, opened by a double-click on every platform (handled by shell/app.ts). */
export const associationFileType = {
  ext: 'passerelles',
  name: 'Association Passerelles',
  description: 'Fichier d’association Passerelles',
  mimeType: 'application/x-passerelles',
  role: 'Editor',
} as const;

const config: Configuration = {
  appId: 'fr.passerelles.coordination',
  productName: 'Passerelles',
  executableName: 'passerelles',
  copyright: 'Passerelles',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app: the sources, tests, test host and bench stay out. electron-vite bundled
  // the renderer's libraries, which are devDependencies and so are not copied a second time.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    '!**/*.map',
    // better-sqlite3 ships a prebuilt binary per platform: keep the one this installer runs on,
    // not its C sources (deps/, src/) nor the seven others.
    '!node_modules/better-sqlite3/{deps,src}/**',
    '!node_modules/better-sqlite3/binding.gyp',
    '!node_modules/better-sqlite3/prebuilds/**',
    'node_modules/better-sqlite3/prebuilds/${platform}-${arch}.node',
  ],
  asar: true,
  // A native module cannot be loaded from inside the asar archive: the binary stays on disk
  // (app.asar.unpacked), and Electron redirects the require. The worker scripts stay in the
  // archive: Electron loads worker_threads from asar (since Electron 18); see workers/worker-pool.ts.
  asarUnpack: ['node_modules/better-sqlite3/prebuilds/*.node'],
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  fileAssociations: [associationFileType],
  // The icon: build/icon.png, drawn from resources/icon.svg by `npm run icons` before packaging.
  icon: 'build/icon.png',
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    // Per user, in the user's own folder: no administrator rights needed.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['fr_FR'],
    language: '1036',
    multiLanguageInstaller: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Passerelles',
    uninstallDisplayName: 'Passerelles',
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.business',
  },
  dmg: { title: 'Passerelles ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Passerelles',
    synopsis: 'Coordination d’une association d’employeurs du secteur sanitaire, social et médico-social',
    mimeTypes: [associationFileType.mimeType],
  },
  deb: { packageName: 'passerelles' },
  // Updates (electron-updater) read a generic feed given at build time: off by default, see shell/updates.ts.
  publish: null,
};

export default config;
