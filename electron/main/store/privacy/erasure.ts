import type Database from 'better-sqlite3';
import type { ErasureResult } from '../../../../shared/api/privacy';
import { countOf } from '../../../../shared/format/plural';
import { fail } from '../../errors';
import type { AssociationFile } from '../association-file';
import { recordAudit } from './audit';
import { scrubBackups, type ErasedPerson } from './backup-scrub';
import { personalDataSources, type PersonalDataSource } from './sources';

export type ErasureRequest = {
  ids: number[];
  now: Date;
  actor: string;
  /** 'erasure' (one person, on request) or 'purge' (past the retention date). */
  action: 'erasure' | 'purge';
  sources?: PersonalDataSource[];
};

/**
 * Deletes the people in one transaction: each source's own clean-up, then the person row (every
 * row that references it goes by ON DELETE CASCADE), and the audit line — all or nothing.
 * secure_delete makes SQLite overwrite what it frees with zeros.
 */
export function deletePeople(db: Database.Database, ids: number[], sources: PersonalDataSource[], audit: () => void): void {
  db.pragma('secure_delete = ON');
  const remove = db.prepare('DELETE FROM person WHERE id = ?');
  db.transaction(() => {
    for (const id of ids) {
      for (const source of sources) source.erase?.(db, id);
      remove.run(id);
    }
    audit();
  })();
}

/**
 * Leaves no readable byte of what was deleted in the file: VACUUM rebuilds every page (so even
 * what earlier edits left in free space goes), in memory rather than in a temporary file, then
 * the WAL is folded into the file and truncated to zero bytes. Returns whether the WAL could be
 * emptied (another connection reading an old snapshot can hold it for a moment).
 */
export function scrubFile(db: Database.Database): boolean {
  db.pragma('temp_store = MEMORY');
  db.exec('VACUUM');
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return result === undefined || result.busy === 0;
}

/**
 * Erasure for good, of one person or of a purge's list: the file, its WAL, then every backup
 * that still holds one of them (rewritten without them, or deleted when it cannot be rewritten).
 * Names are read before the deletion, kept in memory only, to find residues in backups.
 */
export async function erasePeople(file: AssociationFile, request: ErasureRequest): Promise<ErasureResult> {
  const sources = request.sources ?? personalDataSources;
  const { db } = file;
  const people = request.ids
    .map((id) => db.prepare('SELECT id, last_name AS lastName, first_name AS firstName FROM person WHERE id = ?').get(id) as ErasedPerson | undefined)
    .filter((person): person is ErasedPerson => person !== undefined);
  const ids = people.map((person) => person.id);
  if (ids.length === 0) return { erased: 0, backups: { rewritten: 0, removed: 0, untouched: 0 }, isWalEmptied: true };

  // The backups' fate is known only after they are scrubbed; the audit line says what was asked.
  deletePeople(db, ids, sources, () =>
    recordAudit(db, {
      at: request.now,
      actor: request.actor,
      action: request.action,
      subject: 'person',
      count: ids.length,
      detail: request.action === 'erasure' ? 'Fichier, journal et sauvegardes nettoyés.' : 'Durée de conservation dépassée ; fichier, journal et sauvegardes nettoyés.',
    }),
  );
  // The deletion is committed: the backups are cleaned even if rewriting the file fails (a full
  // disk), and the coordinator is told what is left to do.
  let isWalEmptied = false;
  let rewriteError: unknown = null;
  try {
    isWalEmptied = scrubFile(db);
  } catch (error) {
    rewriteError = error;
  }
  const backups = scrubBackups(file.path, people, sources);
  if (rewriteError) {
    fail(
      'READ_ONLY',
      `L’effacement est enregistré et ${countOf(backups.rewritten, 'sauvegarde a été réécrite', 'sauvegardes ont été réécrites')}, mais le fichier n’a pas pu être réécrit (disque plein ou fichier verrouillé) : des traces peuvent y rester lisibles. Libérez de la place, puis lancez « Nettoyer le fichier » (Personnes et RGPD › Journal RGPD).`,
    );
  }
  return { erased: ids.length, backups, isWalEmptied };
}
