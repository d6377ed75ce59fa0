import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api';

export const useVersions = () => useQuery({ queryKey: ['charter', 'versions'], queryFn: () => call('charter.versions') });
export const useSignatories = () => useQuery({ queryKey: ['charter', 'signatories'], queryFn: () => call('charter.signatories') });
export const useInterventionMap = () => useQuery({ queryKey: ['charter', 'map'], queryFn: () => call('charter.map') });

/** After any change: versions, signatories and the map are read again. */
export function useCharterRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['charter'] });
}
