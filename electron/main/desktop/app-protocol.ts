import { extname, join, normalize, sep } from 'node:path';
import { appHost, appScheme, contentSecurityPolicy } from '../security-policy';

/**
 * The `app://passerelles/…` protocol, as a plain function: which file of the renderer folder a
 * request gets, or why none. Only files under the app's own folder are ever served; a path that
 * climbs out of it, however it is encoded, is refused.
 */
export type AppRequest =
  | { status: 200; path: string; contentType: string }
  | { status: 400 | 403 | 404; reason: string };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function resolveAppRequest(rawUrl: string, rootDir: string): AppRequest {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 400, reason: 'adresse illisible' };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return { status: 403, reason: 'autre origine' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, reason: 'encodage illisible' };
  }
  // Backslashes and NUL never belong in a renderer asset's path; ".." segments are refused even
  // though URL parsing already folded the plain ones (an encoded %2e%2e survives it).
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').some((segment) => segment === '..')) {
    return { status: 403, reason: 'chemin refusé' };
  }
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(rootDir).replace(/[\\/]+$/, '');
  const target = normalize(join(root, relative));
  if (!target.startsWith(root + sep)) return { status: 403, reason: 'hors du dossier de l’application' };
  const contentType = contentTypes[extname(target).toLowerCase()];
  if (!contentType) return { status: 404, reason: 'type de fichier inconnu' };
  return { status: 200, path: target, contentType };
}

/** Sent with every answer of the protocol: the CSP as a header too (a meta tag can be stripped from a copied page, not this). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-cache',
  };
}
