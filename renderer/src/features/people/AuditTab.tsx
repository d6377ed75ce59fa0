import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { formatDateTime } from '../../../../shared/format/dates';
import { call } from '../../api';
import { formatInteger } from '../../../../shared/format/numbers';
import { Notice } from '../../components/Notice';
import { frenchMessage } from '../members/queries';
import { useAudit } from './queries';

const subjects: Record<string, string> = {
  person: 'Personne',
  candidate: 'Candidat',
  cv: 'CV',
  'job-ad': 'Offre d’emploi',
  'training-place': 'Place de formation',
  'training-participant': 'Stagiaire de formation',
  assessment: 'Évaluation',
};

/** The GDPR audit trail: what was done, by whom, when, how many — never to whom. Kept 12 months. */
export function AuditTab() {
  const audit = useAudit();
  const rows = audit.data ?? [];
  const [message, setMessage] = useState<{ tone: 'error' | 'success' | 'warning'; text: string } | null>(null);
  const scrub = useMutation({
    mutationFn: () => call('privacy.scrubFile'),
    onSuccess: (result) =>
      setMessage(
        result.isWalEmptied
          ? { tone: 'success', text: 'Le fichier a été réécrit : rien de ce qui a été effacé n’y reste lisible.' }
          : { tone: 'warning', text: 'Le fichier a été réécrit, mais son journal sera vidé à la fermeture : fermez le fichier avant de le copier.' },
      ),
    onError: (error) => setMessage({ tone: 'error', text: frenchMessage(error) }),
  });
  return (
    <div className="audit-tab">
      <p>
        Le journal garde 12 mois les exports, effacements, purges et décisions de conservation : qui, quand, quoi, combien. Il ne contient jamais le nom des
        personnes concernées.
      </p>
      <div className="toolbar">
        <button type="button" disabled={scrub.isPending} onClick={() => scrub.mutate()}>
          {scrub.isPending ? 'Réécriture…' : 'Nettoyer le fichier'}
        </button>
        <span className="hint">Réécrit le fichier pour qu’aucune donnée effacée n’y reste lisible (fait après chaque effacement ; utile si l’un d’eux a échoué).</span>
      </div>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      {audit.isError ? <Notice tone="error">{frenchMessage(audit.error)}</Notice> : null}
      {audit.isSuccess && rows.length === 0 ? <p className="empty-state">Le journal est vide.</p> : null}
      {rows.length > 0 ? (
        <table className="table audit-table">
          <caption className="sr-only">Journal RGPD, le plus récent en premier</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Par</th>
              <th scope="col">Action</th>
              <th scope="col">Données</th>
              <th scope="col" className="number">
                Nombre
              </th>
              <th scope="col">Détail</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.at)}</td>
                <td>{row.actor}</td>
                <td>{row.actionLabel}</td>
                <td>{subjects[row.subject] ?? row.subject}</td>
                <td className="number">{formatInteger(row.count)}</td>
                <td>{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
