import { useState } from 'react';
import { Modal } from '../components/Modal';
import { Notice } from '../components/Notice';
import { isCancelled, messageOf } from '../api';

type Props = {
  title: string;
  submitLabel: string;
  initial?: { name: string; territory: string };
  onSubmit: (input: { name: string; territory: string }) => Promise<unknown>;
  onClose: () => void;
};

/** Name and territory of an association: used to create a file and to rename it. */
export function NewAssociationDialog({ title, submitLabel, initial, onSubmit, onClose }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [territory, setTerritory] = useState(initial?.territory ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (name.trim().length < 2) {
      setError('Indiquez le nom de l’association (2 caractères au moins).');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ name: name.trim(), territory: territory.trim() });
      onClose();
    } catch (failure) {
      if (!isCancelled(failure)) setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" form="association-form" className="primary" disabled={busy}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form
        id="association-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {error ? <Notice tone="error">{error}</Notice> : null}
        <label>
          Nom de l’association
          <input autoFocus value={name} onChange={(event) => setName(event.target.value)} placeholder="ex. MCE-M3S" />
        </label>
        <label>
          Territoire
          <input value={territory} onChange={(event) => setTerritory(event.target.value)} placeholder="ex. Pays du Bocage (Orne)" />
        </label>
      </form>
    </Modal>
  );
}
