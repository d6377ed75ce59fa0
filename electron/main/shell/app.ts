import { app, BrowserWindow, Menu } from 'electron';
import { appEventChannels, type MenuCommand } from '../../../shared/app-events';
import type { AppServices } from '../context';
import { openInWindow } from '../handlers/association';
import { createRecentFiles } from '../recent-files';
import { registerIpc } from './ipc';
import { buildMenu, focusedOr } from './menu';
import { createAppWindow, type AppWindow } from './window';
import { systemUserName } from '../user-name';

/** App lifecycle: one process, one window per open association. */
export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const windows = new Map<number, AppWindow>();
  let services: AppServices;

  const refreshMenu = () => {
    Menu.setApplicationMenu(
      buildMenu(services.recentFiles.list(), {
        send: (command: MenuCommand) => focused()?.window.webContents.send(appEventChannels.menuCommand, command),
        openRecent: (id) => {
          const target = focused() ?? openWindow();
          const path = services.recentFiles.pathOf(id);
          if (!path) return;
          openInWindow(target.context, path)
            .then(() => target.window.webContents.send(appEventChannels.associationChanged))
            .catch((error: Error) => target.window.webContents.send(appEventChannels.associationChanged, error.message));
        },
        newWindow: () => openWindow(),
      }),
    );
  };
  const focused = () => {
    const window = focusedOr(BrowserWindow.getAllWindows());
    return window ? (windows.get(window.webContents.id) ?? null) : null;
  };
  const openWindow = () => {
    const created = createAppWindow(services, refreshMenu);
    const id = created.window.webContents.id;
    windows.set(id, created);
    created.window.on('closed', () => windows.delete(id));
    return created;
  };

  app.on('second-instance', () => focused()?.window.focus());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(() => {
    services = { openFiles: new Set(), recentFiles: createRecentFiles(app.getPath('userData')), now: () => new Date(), userName: systemUserName };
    registerIpc((event) => windows.get(event.sender.id) ?? null);
    refreshMenu();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
