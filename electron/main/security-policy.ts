import { fileURLToPath } from 'node:url';

/**
 * The window's security rules, as plain functions so they are unit-tested without Electron.
 * The shell (shell/security.ts) only wires them to Electron's events.
 */

/** AG Grid needs inline styles and data: images; nothing else is loosened. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A file dropped on the window becomes a navigation that the main process intercepts (decideNavigation).
    navigateOnDragDrop: true,
    spellcheck: true,
  } as const;
}

const externalProtocols = new Set(['https:', 'mailto:']);

/** Only https: and mailto: links leave the app, to the system browser or mail client. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!externalProtocols.has(url.protocol)) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0 && url.username === '' && url.password === '';
  return url.pathname.includes('@');
}

export type NavigationDecision =
  | { action: 'deny' }
  | { action: 'open-externally'; url: string }
  | { action: 'open-association'; path: string };

/**
 * The page never navigates away from itself. A .passerelles file dropped on the window shows up
 * as a navigation to its file: URL; we open it from here, so its path never comes from the page.
 */
export function decideNavigation(raw: string): NavigationDecision {
  if (isAllowedExternalUrl(raw)) return { action: 'open-externally', url: raw };
  try {
    const url = new URL(raw);
    if (url.protocol === 'file:' && url.pathname.toLowerCase().endsWith('.passerelles')) {
      return { action: 'open-association', path: fileURLToPath(url) };
    }
  } catch {
    // not a URL: deny
  }
  return { action: 'deny' };
}

/** New windows are never created by the page; allowed links open outside. */
export function decideWindowOpen(raw: string): NavigationDecision {
  return isAllowedExternalUrl(raw) ? { action: 'open-externally', url: raw } : { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation…: the app needs none. */
export const isPermissionGranted = (_permission: string): boolean => false;

/** IPC is answered only for the app's own page, in its main frame. */
export function isTrustedSender(frameUrl: string, appUrl: string): boolean {
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    if (frame.protocol === 'file:') return app.protocol === 'file:' && frame.pathname === app.pathname;
    return frame.origin === app.origin;
  } catch {
    return false;
  }
}
