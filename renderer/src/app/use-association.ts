import { useCallback, useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssociationSummary } from '../../../shared/api/association';
import { call } from '../api';

export const associationKey = ['association'] as const;

/** The open association, and the actions that change which file is open. */
export function useAssociation() {
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: associationKey, queryFn: () => call('association.current') });

  // Another file means other data: every cached query is dropped.
  const switchTo = useCallback(
    (summary: AssociationSummary | null) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'association' });
      queryClient.setQueryData(associationKey, summary);
      void queryClient.invalidateQueries({ queryKey: ['recent'] });
    },
    [queryClient],
  );

  const [outsideRefusal, setOutsideRefusal] = useState<string | null>(null);
  useEffect(
    () =>
      window.appEvents?.onAssociationChanged((refusal) => {
        setOutsideRefusal(refusal ?? null);
        void call('association.current').then(switchTo);
      }),
    [switchTo],
  );

  useEffect(() => {
    // With a file open, Workspace names the section too (« Adhérents — MCE-M3S — Passerelles »).
    if (!current.data) document.title = 'Passerelles';
  }, [current.data]);

  const open = useMutation({ mutationFn: () => call('association.open'), onSuccess: switchTo });
  const openRecent = useMutation({ mutationFn: (id: string) => call('association.openRecent', { id }), onSuccess: switchTo });
  const create = useMutation({
    mutationFn: (input: { name: string; territory: string }) => call('association.create', input),
    onSuccess: switchTo,
  });
  const close = useMutation({ mutationFn: () => call('association.close'), onSuccess: () => switchTo(null) });
  return { current, open, openRecent, create, close, switchTo, outsideRefusal, dismissOutsideRefusal: () => setOutsideRefusal(null) };
}
