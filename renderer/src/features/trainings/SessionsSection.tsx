import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import type { TrainingDetail } from '../../../../shared/api/trainings';
import { formatDate } from '../../../../shared/format/dates';
import { failureMessage, useInvalidateTrainings } from './queries';

const empty = { startsOn: '', endsOn: '', startTime: '09:00', endTime: '17:00', location: '' };

/** The days of the action: one line per session, added below. */
export function SessionsSection({ detail }: { detail: TrainingDetail }) {
  const invalidate = useInvalidateTrainings();
  const [draft, setDraft] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  const trainingId = detail.training.id;
  const add = useMutation({
    mutationFn: () => call('trainings.saveSession', { trainingId, session: { ...draft, endsOn: draft.endsOn || draft.startsOn, location: draft.location || detail.training.location } }),
    onSuccess: async () => {
      setDraft({ ...empty, startTime: draft.startTime, endTime: draft.endTime, location: draft.location });
      setError(null);
      await invalidate();
    },
    onError: (e) => setError(failureMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (id: number) => call('trainings.deleteSession', { id }),
    onSuccess: () => invalidate(),
    onError: (e) => setError(failureMessage(e)),
  });
  return (
    <section className="panel" aria-labelledby={`sessions-${trainingId}`}>
      <h3 id={`sessions-${trainingId}`}>Sessions</h3>
      {detail.sessions.length === 0 ? <p className="muted">Aucune session : ajoutez les jours de formation ci-dessous.</p> : null}
      {detail.sessions.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Dates</th>
              <th scope="col">Horaires</th>
              <th scope="col">Lieu</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.sessions.map((s) => (
              <tr key={s.id}>
                <td>{s.startsOn === s.endsOn ? formatDate(s.startsOn) : `du ${formatDate(s.startsOn)} au ${formatDate(s.endsOn)}`}</td>
                <td>{s.startTime && s.endTime ? `${s.startTime} – ${s.endTime}` : ''}</td>
                <td>{s.location}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => remove.mutate(s.id)} aria-label={`Supprimer la session du ${formatDate(s.startsOn)}`}>
                    Supprimer
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <label>
          Début
          <input type="date" required value={draft.startsOn} onChange={(e) => setDraft({ ...draft, startsOn: e.target.value })} />
        </label>
        <label>
          Fin
          <input type="date" value={draft.endsOn} min={draft.startsOn || undefined} onChange={(e) => setDraft({ ...draft, endsOn: e.target.value })} />
        </label>
        <label>
          De
          <input type="time" value={draft.startTime} onChange={(e) => setDraft({ ...draft, startTime: e.target.value })} />
        </label>
        <label>
          À
          <input type="time" value={draft.endTime} onChange={(e) => setDraft({ ...draft, endTime: e.target.value })} />
        </label>
        <label>
          Lieu
          <input type="text" value={draft.location} placeholder={detail.training.location} onChange={(e) => setDraft({ ...draft, location: e.target.value })} />
        </label>
        <button type="submit" disabled={add.isPending}>
          Ajouter la session
        </button>
      </form>
      {error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : null}
    </section>
  );
}
