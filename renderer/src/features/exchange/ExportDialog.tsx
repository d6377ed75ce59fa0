import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { countOf } from '../../../../shared/format/plural';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { failureMessage } from '../members/queries';
import { useStructures } from './queries';
import type { Selection } from './selection';

type Props = { selection: Selection; onClose: () => void; onDone: (text: string) => void };

/** Who the selection is for decides which candidates may be in it: their consent names all members or some. */
export function ExportDialog({ selection, onClose, onDone }: Props) {
  const structures = useStructures();
  const [recipient, setRecipient] = useState('');
  const [error, setError] = useState<string | null>(null);
  const exportSelection = useMutation({
    mutationFn: () =>
      call('exchange.export', {
        adIds: selection.ads,
        candidateIds: selection.candidates,
        placeIds: selection.places,
        recipientStructureId: recipient === '' ? null : Number(recipient),
      }),
    onMutate: () => setError(null),
    onSuccess: (result) =>
      onDone(
        `${countOf(result.ads, 'offre', 'offres')}, ${countOf(result.candidates, 'candidat', 'candidats')} et ${countOf(result.places, 'place de formation', 'places de formation')} exportés dans « ${result.fileName} ».`,
      ),
    onError: (failure) => setError(failureMessage(failure)),
  });
  return (
    <Modal
      title="Exporter la sélection"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="button" className="primary" disabled={exportSelection.isPending} onClick={() => exportSelection.mutate()}>
            {exportSelection.isPending ? 'Export en cours…' : 'Choisir où enregistrer le classeur…'}
          </button>
        </>
      }
    >
      <p>
        Le classeur Excel contiendra {countOf(selection.ads.length, 'offre', 'offres')}, {countOf(selection.candidates.length, 'candidat', 'candidats')} et{' '}
        {countOf(selection.places.length, 'place de formation', 'places de formation')}, une feuille par sorte.
      </p>
      <div className="form">
        <label>
          Destinataire
          <select value={recipient} onChange={(event) => setRecipient(event.target.value)}>
            <option value="">Tous les adhérents</option>
            {(structures.data ?? []).map((structure) => (
              <option key={structure.id} value={structure.id}>
                {structure.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {selection.candidates.length > 0 ? (
        <p className="hint">
          Un candidat n’est transmis que si son consentement le permet : « tous les adhérents », ou l’adhérent destinataire s’il l’a nommé. Les CV restent dans le fichier de l’association ; l’export est noté dans le journal RGPD.
        </p>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </Modal>
  );
}
