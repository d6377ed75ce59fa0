import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { StructureDetail, StructureInput } from '../../../../shared/api/members';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { frenchMessage } from './queries';
import { StructureFields } from './StructureFields';
import { checkDraft, emptyDraft, fieldLabels, fieldOfMessage, type FieldErrors, type StructureDraft } from './structure-draft';

type Props = { onCreated: (detail: StructureDetail) => void; onClose: () => void };

/** "Ajouter une structure…": the page checks what it can, the handler says the rest (duplicates, commune). */
export function AddStructureDialog({ onCreated, onClose }: Props) {
  const [draft, setDraft] = useState<StructureDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (input: StructureInput) => call('structures.create', input),
    onSuccess: onCreated,
    onError: (error) => {
      const message = frenchMessage(error);
      const field = fieldOfMessage(message);
      // Said once, beside the field it is about; above the form when it is about no one field.
      setRefusal(field ? `La structure n’a pas été ajoutée : voyez le message sous « ${fieldLabels[field]} ».` : message);
      if (field) setErrors({ [field]: message });
    },
  });
  const submit = () => {
    setRefusal(null);
    const { input, errors: found } = checkDraft(draft);
    setErrors(found);
    if (input) create.mutate(input);
  };
  return (
    <Modal
      title="Ajouter une structure"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" form="add-structure" className="primary" disabled={create.isPending}>
            {create.isPending ? 'Enregistrement…' : 'Ajouter la structure'}
          </button>
        </>
      }
    >
      <form
        id="add-structure"
        className="add-structure"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {refusal ? <Notice tone="error">{refusal}</Notice> : null}
        <StructureFields
          draft={draft}
          errors={errors}
          onChange={(patch) => {
            setDraft((d) => ({ ...d, ...patch }));
            setErrors((e) => {
              const next = { ...e };
              for (const key of Object.keys(patch)) delete next[key as keyof FieldErrors];
              return next;
            });
          }}
        />
      </form>
    </Modal>
  );
}
