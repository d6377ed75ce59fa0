import { useState } from 'react';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { Notice } from '../../components/Notice';
import { UndoableNoticeView } from '../../components/UndoableNoticeView';
import { useNoticeWithUndo } from '../../components/undoable-removal';
import { LheoPanel } from './LheoPanel';
import { NewTrainingDialog } from './NewTrainingDialog';
import { TrainingDetailPanel } from './TrainingDetailPanel';
import { failureMessage, useTrainings } from './queries';

/** The list of actions on the left, the chosen one on the right. */
export function ActionsTab() {
  const trainings = useTrainings();
  const [selected, setSelected] = useState<number | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  // After a deletion: what went, with « Annuler » from the backup taken just before.
  const { notice: deleted, confirmWithUndo, dismiss } = useNoticeWithUndo();
  const afterDelete = (title: string) => {
    setSelected(null);
    confirmWithUndo(`«\u00a0${title}\u00a0» a été supprimée.`);
  };
  const list = trainings.data ?? [];
  const current = selected ?? list[0]?.id ?? null;
  return (
    <div className="trainings-actions">
      <div className="trainings-list panel">
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setIsCreating(true)}>
            Nouvelle formation…
          </button>
        </div>
        <UndoableNoticeView notice={deleted} onDismiss={dismiss} />
        {trainings.isError ? <Notice tone="error">{failureMessage(trainings.error)}</Notice> : null}
        {trainings.data && list.length === 0 ? <p className="muted">Aucune formation pour l’instant : créez-en une, ou importez une offre LHEO.</p> : null}
        <ul className="training-choices" aria-label="Formations">
          {list.map((t) => (
            <li key={t.id}>
              <button type="button" className={t.id === current ? 'training-choice active' : 'training-choice'} aria-current={t.id === current ? 'true' : undefined} onClick={() => setSelected(t.id)}>
                <strong>{t.title}</strong>
                <span className="muted">
                  {t.firstDate ? `${formatDate(t.firstDate)} · ` : ''}
                  {countOf(t.participantCount, 'participant', 'participants')}
                  {t.freePlaces ? ` · ${countOf(t.freePlaces, 'place libre', 'places libres')}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <LheoPanel onImported={(id) => setSelected(id)} />
      </div>
      <div className="training-detail">{current !== null ? <TrainingDetailPanel key={current} id={current} onDeleted={afterDelete} /> : null}</div>
      {isCreating ? (
        <NewTrainingDialog
          onClose={() => setIsCreating(false)}
          onCreated={(id) => {
            setIsCreating(false);
            setSelected(id);
          }}
        />
      ) : null}
    </div>
  );
}
