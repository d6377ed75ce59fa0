import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import type { TrainingInput } from '../../../../shared/api/trainings';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { currentYear, failureMessage, useInvalidateTrainings } from './queries';
import { emptyDraft, readDraft, TrainingFields } from './TrainingFields';

type Props = { onClose: () => void; onCreated: (id: number) => void };

export function NewTrainingDialog({ onClose, onCreated }: Props) {
  const [draft, setDraft] = useState(() => emptyDraft(currentYear()));
  const [error, setError] = useState<string | null>(null);
  const invalidate = useInvalidateTrainings();
  const create = useMutation({
    mutationFn: (value: TrainingInput) => call('trainings.create', value),
    onSuccess: async (detail) => {
      await invalidate();
      onCreated(detail.training.id);
    },
    onError: (e) => setError(failureMessage(e)),
  });
  const submit = () => {
    const read = readDraft(draft);
    if ('error' in read) return setError(read.error);
    create.mutate(read.value);
  };
  return (
    <Modal
      title="Nouvelle formation"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" form="new-training-form" className="primary" disabled={create.isPending}>
            Créer la formation
          </button>
        </>
      }
    >
      <form
        id="new-training-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TrainingFields draft={draft} onChange={setDraft} idPrefix="new-training" />
        {error ? <Notice tone="error">{error}</Notice> : null}
      </form>
    </Modal>
  );
}
