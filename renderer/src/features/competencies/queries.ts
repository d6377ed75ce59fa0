import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call, isCancelled, messageOf } from '../../api';

/** Every key starts with 'competencies' so one write refreshes the whole feature. */
export const competencyKeys = {
  all: ['competencies'] as const,
  catalogue: ['competencies', 'catalogue'] as const,
  overview: ['competencies', 'overview'] as const,
  grid: (gridId: number) => ['competencies', 'grid', gridId] as const,
  territory: (occupationId: number) => ['competencies', 'territory', occupationId] as const,
  matrix: ['competencies', 'matrix'] as const,
  nearest: (occupationId: number) => ['competencies', 'nearest', occupationId] as const,
  careerPaths: ['competencies', 'career-paths'] as const,
  people: ['competencies', 'people'] as const,
  person: (personId: number) => ['competencies', 'person', personId] as const,
  needs: ['competencies', 'needs'] as const,
};

export const useCatalogue = () => useQuery({ queryKey: competencyKeys.catalogue, queryFn: () => call('competencies.list') });
export const useOverview = () => useQuery({ queryKey: competencyKeys.overview, queryFn: () => call('grids.overview') });

export function useInvalidateCompetencies() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: competencyKeys.all });
}

export const failureMessage = (error: unknown): string | null => (isCancelled(error) ? null : messageOf(error));

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
/** « 72 % » with the no-break space French puts before %. */
export const percent = (value: number) => percentFormat.format(value);

/**
 * Background for a score from 0 to 1, near white (far) to teal (near). The darkest teal stays light
 * enough for the dark text to keep WCAG AA contrast (axe checks it), so one text colour serves all.
 */
export function scoreColours(score: number): { backgroundColor: string; color: string } {
  const ratio = Math.max(0, Math.min(1, score));
  return { backgroundColor: `hsl(186, ${Math.round(20 + 45 * ratio)}%, ${Math.round(97 - 42 * ratio)}%)`, color: '#1d2733' };
}
