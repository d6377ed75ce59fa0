import { join } from 'node:path';
import type { AppServices, Desktop, WindowContext } from './context';
import { createHandlers } from './handlers';
import { createChromiumPrinter } from './print/chromium-printer';
import { createRecentFiles } from './recent-files';
import { createScriptedDialogs } from './scripted-dialogs';
import { decideLink } from './security-policy';
import { systemUserName } from './user-name';

/** One "window" without Electron, for the test host, the CLI and the bench. */
export function createHostWindow(workspace: string, log: (line: string) => void = () => {}) {
  const services: AppServices = {
    openFiles: new Set(),
    recentFiles: createRecentFiles(join(workspace, '.passerelles-host')),
    now: () => new Date(),
    userName: systemUserName,
  };
  const scripted = createScriptedDialogs(workspace, log);
  /** What the handlers asked the (absent) desktop to open or show, in order: the tests read it. */
  const desktopRequests: { action: 'open' | 'show' | 'folder' | 'link'; path: string }[] = [];
  const desktop: Desktop = {
    kind: 'test-host',
    async openFile(path) {
      desktopRequests.push({ action: 'open', path });
      log(`Ouverture demandée : ${path}`);
      return true;
    },
    showInFolder(path) {
      desktopRequests.push({ action: 'show', path });
      log(`Affichage dans le dossier demandé : ${path}`);
    },
    async openFolder(path) {
      desktopRequests.push({ action: 'folder', path });
      log(`Ouverture du dossier demandée : ${path}`);
      return true;
    },
    async openLink(url) {
      // Same allow-list as the app; no browser to hand it to here, so the request is recorded.
      const decision = decideLink(url, { lastGestureAt: Date.now(), now: Date.now() });
      if (decision.action === 'refuse') return decision.reason;
      desktopRequests.push({ action: 'link', path: decision.url });
      log(`Ouverture du lien demandée : ${decision.url}`);
      return null;
    },
  };
  const printer = createChromiumPrinter();
  const context: WindowContext = {
    app: services,
    dialogs: scripted.dialogs,
    desktop,
    printer,
    session: { file: null },
    onAssociationChanged: () => {},
  };
  return { context, handlers: createHandlers(context), enqueue: scripted.enqueue, desktopRequests, printer };
}
