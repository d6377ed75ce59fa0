import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import type { TrainingDetail } from '../../../../shared/api/trainings';
import { countOf } from '../../../../shared/format/plural';
import { failureMessage, useInvalidateTrainings } from './queries';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Which competencies the action develops: the training needs screen then proposes it, with its hours. */
export function CompetenciesSection({ detail }: { detail: TrainingDetail }) {
  const competencies = useQuery({ queryKey: ['competencies', 'list'], queryFn: () => call('competencies.list') });
  const invalidate = useInvalidateTrainings();
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (ids: number[]) => call('trainings.setCompetencies', { trainingId: detail.training.id, competencyIds: ids }),
    onSuccess: () => invalidate(),
    onError: (e) => setError(failureMessage(e)),
  });
  const all = competencies.data?.competencies ?? [];
  const chosen = new Set(detail.competencyIds);
  const key = fold(search.trim());
  const shown = key ? all.filter((c) => fold(c.label).includes(key)).slice(0, 30) : all.filter((c) => chosen.has(c.id));
  const toggle = (id: number, on: boolean) => save.mutate(on ? [...chosen, id] : [...chosen].filter((x) => x !== id));
  return (
    <section className="panel" aria-labelledby={`competencies-${detail.training.id}`}>
      <h3 id={`competencies-${detail.training.id}`}>Compétences développées</h3>
      {competencies.data && all.length === 0 ? <p className="muted">Aucune compétence dans le fichier : elles se définissent dans la section des compétences.</p> : null}
      {all.length > 0 ? (
        <>
          <p className="hint">{countOf(chosen.size, 'compétence choisie', 'compétences choisies')} ; l’écran des besoins de formation propose cette action pour les combler.</p>
          <label className="competency-search">
            Chercher une compétence
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <ul className="competency-choices" aria-label="Compétences">
            {shown.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} /> {c.label}
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : null}
    </section>
  );
}
