import { formatDateTime } from '../../../../shared/format/dates';
import { formatInteger } from '../../../../shared/format/numbers';
import { Notice } from '../../components/Notice';
import { frenchMessage } from '../members/queries';
import { useAudit } from './queries';

const subjects: Record<string, string> = { person: 'Personne', cv: 'CV', 'job-ad': 'Offre d’emploi', 'training-place': 'Place de formation', assessment: 'Évaluation' };

/** The GDPR audit trail: what was done, by whom, when, how many — never to whom. Kept 12 months. */
export function AuditTab() {
  const audit = useAudit();
  const rows = audit.data ?? [];
  return (
    <div className="audit-tab">
      <p>
        Le journal garde 12 mois les exports, effacements, purges et décisions de conservation : qui, quand, quoi, combien. Il ne contient jamais le nom des
        personnes concernées.
      </p>
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
