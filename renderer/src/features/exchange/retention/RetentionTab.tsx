import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { formatDate } from '../../../../../shared/format/dates';
import { countOf, plural } from '../../../../../shared/format/plural';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { failureMessage, frenchMessage } from '../../members/queries';
import type { TabProps } from '../ExchangePage';
import { useExchangeRefresh, useRetention } from '../queries';

/** CNIL: a CV is kept at most two years after the last contact. Preview the ones past it, then purge. */
export function RetentionTab({ selection, onSelect, onMessage }: TabProps) {
  const retention = useRetention();
  const refresh = useExchangeRefresh();
  const [unticked, setUnticked] = useState<Set<number>>(new Set());
  const [isConfirming, setIsConfirming] = useState(false);
  const due = retention.data?.due ?? [];
  const chosen = due.filter((row) => !unticked.has(row.id)).map((row) => row.id);
  const purge = useMutation({
    mutationFn: () => call('exchange.retention.purge', { ids: chosen }),
    onSuccess: (result) => {
      void refresh();
      setIsConfirming(false);
      onSelect('candidates', selection.candidates.filter((id) => !chosen.includes(id)));
      onMessage({
        tone: 'success',
        text: `${countOf(result.purged, 'candidature supprimée', 'candidatures supprimées')} pour de bon, dans le fichier et son journal${
          result.backupsScrubbed > 0 ? ` ainsi que dans ${countOf(result.backupsScrubbed, 'sauvegarde', 'sauvegardes')}` : ''
        }. La suppression est notée dans le journal RGPD, sans les noms.`,
      });
    },
    onError: (error) => {
      setIsConfirming(false);
      void refresh();
      onMessage({ tone: 'error', text: failureMessage(error) ?? '' });
    },
  });
  return (
    <div className="exchange-tab">
      <p>
        Un CV est gardé au plus deux ans après le dernier contact avec le candidat (recommandation de la CNIL). Passé ce délai, la candidature (fiche, CV et consentement) est proposée à la
        suppression. Un nouveau contact noté sur la fiche repousse le délai.
      </p>
      {retention.isError ? <p className="field-error">{frenchMessage(retention.error)}</p> : null}
      {retention.isSuccess && due.length === 0 ? (
        <div className="empty-state">
          <h2>Aucune candidature à supprimer</h2>
          <p>Au {formatDate(retention.data.today)}, tous les candidats ont eu un contact depuis moins de deux ans.</p>
        </div>
      ) : null}
      {due.length > 0 ? (
        <>
          <p>
            <strong>{countOf(due.length, 'candidature dépasse', 'candidatures dépassent')}</strong> le délai au {formatDate(retention.data?.today)} :
          </p>
          <div className="scroll-table">
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">Supprimer</th>
                  <th scope="col">Candidat</th>
                  <th scope="col">Dernier contact</th>
                  <th scope="col">À supprimer depuis le</th>
                  <th scope="col">CV</th>
                </tr>
              </thead>
              <tbody>
                {due.map((row) => {
                  const name = [row.firstName, row.lastName].filter(Boolean).join(' ');
                  return (
                    <tr key={row.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Supprimer la candidature de ${name}`}
                          checked={!unticked.has(row.id)}
                          onChange={(event) => {
                            const next = new Set(unticked);
                            if (event.target.checked) next.delete(row.id);
                            else next.add(row.id);
                            setUnticked(next);
                          }}
                        />
                      </td>
                      <td>{name}</td>
                      <td>{formatDate(row.lastContactOn) || '—'}</td>
                      <td>{formatDate(row.keptUntil)}</td>
                      <td>{row.hasCv ? 'Joint' : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="detail-actions">
            <button type="button" className="danger" disabled={chosen.length === 0} onClick={() => setIsConfirming(true)}>
              {`Supprimer ${plural(chosen.length, 'la candidature cochée', `les ${chosen.length} candidatures cochées`)}…`}
            </button>
          </div>
        </>
      ) : null}
      {isConfirming ? (
        <ConfirmDialog title="Supprimer les candidatures" confirmLabel="Supprimer pour de bon" danger busy={purge.isPending} onCancel={() => setIsConfirming(false)} onConfirm={() => purge.mutate()}>
          <p>
            {countOf(chosen.length, 'candidature sera effacée', 'candidatures seront effacées')} du fichier et de ses sauvegardes : fiche, CV, consentement et métiers souhaités. Ce ne peut pas être annulé.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
