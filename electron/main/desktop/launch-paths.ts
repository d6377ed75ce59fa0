import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Platform = 'win32' | 'darwin' | 'linux' | string;

const extension = '.passerelles';

/**
 * A path the system handed us (a drop, a double-click, the command line) that the app may open:
 * an absolute local path to a .passerelles file. A network form (\\host\share, //host/share,
 * \\?\UNC, file://host/…) is refused: opening it would make the system connect to that host
 * (on Windows, over SMB with the user's NTLM hash).
 */
export function acceptableAssociationPath(raw: string, platform: Platform): string | null {
  const path = raw.trim();
  if (path === '' || path.includes('\0')) return null;
  if (!path.toLowerCase().endsWith(extension)) return null;
  if (platform === 'win32') {
    // Only drive-letter paths: C:\… — not \\server\share, \\?\…, \\.\… or C:relative.
    if (!/^[a-zA-Z]:\\/.test(path) || path.includes('/') || /^[a-zA-Z]:\\.*\\\\/.test(path)) return null;
    return path;
  }
  if (!path.startsWith('/') || path.startsWith('//')) return null;
  return path;
}

/** A file: URL from a Linux desktop entry (%U) or a macOS event, as a path; one with a host is refused. */
function fromFileUrl(arg: string): string | null {
  try {
    const url = new URL(arg);
    if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return null;
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

/**
 * The association files given on a command line: the first launch's `process.argv`, or a second
 * launch's `argv` (received by the running instance). Switches (Chromium's --flags, ours) are
 * skipped, and so is the app's own path when it runs unpackaged (`electron .`).
 */
export function associationPathsFromArgv(
  argv: readonly string[],
  options: { isPackaged: boolean; cwd: string; platform: Platform },
): string[] {
  const args = argv.slice(options.isPackaged ? 1 : 2);
  const found: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    const candidate = arg.startsWith('file:') ? fromFileUrl(arg) : arg;
    if (candidate === null) continue;
    const absolute = options.platform === 'win32' || isAbsolute(candidate) ? candidate : resolve(options.cwd, candidate);
    const accepted = acceptableAssociationPath(absolute, options.platform);
    if (accepted && !found.includes(accepted)) found.push(accepted);
  }
  return found;
}
