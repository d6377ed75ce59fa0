import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { formatDateTime } from '../../../../../shared/format/dates';
import { formatHours, formatInteger } from '../../../../../shared/format/numbers';
import { describePeriod, monthsBetween } from '../months';
import { cddKeys, failureMessage } from '../queries';

/** Every import, newest first: file, when, by whom, counts; replaced ones are kept and marked; the fingerprint behind « Détails ». */
export function ImportLog() {
  const imports = useQuery({ queryKey: cddKeys.imports, queryFn: () => call('cdd.imports', { structureId: null }) });
  return (
    <section className="panel" aria-labelledby="cdd-log-title">
      <h2 id="cdd-log-title">Journal des imports</h2>
      {imports.isPending ? <p className="muted">Chargement…</p> : null}
      {imports.isError ? <Notice tone="error">{failureMessage(imports.error)}</Notice> : null}
      {imports.data && imports.data.length === 0 ? <p className="muted">Aucun fichier importé pour l’instant.</p> : null}
      {imports.data && imports.data.length > 0 ? (
        <div className="scroll-table">
          <table className="table" aria-label="Journal des imports">
            <thead>
              <tr>
                <th>Importé le</th>
                <th>Structure</th>
                <th>Période</th>
                <th>Fichier</th>
                <th className="number">Lignes</th>
                <th className="number">Refusées</th>
                <th className="number">Heures</th>
                <th>État</th>
              </tr>
            </thead>
            <tbody>
              {imports.data.map((entry) => (
                <tr key={entry.id} className={entry.replacedBy ? 'muted' : undefined}>
                  <td>
                    {formatDateTime(entry.importedAt)}
                    {entry.importedBy ? (
                      <>
                        <br />
                        <span className="hint">importé par {entry.importedBy}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{entry.structureName}</td>
                  <td>{describePeriod(entry.period.from, monthsBetween(entry.period.from, entry.period.to))}</td>
                  <td>
                    {entry.fileName}
                    {/* The fingerprint only for whoever needs to prove which file it was. */}
                    <details className="technical">
                      <summary>Détails</summary>
                      <span className="hint">Empreinte du fichier (SHA-256) : {entry.sha256}</span>
                    </details>
                  </td>
                  <td className="number">{formatInteger(entry.rowsAccepted)}</td>
                  <td className="number">{formatInteger(entry.rowsRefused)}</td>
                  <td className="number">{formatHours(entry.hours)}</td>
                  <td>{entry.replacedBy ? <span className="badge badge-warning">remplacé le {formatDateTime(entry.replacedAt)}</span> : <span className="badge">pris en compte</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
