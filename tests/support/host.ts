import { join } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/api';
import { dispatch } from '../../electron/main/dispatch';
import { closeWindowSession } from '../../electron/main/handlers/association';
import { createHostWindow } from '../../electron/main/host-window';

/**
 * A window without Electron over a real folder: calls go through dispatch(), as from the page.
 * `answer(path)` answers the next file dialog.
 */
export function openTestWindow(folder: string) {
  const host = createHostWindow(folder);
  const raw = (name: string, input?: unknown) => dispatch(host.handlers, name, input);
  async function call<K extends CallName>(name: K, ...input: CallInput<K> extends void ? [] : [CallInput<K>]): Promise<CallOutput<K>> {
    const result = await dispatch(host.handlers, name, input[0]);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as CallOutput<K>;
  }
  async function createAssociation(name = 'MCE-M3S', fileName = 'association.passerelles') {
    const path = join(folder, fileName);
    host.enqueue(path);
    await call('association.create', { name, territory: 'Pays du Bocage' });
    return path;
  }
  return {
    ...host,
    call,
    raw,
    answer: host.enqueue,
    createAssociation,
    close: () => closeWindowSession(host.context),
  };
}
