import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { countOf } from '../../../../shared/format/plural';
import { formatDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { AddPersonDialog } from '../people/AddPersonDialog';
import { PersonAssessments } from './PersonAssessments';
import { competencyKeys, percent, useInvalidateCompetencies } from './queries';

/** People (employees, replacements, candidates) with their assessments and the occupations they aim at. */
export function PeopleTab() {
  const people = useQuery({ queryKey: competencyKeys.people, queryFn: () => call('assessments.people') });
  const invalidate = useInvalidateCompetencies();
  const [selected, setSelected] = useState<number | null>(null);
  const [isAdding, setAdding] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const person = people.data?.find((p) => p.id === selected) ?? null;
  return (
    <div className="competency-tab people-assessments">
      <div className="toolbar">
        <button type="button" onClick={() => setAdding(true)}>
          Ajouter une personne…
        </button>
        <span className="muted">
          Données personnelles : l’export des données d’une personne et son effacement se font dans « Personnes et RGPD ».
        </span>
      </div>
      {people.data?.length === 0 ? <p className="muted">Aucune personne dans ce fichier pour l’instant.</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Personne</th>
            <th scope="col">Employeur</th>
            <th scope="col">Métier</th>
            <th scope="col">Évaluations</th>
            <th scope="col">Métiers visés</th>
            <th scope="col">Conservation</th>
          </tr>
        </thead>
        <tbody>
          {(people.data ?? []).map((p) => (
            <tr key={p.id} className={p.id === selected ? 'is-selected' : undefined}>
              <td>
                <button type="button" className="link-button" aria-pressed={p.id === selected} onClick={() => setSelected(p.id)}>
                  {p.name}
                </button>
              </td>
              <td>{p.structureName ?? '—'}</td>
              <td>{p.occupationLabel ?? '—'}</td>
              <td>{p.assessmentCount}</td>
              <td>{p.targets.map((t) => `${t.occupationLabel} (${percent(t.score)})`).join(', ') || '—'}</td>
              <td>{p.retentionUntil < today ? <span className="badge badge-warning">à revoir depuis le {formatDate(p.retentionUntil)}</span> : `jusqu’au ${formatDate(p.retentionUntil)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {people.data && people.data.some((p) => p.retentionUntil < today) ? (
        <p className="muted">{countOf(people.data.filter((p) => p.retentionUntil < today).length, 'personne a dépassé', 'personnes ont dépassé')} sa date de conservation : revoyez-les dans « Personnes et RGPD ».</p>
      ) : null}
      {person ? <PersonAssessments key={person.id} personId={person.id} name={person.name} occupationId={person.occupationId} /> : null}
      {isAdding ? (
        <AddPersonDialog
          onCreated={(detail) => {
            setAdding(false);
            setSelected(detail.person.id);
            invalidate();
          }}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </div>
  );
}
