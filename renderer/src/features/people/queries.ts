import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonKind } from '../../../../shared/domain/people';
import { call } from '../../api';

export type PeopleFilter = { kind: PersonKind | null; structureId: number | null; pastRetention: boolean };

export const peopleKeys = {
  all: ['people'] as const,
  list: (filter: PeopleFilter) => ['people', 'list', filter] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
  review: ['people', 'review'] as const,
  purge: ['people', 'purge'] as const,
  retention: ['people', 'retention'] as const,
  audit: ['people', 'audit'] as const,
};

export const usePeopleList = (filter: PeopleFilter) => useQuery({ queryKey: peopleKeys.list(filter), queryFn: () => call('people.list', filter) });
export const usePersonDetail = (id: number) => useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => call('people.get', { id }) });
export const useRetentionSettings = () => useQuery({ queryKey: peopleKeys.retention, queryFn: () => call('privacy.retentionSettings') });
export const usePurgePreview = () => useQuery({ queryKey: peopleKeys.purge, queryFn: () => call('privacy.purgePreview') });
export const useAudit = () => useQuery({ queryKey: peopleKeys.audit, queryFn: () => call('privacy.audit', { limit: 500 }) });

/** Structures and occupations for the person's pickers (the same lists the other screens use). */
export const useStructureChoices = () => useQuery({ queryKey: ['structures', 'list'], queryFn: () => call('structures.list') });
export { useOccupations as useOccupationChoices } from '../cdd/queries';

/** After any write about people: every list, card, review and the audit may have moved. */
export function usePeopleRefresh() {
  const client = useQueryClient();
  return useMemo(
    () => ({
      refresh: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
      forget: (id: number) => client.removeQueries({ queryKey: peopleKeys.detail(id) }),
    }),
    [client],
  );
}
