import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, shell } from 'electron';
import { appEventChannels } from '../../../shared/app-events';
import type { AppServices, Desktop, WindowContext } from '../context';
import { createHandlers } from '../handlers';
import { closeWindowSession, openInWindow } from '../handlers/association';
import type { Handlers } from '../dispatch';
import { decideLink, rendererUrlOf, secureWebPreferences } from '../security-policy';
import { electronDialogs } from './dialogs';
import { electronPrinter } from './printer';
import { applySecurityPolicy } from './security';

const outDir = fileURLToPath(new URL('..', import.meta.url));
export const rendererDir = join(outDir, 'renderer');

export type AppWindow = {
  window: BrowserWindow;
  context: WindowContext;
  handlers: Handlers;
  appUrl: string;
  /** Opens a file the system handed over (drop, double-click, second launch) in this window. */
  openPath: (path: string) => void;
};

/** A window over one association file (or none yet). */
export function createAppWindow(services: AppServices, onChanged: () => void): AppWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Passerelles',
    show: false,
    webPreferences: secureWebPreferences(join(outDir, 'preload', 'index.cjs')),
  });
  const appUrl = rendererUrlOf({ isPackaged: app.isPackaged, env: process.env });
  const guard = applySecurityPolicy(window.webContents, appUrl);
  const desktop: Desktop = {
    kind: 'system',
    // openPath resolves to an error message, empty when a program took the file.
    openFile: async (path) => (await shell.openPath(path)) === '',
    showInFolder: (path) => shell.showItemInFolder(path),
    openFolder: async (path) => (await shell.openPath(path)) === '',
    openLink: async (url) => {
      const decision = decideLink(url, { lastGestureAt: guard.lastGestureAt(), now: Date.now() });
      if (decision.action === 'refuse') return decision.reason;
      await shell.openExternal(decision.url);
      return null;
    },
  };
  const context: WindowContext = {
    app: services,
    dialogs: electronDialogs(window),
    desktop,
    printer: electronPrinter(),
    session: { file: null },
    onAssociationChanged: (summary) => {
      window.setTitle(summary ? `${summary.name} — Passerelles` : 'Passerelles');
      onChanged();
    },
  };
  const handlers = createHandlers(context);
  const openPath = (path: string) => {
    openInWindow(context, path)
      .then(() => window.webContents.send(appEventChannels.associationChanged))
      .catch((error: Error) => window.webContents.send(appEventChannels.associationChanged, error.message));
  };
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => closeWindowSession(context));
  void window.loadURL(appUrl);
  return { window, context, handlers, appUrl, openPath };
}
