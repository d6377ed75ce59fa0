import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { UndoableNoticeView } from '../../components/UndoableNoticeView';
import { useUndoableRemoval } from '../../components/undoable-removal';
import type { TrainingDetail, TrainingSession } from '../../../../shared/api/trainings';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { failureMessage, useInvalidateTrainings } from './queries';

const empty = { startsOn: '', endsOn: '', startTime: '09:00', endTime: '17:00', location: '' };
type Draft = typeof empty;

/** « du 16/09/2025 » for one day, « du 16/09/2025 au 17/09/2025 » for several. */
const dayOrDates = (days: Pick<TrainingSession, 'startsOn' | 'endsOn'>) => (days.startsOn === days.endsOn ? `du ${formatDate(days.startsOn)}` : datesOf(days));
const datesOf = (days: Pick<TrainingSession, 'startsOn' | 'endsOn'>) => (days.startsOn === days.endsOn ? formatDate(days.startsOn) : `du ${formatDate(days.startsOn)} au ${formatDate(days.endsOn)}`);

/** The days of the action: one line per session, added below, changed in place, deleted with « Annuler ». */
export function SessionsSection({ detail }: { detail: TrainingDetail }) {
  const invalidate = useInvalidateTrainings();
  const [draft, setDraft] = useState<Draft>(empty);
  // The session being changed: the form below holds its values until saved or put back.
  const [editingId, setEditingId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const trainingId = detail.training.id;
  const save = useMutation({
    mutationFn: () =>
      call('trainings.saveSession', { trainingId, sessionId: editingId, session: { ...draft, endsOn: draft.endsOn || draft.startsOn, location: draft.location || detail.training.location } }),
    onSuccess: async () => {
      setDraft({ ...empty, startTime: draft.startTime, endTime: draft.endTime, location: editingId === null ? draft.location : '' });
      setEditingId(null);
      setError(null);
      await invalidate();
    },
    onError: (e) => setError(failureMessage(e)),
  });
  const attendanceOf = (session: TrainingSession) => detail.participants.filter((p) => p.attendance[String(session.id)] !== undefined).length;
  const removal = useUndoableRemoval(
    (session: TrainingSession) => call('trainings.deleteSession', { id: session.id }),
    (session) => `Session ${dayOrDates(session)} supprimée.`,
    invalidate,
  );
  const startEditing = (session: TrainingSession) => {
    setEditingId(session.id);
    setError(null);
    setDraft({ startsOn: session.startsOn, endsOn: session.endsOn, startTime: session.startTime, endTime: session.endTime, location: session.location });
  };
  const stopEditing = () => {
    setEditingId(null);
    setDraft(empty);
    setError(null);
  };
  const editing = detail.sessions.find((session) => session.id === editingId) ?? null;
  const marked = removal.pending ? attendanceOf(removal.pending) : 0;
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
            {detail.sessions.map((session) => (
              <tr key={session.id} className={session.id === editingId ? 'is-editing' : undefined}>
                <td>{datesOf(session)}</td>
                <td>{session.startTime && session.endTime ? `${session.startTime} – ${session.endTime}` : ''}</td>
                <td>{session.location}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" onClick={() => startEditing(session)} aria-label={`Modifier la session du ${formatDate(session.startsOn)}`}>
                    Modifier
                  </button>
                  <button type="button" className="link-button danger-link" onClick={() => removal.ask(session)} aria-label={`Supprimer la session du ${formatDate(session.startsOn)}`}>
                    Supprimer
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? <p className="hint">Modification de la session {dayOrDates(editing)} : changez ses valeurs ci-dessous, puis enregistrez.</p> : null}
      <form
        className="field-row"
        aria-label={editingId === null ? 'Nouvelle session' : 'Modifier la session'}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
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
        <button type="submit" className={editingId === null ? undefined : 'primary'} disabled={save.isPending}>
          {editingId === null ? 'Ajouter la session' : 'Enregistrer la session'}
        </button>
        {editingId === null ? null : (
          <button type="button" onClick={stopEditing}>
            Annuler la modification
          </button>
        )}
      </form>
      {error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : (
        <UndoableNoticeView notice={removal.notice} onDismiss={removal.dismiss} />
      )}
      {removal.pending ? (
        <ConfirmDialog title="Supprimer cette session ?" confirmLabel="Supprimer la session" danger busy={removal.busy} onConfirm={removal.confirm} onCancel={removal.cancel}>
          <p>
            La session {dayOrDates(removal.pending)} sera supprimée
            {marked > 0 ? `, avec les présences notées pour ${countOf(marked, 'participant', 'participants')}` : ''}. Une sauvegarde est faite juste avant : vous
            pourrez annuler.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
