/**
 * `npm start` / `npm run dev`: the Electron app, if Electron's binary is there. Without it (its
 * download failed during `npm install`, as on machines without access to github.com), a French
 * message that says what happened and what to do, instead of electron's English stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * The Electron binary's path, or null when it is not installed. Read the way the electron package
 * finds it (path.txt, then dist/), without requiring the package: requiring it starts a download.
 */
export function electronBinary(env: Record<string, string | undefined> = process.env): string | null {
  try {
    const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    if (executable === '') return null;
    const full = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable) : join(folder, 'dist', executable);
    return existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

export const missingElectronMessage = [
  'Passerelles ne peut pas démarrer en application de bureau : le programme Electron n’est pas installé sur cet ordinateur.',
  'Son téléchargement pendant «\u00a0npm install\u00a0» a échoué ou a été évité (ELECTRON_SKIP_BINARY_DOWNLOAD, pas d’accès à github.com).',
  '',
  '  • Pour utiliser Passerelles dans votre navigateur, tout de suite : npm run web',
  '  • Pour l’application de bureau : avec un accès à Internet, supprimez le dossier node_modules/electron, puis relancez npm install.',
].join('\n');

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';
  if (!electronBinary()) {
    console.error(missingElectronMessage);
    process.exit(1);
  }
  const cli = resolve(import.meta.dirname, '..', 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const run = spawnSync(process.execPath, [cli, mode, ...process.argv.slice(3)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
