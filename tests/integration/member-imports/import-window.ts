import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ApiError, CallInput, CallName, CallOutput } from '../../../shared/api';
import { dispatch } from '../../../electron/main/dispatch';
import { closeWindowSession } from '../../../electron/main/handlers/association';
import { createHostWindow } from '../../../electron/main/host-window';

/** A window without Electron: calls go through dispatch(); `answer(path)` answers the next file dialog. */
export function openImportWindow(folder: string) {
  const host = createHostWindow(folder);
  async function call<K extends CallName>(name: K, input?: CallInput<K>): Promise<CallOutput<K>> {
    const result = await dispatch(host.handlers, name, input);
    if (!result.ok) throw new Error(`${name} refusé : ${result.error.code} ${result.error.message}`);
    return result.value as CallOutput<K>;
  }
  async function refusal<K extends CallName>(name: K, input?: CallInput<K>): Promise<ApiError> {
    const result = await dispatch(host.handlers, name, input, () => {});
    if (result.ok) throw new Error(`${name} aurait dû être refusé`);
    return result.error;
  }
  const db = (): Database.Database => {
    const file = host.context.session.file;
    if (!file) throw new Error('aucun fichier ouvert');
    return file.db;
  };
  async function createAssociation(fileName = 'bocage.passerelles') {
    const path = join(folder, fileName);
    host.enqueue(path);
    await call('association.create', { name: 'MCE-M3S', territory: 'Pays du Bocage' });
    return path;
  }
  return { call, refusal, db, createAssociation, answer: host.enqueue, close: () => closeWindowSession(host.context) };
}

/** Row counts and a hash of every register table: "the refusal changed nothing" in one comparison. */
export function registerFingerprint(db: Database.Database) {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of ['structure', 'contact', 'membership', 'import_log']) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    counts[table] = rows.length;
    hash.update(JSON.stringify(rows));
  }
  return { counts, sha256: hash.digest('hex') };
}
