import type { UndoPoint } from '../../../../shared/api/undo';
import type { CallName } from '../../../../shared/api';
import type { Handlers } from '../../dispatch';
import type { WindowContext } from '../../context';
import { listBackups, takeBackup, type BackupReason } from '../backups';

/**
 * The calls that delete or replace data: a backup of the file is taken just before each one
 * (the delete dialog promises it; imports take theirs), and « Annuler » on its confirmation puts it back.
 * A feature whose call destroys data adds one line here.
 */
export const undoableCalls: Partial<Record<CallName, { reason: BackupReason; label: string }>> = {
  'structures.delete': { reason: 'delete', label: 'la suppression de la structure' },
  'contacts.delete': { reason: 'delete', label: 'la suppression du contact' },
  'memberships.delete': { reason: 'delete', label: 'la suppression de l’année d’adhésion' },
  'finess.commit': { reason: 'import', label: 'l’import de l’extraction FINESS' },
  'membersWorkbook.commit': { reason: 'import', label: 'l’import du classeur d’adhérents' },
  'cdd.commitReturned': { reason: 'import', label: 'l’import du fichier CDD' },
  'trainings.deleteSession': { reason: 'delete', label: 'la suppression de la session' },
  'trainings.removeParticipant': { reason: 'delete', label: 'la désinscription du participant' },
  'trainings.delete': { reason: 'delete', label: 'la suppression de la formation' },
  'charter.deleteSignatory': { reason: 'delete', label: 'la suppression de la signature' },
  'newsletters.delete': { reason: 'delete', label: 'la suppression du brouillon' },
};

type Point = UndoPoint & { filePath: string; changesAfter: number };
/** Per window: the last undoable action, and how many rows the connection had changed right after it. */
const points = new WeakMap<WindowContext['session'], Point>();

type Db = NonNullable<WindowContext['session']['file']>['db'];
const totalChanges = (db: Db) => db.prepare('SELECT total_changes()').pluck().get() as number;

/**
 * Wraps the undoable calls of `handlers`. A deletion takes its backup here; an import already takes
 * one itself just before it writes (and none when it writes nothing), so that one is the point.
 */
export function withUndoPoints(ctx: WindowContext, handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const [name, spec] of Object.entries(undoableCalls)) {
    const original = handlers[name as CallName] as ((input: unknown) => unknown) | undefined;
    if (!original || !spec) continue;
    wrapped[name] = async (input: unknown) => {
      const file = ctx.session.file;
      if (!file) return original(input); // the call refuses it in its own words
      const newestBefore = listBackups(file.path)[0]?.id;
      const taken = spec.reason === 'import' ? null : await takeBackup(file.db, file.path, spec.reason, ctx.app.now());
      const changesBefore = totalChanges(file.db);
      const result = await original(input);
      const current = ctx.session.file;
      if (!current) return result;
      // An import committed by a worker on its own connection shows as its new backup, not as changes here.
      const newest = listBackups(current.path)[0];
      const backup = taken ?? (newest && newest.id !== newestBefore ? newest : null);
      const hasChanged = current !== file || totalChanges(current.db) !== changesBefore || (spec.reason === 'import' && backup !== null);
      // A call that changed nothing (a row already gone, every line refused) has nothing to undo.
      if (backup && hasChanged) points.set(ctx.session, { id: backup.id, label: spec.label, createdAt: backup.createdAt, filePath: current.path, changesAfter: totalChanges(current.db) });
      return result;
    };
  }
  return wrapped as Handlers;
}

/** The last point of this window, if nothing has been written since and the same file is open. */
export function currentUndoPoint(ctx: WindowContext): Point | null {
  const point = points.get(ctx.session);
  const file = ctx.session.file;
  if (!point || !file || file.path !== point.filePath) return null;
  return totalChanges(file.db) === point.changesAfter ? point : null;
}

export function forgetUndoPoint(ctx: WindowContext): void {
  points.delete(ctx.session);
}
