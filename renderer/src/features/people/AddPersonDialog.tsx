import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { PersonDetail } from '../../../../shared/api/people';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { frenchMessage } from '../members/queries';
import { emptyPersonDraft, inputOf, type PersonDraft } from './person-draft';
import { PersonFields } from './PersonFields';

type Props = { onCreated: (detail: PersonDetail) => void; onClose: () => void };

export function AddPersonDialog({ onCreated, onClose }: Props) {
  const [draft, setDraft] = useState<PersonDraft>(emptyPersonDraft);
  const [refusal, setRefusal] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => call('people.create', inputOf(draft)),
    onSuccess: onCreated,
    onError: (error) => setRefusal(`La personne n’a pas été ajoutée : ${frenchMessage(error)}`),
  });
  return (
    <Modal
      title="Ajouter une personne"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" form="add-person" className="primary" disabled={create.isPending}>
            {create.isPending ? 'Enregistrement…' : 'Ajouter la personne'}
          </button>
        </>
      }
    >
      <form
        id="add-person"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setRefusal(null);
          create.mutate();
        }}
      >
        {refusal ? <Notice tone="error">{refusal}</Notice> : null}
        <PersonFields draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} idPrefix="add-person" isNew />
      </form>
    </Modal>
  );
}
