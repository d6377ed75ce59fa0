import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { UndoableNoticeView } from '../../components/UndoableNoticeView';
import { useUndoableRemoval } from '../../components/undoable-removal';
import { attendanceStatuses, fundingStatuses, type AttendanceStatus, type TrainingDetail, type Participant } from '../../../../shared/api/trainings';
import { opcas } from '../../../../shared/domain/structure';
import { formatDate } from '../../../../shared/format/dates';
import { formatEuros } from '../../../../shared/format/numbers';
import { AddParticipantForm } from './AddParticipantForm';
import { failureMessage, useInvalidateTrainings } from './queries';

/** Who follows the action, their employer and fund, the fund's answer, and attendance per session. */
export function ParticipantsSection({ detail }: { detail: TrainingDetail }) {
  const invalidate = useInvalidateTrainings();
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(failureMessage(e));
  const attendance = useMutation({
    mutationFn: (input: { sessionId: number; participantId: number; status: AttendanceStatus | null }) => call('trainings.setAttendance', input),
    onSuccess: () => invalidate(),
    onError,
  });
  const nameOf = (p: Participant) => `${p.firstName} ${p.lastName}`.trim();
  const removal = useUndoableRemoval((p: Participant) => call('trainings.removeParticipant', { id: p.id }), (p) => `L’inscription de ${nameOf(p)} est supprimée.`, invalidate);
  const trainingId = detail.training.id;
  return (
    <section className="panel" aria-labelledby={`participants-${trainingId}`}>
      <h3 id={`participants-${trainingId}`}>Participants</h3>
      {detail.participants.length === 0 ? <p className="muted">Personne n’est encore inscrit.</p> : null}
      {detail.participants.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table participants-table">
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Structure</th>
                <th scope="col">OPCA</th>
                <th scope="col">Métier</th>
                <th scope="col">Coût</th>
                <th scope="col">Financement</th>
                {detail.sessions.map((s) => (
                  <th scope="col" key={s.id}>
                    {formatDate(s.startsOn)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.participants.map((p) => {
                const name = nameOf(p);
                return (
                  <tr key={p.id}>
                    <th scope="row">{name}</th>
                    <td>{p.structureName || <span className="muted">sans employeur</span>}</td>
                    <td>{p.opca ? opcas[p.opca] : p.structureId ? <span className="warning-text">OPCA à renseigner</span> : ''}</td>
                    <td>{p.occupationLabel}</td>
                    <td className="number">{formatEuros(p.effectiveCostCents)}</td>
                    <td>
                      {fundingStatuses[p.fundingStatus]}
                      {p.fundedCents !== null ? ` (${formatEuros(p.fundedCents)})` : ''}
                    </td>
                    {detail.sessions.map((s) => (
                      <td key={s.id}>
                        <select
                          aria-label={`Présence de ${name} le ${formatDate(s.startsOn)}`}
                          value={p.attendance[String(s.id)] ?? ''}
                          onChange={(e) => attendance.mutate({ sessionId: s.id, participantId: p.id, status: (e.target.value || null) as AttendanceStatus | null })}
                        >
                          <option value="">—</option>
                          {Object.entries(attendanceStatuses).map(([code, label]) => (
                            <option key={code} value={code}>
                              {label}
                            </option>
                          ))}
                        </select>
                      </td>
                    ))}
                    <td>
                      <button type="button" className="link-button" onClick={() => removal.ask(p)} aria-label={`Désinscrire ${name}`}>
                        Désinscrire
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <AddParticipantForm trainingId={trainingId} onError={setError} />
      {error ? null : <UndoableNoticeView notice={removal.notice} onDismiss={removal.dismiss} />}
      {removal.pending ? (
        <ConfirmDialog title="Désinscrire ce participant ?" confirmLabel="Désinscrire" danger busy={removal.busy} onConfirm={removal.confirm} onCancel={removal.cancel}>
          <p>
            L’inscription de {nameOf(removal.pending)} sera supprimée, avec sa demande de financement et ses présences. Une sauvegarde est faite juste avant : vous
            pourrez annuler.
          </p>
        </ConfirmDialog>
      ) : null}
      {error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : null}
    </section>
  );
}
