import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api';

export const useLetters = () => useQuery({ queryKey: ['newsletters', 'list'], queryFn: () => call('newsletters.list') });
export const useLetter = (id: number | null) =>
  useQuery({ queryKey: ['newsletters', 'letter', id], queryFn: () => call('newsletters.get', { id: id ?? 0 }), enabled: id !== null });
export const useGlossary = () => useQuery({ queryKey: ['newsletters', 'glossary'], queryFn: () => call('glossary.list') });
export const useUnsubscribes = () => useQuery({ queryKey: ['newsletters', 'unsubscribes'], queryFn: () => call('newsletters.unsubscribes') });

export function useNewslettersRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['newsletters'] });
}
