import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { formatDecimal, formatEuros } from '../../../../shared/format/numbers';
import { CompetenciesSection } from './CompetenciesSection';
import { FundExchange } from './FundExchange';
import { ParticipantsSection } from './ParticipantsSection';
import { SessionsSection } from './SessionsSection';
import { draftOf, readDraft, TrainingFields } from './TrainingFields';
import { failureMessage, useInvalidateTrainings, useTraining } from './queries';

type Props = { id: number; onDeleted: (title: string) => void };

export function TrainingDetailPanel({ id, onDeleted }: Props) {
  const detail = useTraining(id);
  const invalidate = useInvalidateTrainings();
  const [draft, setDraft] = useState<ReturnType<typeof draftOf> | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [isDeleting, setIsDeleting] = useState(false);

  const save = useMutation({
    mutationFn: (changes: Parameters<typeof readDraft>[0]) => {
      const read = readDraft(changes);
      if ('error' in read) throw new Error(read.error);
      return call('trainings.update', { id, changes: read.value });
    },
    onSuccess: async () => {
      setDraft(null);
      setMessage({ tone: 'success', text: 'Formation enregistrée.' });
      await invalidate();
    },
    onError: (e) => setMessage({ tone: 'error', text: failureMessage(e) ?? '' }),
  });
  const remove = useMutation({
    mutationFn: () => call('trainings.delete', { id }),
    onSuccess: async () => {
      await invalidate();
      onDeleted(detail.data?.training.title ?? '');
    },
    onError: (e) => setMessage({ tone: 'error', text: failureMessage(e) ?? '' }),
  });

  if (detail.isPending) return <p className="muted">Chargement…</p>;
  if (detail.isError) return <Notice tone="error">{failureMessage(detail.error)}</Notice>;
  const { training } = detail.data;
  const shown = draft ?? draftOf(training);
  return (
    <div className="training-detail-body">
      <section className="panel" aria-labelledby="training-title">
        <div className="panel-header">
          <h2 id="training-title">{training.title}</h2>
          <p className="hint">
            {formatDecimal(training.durationHours)} h par participant · {formatEuros(training.costCents)} au total
            {training.places !== null ? ` · ${training.freePlaces} sur ${training.places} places libres` : ''}
          </p>
        </div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(shown);
          }}
        >
          <TrainingFields draft={shown} onChange={setDraft} idPrefix={`training-${id}`} />
          <div className="toolbar">
            <button type="submit" className="primary" disabled={!draft || save.isPending}>
              Enregistrer
            </button>
            {draft ? (
              <button type="button" onClick={() => setDraft(null)}>
                Annuler les modifications
              </button>
            ) : null}
            <button type="button" className="danger" onClick={() => setIsDeleting(true)}>
              Supprimer la formation…
            </button>
          </div>
        </form>
        {message ? (
          <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
            {message.text}
          </Notice>
        ) : null}
      </section>
      <SessionsSection detail={detail.data} />
      <ParticipantsSection detail={detail.data} />
      <CompetenciesSection detail={detail.data} />
      <FundExchange scope={{ kind: 'training', trainingId: id }} title="Classeurs des OPCA pour cette formation" />
      {isDeleting ? (
        <ConfirmDialog
          title="Supprimer la formation"
          confirmLabel="Supprimer"
          danger
          onCancel={() => setIsDeleting(false)}
          onConfirm={() => {
            setIsDeleting(false);
            remove.mutate();
          }}
        >
          <p>
            « {training.title} » sera supprimée, avec ses sessions, ses inscriptions et les présences notées. Les personnes restent dans le fichier.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
