import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../../api';
import { memberKeys } from '../members/queries';

export const exchangeKeys = {
  ads: ['exchange', 'ads'] as const,
  candidates: ['exchange', 'candidates'] as const,
  places: ['exchange', 'places'] as const,
  matches: (adId: number) => ['exchange', 'matches', adId] as const,
  retention: ['exchange', 'retention'] as const,
};

export const useAds = () => useQuery({ queryKey: exchangeKeys.ads, queryFn: () => call('exchange.ads.list') });
export const useCandidates = () => useQuery({ queryKey: exchangeKeys.candidates, queryFn: () => call('exchange.candidates.list') });
export const usePlaces = () => useQuery({ queryKey: exchangeKeys.places, queryFn: () => call('exchange.places.list') });
export const useMatches = (adId: number) => useQuery({ queryKey: exchangeKeys.matches(adId), queryFn: () => call('exchange.ads.matches', { id: adId }) });
export const useRetention = () => useQuery({ queryKey: exchangeKeys.retention, queryFn: () => call('exchange.retention.preview') });
/** The register list, shared with the members screen (same key). */
export const useStructures = () => useQuery({ queryKey: memberKeys.list, queryFn: () => call('structures.list') });
/** The file's occupations, as the CDD screens load them (same key). */
export { useOccupations } from '../cdd/queries';

/** Every exchange list depends on the others (a candidate erased leaves the matches), so one write refreshes them all. */
export function useExchangeRefresh() {
  const client = useQueryClient();
  return useMemo(() => () => client.invalidateQueries({ queryKey: ['exchange'] }), [client]);
}
