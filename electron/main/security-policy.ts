/**
 * The window's security rules, as plain functions so they are unit-tested without Electron.
 * The shell (shell/security.ts, shell/protocol.ts, shell/ipc.ts) only wires them to Electron's events.
 */

/** The renderer is served from this origin (shell/protocol.ts), never from file://. */
export const appScheme = 'app';
export const appHost = 'passerelles';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/index.html`;

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
    // A dropped file must never become a navigation (its URL would be the page's choice): the
    // preload takes drops from the `drop` event instead (see droppedAssociationPath).
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

const externalProtocols = new Set(['https:', 'mailto:']);

/**
 * Hosts the app may send the person to (help pages, the FINESS download page…). A link to any
 * other host is refused: the renderer has no business sending the browser elsewhere.
 */
export const allowedLinkHosts: readonly string[] = [
  'www.data.gouv.fr',
  'data.gouv.fr',
  'finess.esante.gouv.fr',
  'www.francetravail.fr',
  'www.service-public.fr',
  'www.cnil.fr',
  'www.legifrance.gouv.fr',
  'www.opco-sante.fr',
  'www.uniformation.fr',
];

/**
 * Only https: links to an allow-listed host, and mailto: links with an address, leave the app
 * (to the system browser or mail client).
 */
export function isAllowedExternalUrl(raw: string, hosts: readonly string[] = allowedLinkHosts): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!externalProtocols.has(url.protocol)) return false;
  if (url.protocol === 'https:') {
    return url.username === '' && url.password === '' && url.port === '' && hosts.includes(url.hostname.toLowerCase());
  }
  return /^[^@\s/\\]+@[^@\s/\\]+\.[^@\s/\\]+$/.test(decodeURIComponent(url.pathname));
}

export type LinkDecision = { action: 'open'; url: string } | { action: 'refuse'; reason: string };

/** A link opens only this soon after a click or a key press in the window (a page cannot open links on its own). */
export const gestureWindowMs = 5_000;

/**
 * `desktop.openLink`: an allow-listed link, right after a click or key press that the main process
 * itself saw in that window (`lastGestureAt`, from the window's input events; null when none yet).
 */
export function decideLink(
  raw: string,
  gesture: { lastGestureAt: number | null; now: number },
  hosts: readonly string[] = allowedLinkHosts,
): LinkDecision {
  if (!isAllowedExternalUrl(raw, hosts)) return { action: 'refuse', reason: 'Ce lien ne fait pas partie de ceux que Passerelles peut ouvrir.' };
  const { lastGestureAt, now } = gesture;
  if (lastGestureAt === null || now - lastGestureAt > gestureWindowMs || now < lastGestureAt) {
    return { action: 'refuse', reason: 'Ce lien ne s’ouvre qu’après un clic : cliquez à nouveau dessus.' };
  }
  return { action: 'open', url: new URL(raw).href };
}

/**
 * The page never navigates away from itself, not even to a file: a scripted navigation to
 * `file:…/x.passerelles` opens nothing (the path would be the page's choice; on Windows a
 * `file://host/share` URL would make the system connect over SMB). Reloads of the app's own page
 * stay allowed.
 */
export function decideNavigation(raw: string, appUrl: string = appIndexUrl): 'allow' | 'deny' {
  return isTrustedSender(raw, appUrl) ? 'allow' : 'deny';
}

/** New windows are never created by the page; links go through `desktop.openLink`. */
export const decideWindowOpen = (_raw: string): 'deny' => 'deny';

/**
 * The app needs no camera, microphone, notification or location. It writes text to the clipboard
 * (the « Copier » buttons): Electron asks for `clipboard-sanitized-write` then, nothing more.
 */
export const isPermissionGranted = (permission: string): boolean => permission === 'clipboard-sanitized-write';

/** IPC is answered only for the app's own page. */
export function isTrustedSender(frameUrl: string, appUrl: string): boolean {
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    if (frame.protocol === 'file:' || app.protocol === 'file:') return false;
    // app:// is a standard scheme, so its origin is scheme + host like http's.
    return frame.protocol === app.protocol && frame.host === app.host && frame.username === '' && frame.password === '';
  } catch {
    return false;
  }
}

/** What the shell knows of the frame that sent an IPC message. */
export type SenderFrame = { url: string; hasParent: boolean } | null;

/** The app's page, in the window's main frame: an iframe (even of our own origin) is never answered. */
export const isTrustedFrame = (frame: SenderFrame, appUrl: string): boolean =>
  frame !== null && !frame.hasParent && isTrustedSender(frame.url, appUrl);

/**
 * The page's address: the dev server only while developing (`electron-vite dev`); a packaged app
 * never loads a URL taken from its environment.
 */
export function rendererUrlOf(options: { isPackaged: boolean; env: Record<string, string | undefined> }): string {
  const devUrl = options.env.ELECTRON_RENDERER_URL;
  if (!options.isPackaged && devUrl && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(devUrl)) return devUrl;
  return appIndexUrl;
}

/** The input events that count as the person asking for something (a link opens only after one). */
export const isUserGesture = (inputType: string): boolean =>
  inputType === 'mouseDown' || inputType === 'mouseUp' || inputType === 'keyDown' || inputType === 'rawKeyDown' || inputType === 'gestureTap';
