import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { call, messageOf } from '../api';

export type NoticeAction = { label: string; onClick: () => void };

/**
 * « Annuler » for the confirmation of a deletion or an import: the main process took a backup just
 * before it (undo.*); the action puts it back and reloads what the screens show. Undefined when
 * there is nothing to undo (the call changed nothing, or another window wrote since).
 */
export function useUndoLast(): (report: (tone: 'success' | 'error', text: string) => void) => Promise<NoticeAction | undefined> {
  const queryClient = useQueryClient();
  return useCallback(
    async (report) => {
      const point = await call('undo.last').catch(() => null);
      if (!point) return undefined;
      return {
        label: 'Annuler',
        onClick: () => {
          call('undo.restore', { id: point.id })
            .then(async (summary) => {
              queryClient.setQueryData(['association'], summary);
              await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'association' });
              report('success', `Annulé : ${point.label}. Le fichier est revenu à son état juste avant.`);
            })
            .catch((failure: unknown) => report('error', messageOf(failure)));
        },
      };
    },
    [queryClient],
  );
}
