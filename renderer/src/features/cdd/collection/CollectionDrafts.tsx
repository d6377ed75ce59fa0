import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { DraftHelp, openingMessage } from '../../../components/mail/DraftHelp';
import type { CollectionDraft } from '../../../../../shared/api/mail';
import { countOf } from '../../../../../shared/format/plural';
import { failureMessage } from '../queries';

/** After the workbooks: one e-mail draft per member, its workbook attached, opened one by one. */
export function CollectionDrafts() {
  const [drafts, setDrafts] = useState<CollectionDraft[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);

  const showFailure = (error: unknown) => {
    const text = failureMessage(error);
    setMessage(text ? { tone: 'error', text } : null);
  };

  const prepare = useMutation({
    mutationFn: () => call('mail.collectionDrafts', {}),
    onMutate: () => setMessage(null),
    onSuccess: (result) => setDrafts(result.drafts),
    onError: (e) => showFailure(e),
  });
  const open = useMutation({
    mutationFn: (draftId: string) => call('mail.openDraft', { draftId }),
    onSuccess: (result) => setMessage({ tone: 'info', text: openingMessage(result.opening, result.fileName) }),
    onError: (e) => showFailure(e),
  });
  const show = useMutation({
    mutationFn: (draftId: string) => call('mail.showDraft', { draftId }),
    onError: (e) => showFailure(e),
  });

  const withoutAddress = (drafts ?? []).filter((d) => d.to === null).length;
  return (
    <div className="collection-drafts">
      <div className="toolbar">
        <button type="button" onClick={() => prepare.mutate()} disabled={prepare.isPending}>
          {prepare.isPending ? 'Préparation des e-mails…' : 'Préparer les e-mails'}
        </button>
        <span className="hint">Un brouillon par structure, son classeur en pièce jointe, adressé au contact du registre.</span>
      </div>
      {drafts ? (
        <>
          <p>
            {countOf(drafts.length, 'brouillon écrit', 'brouillons écrits')} à côté des classeurs
            {withoutAddress > 0 ? ` ; ${countOf(withoutAddress, 'structure n’a', 'structures n’ont')} pas d’adresse e-mail dans le registre : complétez le destinataire dans votre messagerie.` : '.'}
          </p>
          <table className="drafts-table">
            <caption className="visually-hidden">Brouillons d’e-mails de la collecte</caption>
            <thead>
              <tr>
                <th scope="col">Structure</th>
                <th scope="col">Destinataire</th>
                <th scope="col">Brouillon</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft) => (
                <tr key={draft.draftId}>
                  <td>{draft.structureName}</td>
                  <td>
                    {draft.to ?? <span className="muted">aucune adresse</span>}
                    {draft.unsubscribed.length > 0 ? <span className="hint"> (désinscrit, non destinataire : {draft.unsubscribed.join(', ')})</span> : null}
                  </td>
                  <td className="row-buttons">
                    <button type="button" onClick={() => open.mutate(draft.draftId)} aria-label={`Ouvrir le brouillon pour ${draft.structureName}`}>
                      Ouvrir
                    </button>
                    <button type="button" onClick={() => show.mutate(draft.draftId)} aria-label={`Afficher dans le dossier le brouillon pour ${draft.structureName}`}>
                      Afficher dans le dossier
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <DraftHelp />
        </>
      ) : null}
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
    </div>
  );
}
