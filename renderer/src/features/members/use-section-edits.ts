import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
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
}) {
  const cache = useRegisterCache();
  const [toDelete, setToDelete] = useState<Deleted | null>(null);
  const [error, setError] = useState<string | null>(null);
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
      void cache.refresh();
    },
    onError: (e) => {
      setToDelete(null);
      setError(frenchMessage(e));
    },
  });
  return { save, remove, toDelete, setToDelete, error, setError };
}
