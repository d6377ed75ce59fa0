import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, shell } from 'electron';
import { appEventChannels } from '../../../shared/app-events';
import type { AppServices, WindowContext } from '../context';
import { createHandlers } from '../handlers';
import { closeWindowSession, openInWindow } from '../handlers/association';
import type { Handlers } from '../dispatch';
import { secureWebPreferences } from '../security-policy';
import { electronDialogs } from './dialogs';
import { electronPrinter } from './printer';
import { applySecurityPolicy } from './security';

const outDir = fileURLToPath(new URL('..', import.meta.url));
const rendererIndex = join(outDir, 'renderer', 'index.html');

export type AppWindow = { window: BrowserWindow; context: WindowContext; handlers: Handlers; appUrl: string };

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
  const context: WindowContext = {
    app: services,
    dialogs: electronDialogs(window),
    desktop: {
      // openPath resolves to an error message, empty when a program took the file.
      openFile: async (path) => (await shell.openPath(path)) === '',
      showInFolder: (path) => shell.showItemInFolder(path),
    },
    printer: electronPrinter(),
    session: { file: null },
    onAssociationChanged: (summary) => {
      window.setTitle(summary ? `${summary.name} — Passerelles` : 'Passerelles');
      onChanged();
    },
  };
  const handlers = createHandlers(context);
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const appUrl = devUrl ?? pathToFileURL(rendererIndex).href;

  applySecurityPolicy(window.webContents, (path) => {
    openInWindow(context, path)
      .then(() => window.webContents.send(appEventChannels.associationChanged))
      .catch((error: Error) => window.webContents.send(appEventChannels.associationChanged, error.message));
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => closeWindowSession(context));
  void (devUrl ? window.loadURL(devUrl) : window.loadFile(rendererIndex));
  return { window, context, handlers, appUrl };
}
