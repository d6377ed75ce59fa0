import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ApiError, CallInput, CallName, CallOutput } from '../../shared/api';
import { dispatch } from '../../electron/main/dispatch';
import { closeWindowSession, openInWindow } from '../../electron/main/handlers/association';
import { createHostWindow } from '../../electron/main/host-window';

/**
 * A window without Electron over a real folder: calls go through dispatch(), as from the page.
 * `answer(path)` answers the next file dialog.
 */
export function openTestWindow(folder: string) {
  const host = createHostWindow(folder);
  const raw = (name: string, input?: unknown) => dispatch(host.handlers, name, input, () => {});
  async function call<K extends CallName>(name: K, input?: CallInput<K>): Promise<CallOutput<K>> {
    const result = await dispatch(host.handlers, name, input);
    if (!result.ok) {
      throw Object.assign(new Error(`${name} refusé : ${result.error.code} ${result.error.message}`), { code: result.error.code });
    }
    return result.value as CallOutput<K>;
  }
  /** The refusal of a call that must fail (the test fails if it succeeds). */
  async function refusal<K extends CallName>(name: K, input?: CallInput<K>): Promise<ApiError> {
    const result = await raw(name, input);
    if (result.ok) throw new Error(`${name} aurait dû être refusé`);
    return result.error;
  }
  async function createAssociation(name = 'MCE-M3S', fileName = 'association.passerelles') {
    const path = join(folder, fileName);
    host.enqueue(path);
    await call('association.create', { name, territory: 'Pays du Bocage' });
    return path;
  }
  const db = (): Database.Database => {
    const file = host.context.session.file;
    if (!file) throw new Error('aucun fichier ouvert');
    return file.db;
  };
  return {
    ...host,
    call,
    raw,
    refusal,
    db,
    answer: host.enqueue,
    createAssociation,
    reopen: (path: string) => openInWindow(host.context, path),
    close: () => closeWindowSession(host.context),
  };
}
