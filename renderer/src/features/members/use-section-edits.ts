import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNoticeWithUndo } from '../../components/undoable-removal';
import { frenchMessage, useRegisterCache } from './queries';

/**
 * The edits of one list in a structure's detail panel (its contacts, its membership years): what
 * is being deleted (asked first), the save and the delete, the register refreshed after each, and
 * the French message of a refusal.
 */
export function useSectionEdits<SaveInput, Deleted, DeleteKey>(calls: {
  save: (input: SaveInput) => Promise<unknown>;
  remove: (key: DeleteKey) => Promise<unknown>;
  /** After a save went through: close the form. */
  onSaved: () => void;
  /** The confirmation shown after a deletion (it offers « Annuler »). */
  deleted: string;
}) {
  const cache = useRegisterCache();
  const [toDelete, setToDelete] = useState<Deleted | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A deletion offers « Annuler »: the main process took a backup just before it (undo.*).
  const { notice: done, setNotice: setDone, confirmWithUndo } = useNoticeWithUndo();
  const save = useMutation({
    mutationFn: calls.save,
    onSuccess: () => {
      calls.onSaved();
      void cache.refresh();
    },
    onError: (e) => setError(frenchMessage(e)),
  });
  const remove = useMutation({
    mutationFn: calls.remove,
    onSuccess: () => {
      setToDelete(null);
      confirmWithUndo(calls.deleted);
      void cache.refresh();
    },
    onError: (e) => {
      setToDelete(null);
      setError(frenchMessage(e));
    },
  });
  return { save, remove, toDelete, setToDelete, error, setError, done, setDone };
}
