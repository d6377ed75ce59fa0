import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { useMutation } from '@tanstack/react-query';
import { messageOf } from '../api';
import { useUndoLast, type NoticeAction } from './undo';

export type UndoableNotice = { tone: 'success' | 'error'; text: string; action?: NoticeAction };

/** A notice that can carry « Annuler »: the shape each page's banner has in common. */
type WithUndo = { text: string; action?: NoticeAction };

/**
 * The confirmation of a deletion or an import, given to `setNotice` as `noticeOf` makes it, then
 * with « Annuler » once the main process says a backup was taken just before (undo.*, the call is
 * listed in store/undo/undo-points.ts). `noticeOf` must not change between renders.
 */
export function useConfirmWithUndo<N extends WithUndo>(setNotice: Dispatch<SetStateAction<N | null>>, noticeOf: (tone: 'success' | 'error', text: string) => N) {
  const undoLast = useUndoLast();
  return useCallback(
    (text: string) => {
      setNotice(noticeOf('success', text));
      void undoLast((tone, message) => setNotice(noticeOf(tone, message))).then((action) => {
        if (action) setNotice((shown) => (shown?.text === text ? { ...shown, action } : shown));
      });
    },
    [undoLast, setNotice, noticeOf],
  );
}

const undoableNotice = (tone: 'success' | 'error', text: string): UndoableNotice => ({ tone, text });

/** A confirmation with « Annuler » (see useConfirmWithUndo); `setNotice` shows any other message in the same place. */
export function useNoticeWithUndo() {
  const [notice, setNotice] = useState<UndoableNotice | null>(null);
  const confirmWithUndo = useConfirmWithUndo(setNotice, undoableNotice);
  return { notice, setNotice, confirmWithUndo, dismiss: () => setNotice(null) };
}

/**
 * A deletion as the lists of the app do it: asked first (a ConfirmDialog while `pending`), then
 * confirmed in a notice that offers « Annuler ».
 */
export function useUndoableRemoval<T>(remove: (item: T) => Promise<unknown>, describe: (item: T) => string, refresh: () => Promise<unknown>) {
  const { notice, setNotice, confirmWithUndo, dismiss } = useNoticeWithUndo();
  const [pending, setPending] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onMutate: () => setNotice(null),
    onSuccess: async (_result, item) => {
      setPending(null);
      await refresh();
      confirmWithUndo(describe(item));
    },
    onError: (failure) => {
      setPending(null);
      setNotice({ tone: 'error', text: messageOf(failure) });
    },
  });
  return {
    pending,
    ask: (item: T) => setPending(item),
    cancel: () => setPending(null),
    confirm: () => {
      if (pending !== null) mutation.mutate(pending);
    },
    busy: mutation.isPending,
    notice,
    dismiss,
  };
}
