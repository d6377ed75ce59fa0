import { app, BrowserWindow, Menu } from 'electron';
import { appEventChannels, type MenuCommand } from '../../../shared/app-events';
import type { AppServices } from '../context';
import { associationPathsFromArgv, acceptableAssociationPath } from '../desktop/launch-paths';
import { openInWindow } from '../handlers/association';
import { createRecentFiles } from '../recent-files';
import { systemUserName } from '../user-name';
import { registerIpc } from './ipc';
import { openLogFolder, startLog } from './log';
import { buildMenu, focusedOr } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { startUpdates } from './updates';
import { createAppWindow, rendererDir, type AppWindow } from './window';

/** App lifecycle: one process, one window per open association. */
export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    // The running instance gets our argv (second-instance) and opens the file there.
    app.quit();
    return;
  }
  startLog();
  // The app speaks French whatever the laptop's language: date fields read jj/mm/aaaa, the
  // spell-checker and the built-in menus are French. Must be set before the app is ready.
  app.commandLine.appendSwitch('lang', 'fr-FR');
  registerAppScheme();
  const windows = new Map<number, AppWindow>();
  let services: AppServices;
  // A file asked for before the app is ready (macOS open-file at launch, or argv): opened once a window exists.
  const pendingPaths: string[] = associationPathsFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd(), platform: process.platform });
  let isReady = false;

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
        openLogFolder: () => void openLogFolder(),
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
  /** A file from the system: in the focused window if it has none open, else in a new window; shown once the page listens. */
  const openFromSystem = (path: string) => {
    const current = focused();
    const target = current && !current.context.session.file ? current : openWindow();
    if (target.window.webContents.isLoading()) target.window.webContents.once('did-finish-load', () => target.openPath(path));
    else target.openPath(path);
    if (target.window.isMinimized()) target.window.restore();
    target.window.focus();
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = associationPathsFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory, platform: process.platform });
    if (paths.length === 0) {
      const window = focused()?.window;
      if (window?.isMinimized()) window.restore();
      window?.focus();
    }
    for (const path of paths) openFromSystem(path);
  });
  // macOS: a double-click in the Finder (also at launch, before ready).
  app.on('open-file', (event, raw) => {
    event.preventDefault();
    const path = acceptableAssociationPath(raw, process.platform);
    if (!path) return;
    if (isReady) openFromSystem(path);
    else pendingPaths.push(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(() => {
    isReady = true;
    serveRenderer(rendererDir);
    services = { openFiles: new Set(), recentFiles: createRecentFiles(app.getPath('userData')), now: () => new Date(), userName: systemUserName };
    registerIpc((event) => windows.get(event.sender.id) ?? null);
    refreshMenu();
    const first = openWindow();
    const launchPath = pendingPaths.shift();
    if (launchPath) first.window.webContents.once('did-finish-load', () => first.openPath(launchPath));
    for (const path of pendingPaths.splice(0)) openFromSystem(path);
    startUpdates();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
