import { join } from 'node:path';
import type { AppServices, WindowContext } from './context';
import { createHandlers } from './handlers';
import { createRecentFiles } from './recent-files';
import { createScriptedDialogs } from './scripted-dialogs';
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
  const context: WindowContext = {
    app: services,
    dialogs: scripted.dialogs,
    session: { file: null },
    onAssociationChanged: () => {},
  };
  return { context, handlers: createHandlers(context), enqueue: scripted.enqueue };
}
