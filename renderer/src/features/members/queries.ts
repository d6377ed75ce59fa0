import { useMemo } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { StructureDetail, StructureRow } from '../../../../shared/api/members';
import { ApiFailure, call, isCancelled } from '../../api';

/** Same key as the CDD screens use for the register list, so one write refreshes both. */
export const memberKeys = {
  list: ['structures', 'list'] as const,
  detail: (id: number) => ['structures', 'detail', id] as const,
};

export const useStructureList = () => useQuery({ queryKey: memberKeys.list, queryFn: () => call('structures.list') });

export const useStructureDetail = (id: number) =>
  useQuery({ queryKey: memberKeys.detail(id), queryFn: () => call('structures.get', { id }) });

/** Keeps the list and the detail in step after a write that returned the structure. */
export function useRegisterCache() {
  const client = useQueryClient();
  return useMemo(() => registerCache(client), [client]);
}

function registerCache(client: QueryClient) {
  return {
    putRow: (row: StructureRow) =>
      client.setQueryData<StructureRow[]>(memberKeys.list, (rows) => rows?.map((r) => (r.id === row.id ? row : r))),
    putDetail: (detail: StructureDetail) => {
      client.setQueryData(memberKeys.detail(detail.structure.id), detail);
      client.setQueryData<StructureRow[]>(memberKeys.list, (rows) => {
        if (!rows) return rows;
        return rows.some((r) => r.id === detail.structure.id)
          ? rows.map((r) => (r.id === detail.structure.id ? detail.structure : r))
          : [...rows, detail.structure];
      });
    },
    /** A deleted structure: its detail must not be fetched again. */
    forget: (id: number) => client.removeQueries({ queryKey: memberKeys.detail(id) }),
    /** After an import, a delete, a contact or membership change: the list's counts and badges move too. */
    refresh: () => client.invalidateQueries({ queryKey: ['structures'] }),
    /** Other features count structures (CDD): refresh everything that may depend on the register. */
    refreshAll: () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'association' }),
  };
}

/**
 * The French message to show: the handler's for a refusal; for anything else (a lost connection, a bug) a
 * French sentence rather than the browser's English text or a stack.
 */
export const frenchMessage = (error: unknown): string =>
  error instanceof ApiFailure ? error.message : 'Une erreur inattendue s’est produite : réessayez, et si elle revient, fermez puis rouvrez le fichier.';

/** The French message to show for a failed action; null for a dialog the person closed. */
export const failureMessage = (error: unknown): string | null => (isCancelled(error) ? null : frenchMessage(error));
