import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { ApiError, CallInput, CallName, CallOutput } from '../../../shared/api';
import { dispatch } from '../../../electron/main/dispatch';
import { closeWindowSession, openInWindow } from '../../../electron/main/handlers/association';
import { createHostWindow } from '../../../electron/main/host-window';

/** A fresh folder per test, removed afterwards: the association file is a real SQLite file. */
export function useRegisterFolder(): () => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(join(tmpdir(), 'passerelles-register-'));
    folders.push(folder);
    return folder;
  };
}

/** A window without Electron: every call goes through dispatch(), as from the page. */
export function openRegisterWindow(folder: string) {
  const host = createHostWindow(folder);
  async function call<K extends CallName>(name: K, input?: CallInput<K>): Promise<CallOutput<K>> {
    const result = await dispatch(host.handlers, name, input);
    if (!result.ok) throw new Error(`${name} refusé : ${result.error.code} ${result.error.message}`);
    return result.value as CallOutput<K>;
  }
  async function refusal<K extends CallName>(name: K, input?: CallInput<K>): Promise<ApiError> {
    const result = await dispatch(host.handlers, name, input);
    if (result.ok) throw new Error(`${name} aurait dû être refusé`);
    return result.error;
  }
  async function createAssociation(fileName = 'bocage.passerelles') {
    const path = join(folder, fileName);
    host.enqueue(path);
    await call('association.create', { name: 'MCE-M3S', territory: 'Pays du Bocage' });
    return path;
  }
  return {
    call,
    refusal,
    createAssociation,
    reopen: (path: string) => openInWindow(host.context, path),
    db: (): Database.Database => {
      const file = host.context.session.file;
      if (!file) throw new Error('aucun fichier ouvert');
      return file.db;
    },
    close: () => closeWindowSession(host.context),
  };
}
