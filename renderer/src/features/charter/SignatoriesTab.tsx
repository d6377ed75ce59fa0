import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Signatory } from '../../../../shared/api/charter';
import { formatDate } from '../../../../shared/format/dates';
import { countOf } from '../../../../shared/format/plural';
import { call, messageOf } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { useNoticeWithUndo } from '../../components/undoable-removal';
import { useCharterRefresh, useSignatories, useVersions } from './queries';
import { SignatoryDialog } from './SignatoryDialog';

const today = () => new Date().toISOString().slice(0, 10);

const territoryText = (signatory: Signatory) => signatory.territory.map((part) => (part.kind === 'epci' ? `${part.name} (EPCI)` : part.name)).join(', ');

export function SignatoriesTab() {
  const signatories = useSignatories();
  const versions = useVersions();
  const refresh = useCharterRefresh();
  const [editing, setEditing] = useState<Signatory | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Signatory | null>(null);
  const { notice: message, setNotice: setMessage, confirmWithUndo } = useNoticeWithUndo();
  const withdraw = useMutation({
    mutationFn: (signatory: Signatory) => call('charter.withdrawSignatory', { id: signatory.id, withdrawnOn: signatory.withdrawnOn ? null : today() }),
    onSuccess: (saved) => {
      setMessage({ tone: 'success', text: saved.withdrawnOn ? `Signature de ${saved.name} retirée le ${formatDate(saved.withdrawnOn)}.` : `Signature de ${saved.name} rétablie.` });
      void refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: messageOf(error) }),
  });
  const remove = useMutation({
    mutationFn: (signatory: Signatory) => call('charter.deleteSignatory', { id: signatory.id }),
    onSuccess: (_result, signatory) => {
      setDeleting(null);
      void refresh();
      // « Annuler » from the backup the main process took just before the deletion.
      confirmWithUndo(`Signature de «\u00a0${signatory.name}\u00a0» supprimée.`); // « de » + guillemets: no « de EHPAD »
    },
    onError: (error) => {
      setDeleting(null);
      setMessage({ tone: 'error', text: messageOf(error) });
    },
  });
  const list = signatories.data ?? [];
  const active = list.filter((s) => s.withdrawnOn === null);
  const hasAdopted = (versions.data ?? []).some((v) => v.adoptedOn !== null);
  return (
    <div className="signatories-tab">
      <div className="toolbar">
        <button type="button" className="primary" disabled={!hasAdopted} onClick={() => setEditing('new')}>
          Ajouter un signataire…
        </button>
        <span className="muted">
          {countOf(active.length, 'signataire', 'signataires')}
          {list.length > active.length ? `, ${countOf(list.length - active.length, 'signature retirée', 'signatures retirées')}` : ''}
        </span>
      </div>
      {!hasAdopted && !versions.isPending ? <Notice tone="info">Adoptez d’abord une version du texte (onglet « Texte ») : c’est elle que les signataires signent.</Notice> : null}
      {message ? (
        <Notice tone={message.tone} action={message.action} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      {list.length > 0 ? (
        <table className="table signatories-table">
          <caption className="visually-hidden">Signataires de la charte</caption>
          <thead>
            <tr>
              <th scope="col">Signataire</th>
              <th scope="col">Champ d’intervention</th>
              <th scope="col">Territoire</th>
              <th scope="col">Signée le</th>
              <th scope="col">Version</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.map((signatory) => (
              <tr key={signatory.id} className={signatory.withdrawnOn ? 'withdrawn' : undefined}>
                <td>
                  <strong>{signatory.name}</strong>
                  <br />
                  <span className="muted">{signatory.description}</span>
                </td>
                <td>{signatory.field}</td>
                <td>{territoryText(signatory)}</td>
                <td>
                  {formatDate(signatory.signedOn)}
                  {signatory.withdrawnOn ? <span className="badge badge-warning">retirée le {formatDate(signatory.withdrawnOn)}</span> : null}
                </td>
                <td className="number">{signatory.versionNumber}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(signatory)} aria-label={`Modifier ${signatory.name}`}>
                    Modifier
                  </button>
                  <button type="button" className="link-button" onClick={() => withdraw.mutate(signatory)} aria-label={`${signatory.withdrawnOn ? 'Rétablir' : 'Retirer'} la signature de ${signatory.name}`}>
                    {signatory.withdrawnOn ? 'Rétablir' : 'Retirer'}
                  </button>
                  <button type="button" className="link-button" onClick={() => setDeleting(signatory)} aria-label={`Supprimer ${signatory.name}`}>
                    Supprimer
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : hasAdopted ? (
        <p className="empty-state">Aucun signataire pour l’instant : ajoutez les structures et les professionnels qui ont signé.</p>
      ) : null}
      {editing ? (
        <SignatoryDialog
          signatory={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setMessage({ tone: 'success', text: `Signature de ${saved.name} enregistrée.` });
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialogFor signatory={deleting} onCancel={() => setDeleting(null)} onConfirm={() => remove.mutate(deleting)} />
      ) : null}
    </div>
  );
}

function ConfirmDialogFor({ signatory, onCancel, onConfirm }: { signatory: Signatory; onCancel: () => void; onConfirm: () => void }) {
  return (
    <ConfirmDialog title="Supprimer la signature" confirmLabel="Supprimer" danger onCancel={onCancel} onConfirm={onConfirm}>
      <p>
        Supprimer la signature de {signatory.name} ? Pour un signataire qui quitte la charte, préférez « Retirer » : la signature reste dans
        l’historique.
      </p>
    </ConfirmDialog>
  );
}
