import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { callNames } from '../../../shared/api';
import { channelOf } from '../../../shared/client';
import { dispatch, type Handlers } from '../dispatch';
import { isTrustedSender } from '../security-policy';

/**
 * One ipcMain.handle per contract entry (no free-form channel). The sender must be the app's
 * page in a window we made; its input is parsed by the contract inside dispatch().
 */
export function registerIpc(handlersFor: (event: IpcMainInvokeEvent) => { handlers: Handlers; appUrl: string } | null): void {
  for (const call of callNames) {
    ipcMain.handle(channelOf(call), async (event, input: unknown) => {
      const target = handlersFor(event);
      const frame = event.senderFrame;
      if (!target || !frame || frame.parent !== null || !isTrustedSender(frame.url, target.appUrl)) {
        return { ok: false, error: { code: 'INTERNAL', message: 'Demande refusée : elle ne vient pas de la fenêtre de Passerelles.' } };
      }
      return dispatch(target.handlers, call, input);
    });
  }
}
