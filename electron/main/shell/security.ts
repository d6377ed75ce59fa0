import { shell, type WebContents } from 'electron';
import { decideNavigation, decideWindowOpen, isPermissionGranted } from '../security-policy';

/** Wires the plain policy functions of security-policy.ts to one window's events. */
export function applySecurityPolicy(contents: WebContents, openAssociation: (path: string) => void): void {
  const onNavigate = (event: Electron.Event, url: string) => {
    event.preventDefault();
    const decision = decideNavigation(url);
    if (decision.action === 'open-externally') void shell.openExternal(decision.url);
    if (decision.action === 'open-association') openAssociation(decision.path);
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'open-externally') void shell.openExternal(decision.url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  contents.session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}
