import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { draftHelp } from '../../../../shared/api/mail';
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
  const input = () => ({
    adIds: selection.ads,
    candidateIds: selection.candidates,
    placeIds: selection.places,
    recipientStructureId: recipient === '' ? null : Number(recipient),
  });
  const exported = (result: { ads: number; candidates: number; places: number; fileName: string }) =>
    `${countOf(result.ads, 'offre', 'offres')}, ${countOf(result.candidates, 'candidat', 'candidats')} et ${countOf(result.places, 'place de formation', 'places de formation')} exportés dans « ${result.fileName} ».`;
  const exportSelection = useMutation({
    mutationFn: () => call('exchange.export', input()),
    onMutate: () => setError(null),
    onSuccess: (result) => onDone(exported(result)),
    onError: (failure) => setError(failureMessage(failure)),
  });
  const emailSelection = useMutation({
    mutationFn: () => call('exchange.emailDraft', input()),
    onMutate: () => setError(null),
    onSuccess: (result) => {
      const where = result.opening === 'opened' ? 'ouvert dans votre messagerie' : 'affiché dans son dossier';
      const left = [
        result.unsubscribed > 0 ? `${countOf(result.unsubscribed, 'adresse désinscrite en a été retirée', 'adresses désinscrites en ont été retirées')}` : '',
        result.withoutEmail > 0 ? `${countOf(result.withoutEmail, 'adhérent n’a', 'adhérents n’ont')} pas d’e-mail de contact` : '',
      ].filter(Boolean);
      onDone(
        `${exported(result)} Brouillon « ${result.draftFileName} » ${where}, ${result.recipients > 0 ? `pour ${countOf(result.recipients, 'destinataire', 'destinataires')}` : 'sans destinataire (ajoutez-les dans votre messagerie)'}${left.length > 0 ? ` (${left.join(' ; ')})` : ''}. ${draftHelp}`,
      );
    },
    onError: (failure) => setError(failureMessage(failure)),
  });
  const isBusy = exportSelection.isPending || emailSelection.isPending;
  return (
    <Modal
      title="Exporter la sélection"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="button" disabled={isBusy} onClick={() => exportSelection.mutate()}>
            {exportSelection.isPending ? 'Export en cours…' : 'Enregistrer le classeur…'}
          </button>
          <button type="button" className="primary" disabled={isBusy} onClick={() => emailSelection.mutate()}>
            {emailSelection.isPending ? 'Préparation…' : 'Enregistrer et préparer l’e-mail…'}
          </button>
        </>
      }
    >
      <p>
        Le classeur Excel aura une feuille par liste : {countOf(selection.ads.length, 'offre', 'offres')}, {countOf(selection.candidates.length, 'candidat', 'candidats')},{' '}
        {countOf(selection.places.length, 'place de formation', 'places de formation')}. L’e-mail le joint, adressé au contact de l’adhérent choisi, ou à tous les adhérents en copie cachée
        (sans les adresses désinscrites).
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
