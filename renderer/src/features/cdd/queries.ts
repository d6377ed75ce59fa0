import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call, isCancelled, messageOf } from '../../api';

/** Every CDD query key starts with 'cdd' so one import invalidates the whole feature at once. */
export const cddKeys = {
  all: ['cdd'] as const,
  occupations: ['cdd', 'occupations'] as const,
  settings: ['cdd', 'settings'] as const,
  imports: ['cdd', 'imports'] as const,
  dataRange: ['cdd', 'data-range'] as const,
};

export const useStructures = () => useQuery({ queryKey: ['structures', 'list'], queryFn: () => call('structures.list') });
export const useOccupations = () => useQuery({ queryKey: cddKeys.occupations, queryFn: () => call('occupations.list') });
export const useCddSettings = () => useQuery({ queryKey: cddKeys.settings, queryFn: () => call('settings.get') });
export const useDataRange = () => useQuery({ queryKey: cddKeys.dataRange, queryFn: () => call('cdd.dataRange') });

/** After a write: the register may have changed too (import log, structures counted). */
export function useInvalidateCdd() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: cddKeys.all });
}

/** The French message to show for a failed action; null for a dialog the person closed. */
export const failureMessage = (error: unknown): string | null => (isCancelled(error) ? null : messageOf(error));
