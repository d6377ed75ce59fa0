import type { WebContents } from 'electron';
import { decideNavigation, decideWindowOpen, isPermissionGranted, isUserGesture } from '../security-policy';

/**
 * Wires the plain policy functions of security-policy.ts to one window's events. Nothing here
 * opens anything outside: links go through `desktop.openLink`, drops through the preload.
 * Returns the time of the last click or key press seen in the window (for desktop.openLink).
 */
export function applySecurityPolicy(contents: WebContents, appUrl: string): { lastGestureAt: () => number | null } {
  contents.on('will-navigate', (event, url) => {
    if (decideNavigation(url, appUrl) === 'deny') event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (decideNavigation(event.url, appUrl) === 'deny') event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => ({ action: decideWindowOpen(url) }));
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  contents.session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));

  let lastGestureAt: number | null = null;
  contents.on('input-event', (_event, input) => {
    if (isUserGesture(input.type)) lastGestureAt = Date.now();
  });
  return { lastGestureAt: () => lastGestureAt };
}
