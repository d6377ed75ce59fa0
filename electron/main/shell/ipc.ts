import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { callNames } from '../../../shared/api';
import { appEventChannels } from '../../../shared/app-events';
import { channelOf } from '../../../shared/client';
import { acceptableAssociationPath } from '../desktop/launch-paths';
import { dispatch, type Handlers } from '../dispatch';
import { isTrustedFrame, type SenderFrame } from '../security-policy';
import { logHandlerError } from './log';

type Target = { handlers: Handlers; appUrl: string; openPath: (path: string) => void };

const frameOf = (event: IpcMainInvokeEvent | IpcMainEvent): SenderFrame =>
  event.senderFrame ? { url: event.senderFrame.url, hasParent: event.senderFrame.parent !== null } : null;

/**
 * One ipcMain.handle per contract entry (no free-form channel). The sender must be the app's
 * page, in the main frame of a window we made; its input is parsed by the contract inside dispatch().
 */
export function registerIpc(targetFor: (event: IpcMainInvokeEvent | IpcMainEvent) => Target | null): void {
  for (const call of callNames) {
    ipcMain.handle(channelOf(call), async (event, input: unknown) => {
      const target = targetFor(event);
      if (!target || !isTrustedFrame(frameOf(event), target.appUrl)) {
        return { ok: false, error: { code: 'INTERNAL', message: 'Demande refusée : elle ne vient pas de la fenêtre de Passerelles.' } };
      }
      return dispatch(target.handlers, call, input, logHandlerError);
    });
  }
  // The preload's drop listener: a path the system gave for a dropped file (webUtils), checked again here.
  ipcMain.on(appEventChannels.droppedAssociation, (event, raw: unknown) => {
    const target = targetFor(event);
    if (!target || !isTrustedFrame(frameOf(event), target.appUrl) || typeof raw !== 'string') return;
    const path = acceptableAssociationPath(raw, process.platform);
    if (path) target.openPath(path);
  });
}
