import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AssociationSummary, Backup } from '../../../shared/api/association';
import { formatDateTime } from '../../../shared/format/dates';
import { formatBytes } from '../../../shared/format/numbers';
import { call, messageOf } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Modal } from '../components/Modal';
import { Notice } from '../components/Notice';

type Props = { onRestored: (summary: AssociationSummary) => void; onClose: () => void };

export function BackupsDialog({ onRestored, onClose }: Props) {
  const backups = useQuery({ queryKey: ['backups'], queryFn: () => call('backups.list') });
  const [chosen, setChosen] = useState<Backup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const restore = async (backup: Backup) => {
    setBusy(true);
    try {
      onRestored(await call('backups.restore', { id: backup.id }));
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
      setChosen(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Restaurer une sauvegarde" onClose={onClose} wide>
      <p>
        Passerelles copie votre fichier à chaque ouverture, avant chaque import et avant chaque mise à jour, dans le dossier
        « Sauvegardes Passerelles » à côté du fichier. Restaurer remet le fichier dans l’état de la sauvegarde choisie ; l’état
        actuel est d’abord sauvegardé lui aussi, rien n’est perdu.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {backups.isError ? <Notice tone="error">{messageOf(backups.error)}</Notice> : null}
      {backups.data?.length === 0 ? <p className="muted">Aucune sauvegarde pour l’instant.</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th>Date</th>
            <th>Motif</th>
            <th className="number">Taille</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.data?.map((backup) => (
            <tr key={backup.id}>
              <td>{formatDateTime(backup.createdAt)}</td>
              <td>{backup.reason}</td>
              <td className="number">{formatBytes(backup.sizeBytes)}</td>
              <td>
                <button type="button" onClick={() => setChosen(backup)}>
                  Restaurer…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {chosen ? (
        <ConfirmDialog
          title="Restaurer cette sauvegarde ?"
          confirmLabel="Restaurer"
          busy={busy}
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(null)}
        >
          <p>
            Le fichier reviendra à son état du {formatDateTime(chosen.createdAt)} ({chosen.reason}). L’état actuel sera sauvegardé
            avant, vous pourrez y revenir.
          </p>
        </ConfirmDialog>
      ) : null}
    </Modal>
  );
}
