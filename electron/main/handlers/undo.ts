import type { Handlers } from '../dispatch';
import type { WindowContext } from '../context';
import { fail } from '../errors';
import { associationHandlers } from './association';
import { currentUndoPoint, forgetUndoPoint } from '../store/undo/undo-points';

type UndoHandlers = Pick<Handlers, 'undo.last' | 'undo.restore'>;

/** « Annuler » after a deletion or an import: the backup taken just before it, put back. */
export function undoHandlers(ctx: WindowContext): UndoHandlers {
  const association = associationHandlers(ctx);
  return {
    'undo.last': () => {
      const point = currentUndoPoint(ctx);
      return point ? { id: point.id, label: point.label, createdAt: point.createdAt } : null;
    },
    'undo.restore': async ({ id }) => {
      const point = currentUndoPoint(ctx);
      if (!point || point.id !== id) {
        fail(
          'CONFLICT',
          'Cette action ne peut plus être annulée : le fichier a été modifié depuis. Pour revenir plus loin, utilisez « Sauvegardes… » dans la barre de gauche.',
        );
      }
      // The same path as « Sauvegardes… »: the current state is backed up first, nothing is lost.
      const summary = await association['backups.restore']({ id });
      forgetUndoPoint(ctx);
      return summary;
    },
  };
}
