import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call, isCancelled, messageOf } from '../../api';

/** Every trainings query key starts with 'trainings': one write refreshes the whole screen. */
export const trainingKeys = {
  all: ['trainings'] as const,
  list: (year: number | null | undefined) => ['trainings', 'list', year ?? 'all'] as const,
  detail: (id: number) => ['trainings', 'detail', id] as const,
  plan: (year: number) => ['trainings', 'plan', year] as const,
  profiles: ['trainings', 'profiles'] as const,
};

export const useTrainings = (planYear?: number | null) =>
  useQuery({ queryKey: trainingKeys.list(planYear), queryFn: () => call('trainings.list', planYear === undefined ? {} : { planYear }) });
export const useTraining = (id: number | null) =>
  useQuery({ queryKey: trainingKeys.detail(id ?? 0), queryFn: () => call('trainings.get', { id: id! }), enabled: id !== null });
export const usePlan = (year: number) => useQuery({ queryKey: trainingKeys.plan(year), queryFn: () => call('trainings.plan', { year }) });
export const useProfiles = () => useQuery({ queryKey: trainingKeys.profiles, queryFn: () => call('opca.profiles') });
export const useStructureList = () => useQuery({ queryKey: ['structures', 'list'], queryFn: () => call('structures.list') });

export function useInvalidateTrainings() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: trainingKeys.all });
}

/** The French message of a refusal; null when the person closed a dialog. */
export const failureMessage = (error: unknown): string | null => (isCancelled(error) ? null : messageOf(error));

export const currentYear = () => new Date().getFullYear();

/** "1 250,50" → 125050 cents; null when it is not a number. */
export function eurosToCents(text: string): number | null {
  const clean = text.trim().replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (clean === '') return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}
export const centsToEuros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');
