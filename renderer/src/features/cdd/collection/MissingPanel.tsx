import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { countOf, plural } from '../../../../../shared/format/plural';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { formatDateTime } from '../../../../../shared/format/dates';
import { formatInteger } from '../../../../../shared/format/numbers';
import { describePeriod, monthsBetween } from '../months';
import { failureMessage } from '../queries';

/** « 2025 », or « 2025 ou 2026 » for a period across two years. */
const yearsOf = (from: string, to: string) => {
  const [first, last] = [from.slice(0, 4), to.slice(0, 4)];
  return first === last ? first : `${first} ou ${last}`;
};

/** Who has not answered yet for the period, so the coordinator can call them. */
export function MissingPanel({ from, to }: { from: string; to: string }) {
  const missing = useQuery({ queryKey: ['cdd', 'missing', from, to], queryFn: () => call('cdd.missing', { period: { from, to } }) });
  const data = missing.data;
  const [exported, setExported] = useState<{ tone: 'success' | 'warning' | 'error'; text: string } | null>(null);
  // The reminder list: one line per contact e-mail of each structure that sent nothing (issue 7, section 3).
  const exportList = useMutation({
    mutationFn: () => call('followUp.exportMissingCdd', { from, to }),
    onMutate: () => setExported(null),
    onSuccess: (r) =>
      setExported({
        tone: r.withoutEmail > 0 ? 'warning' : 'success',
        text:
          `Liste de relance enregistrée dans «\u00a0${r.fileName}\u00a0» : ${countOf(r.rowCount, 'structure', 'structures')}` +
          (r.withoutEmail > 0 ? `, dont ${countOf(r.withoutEmail, 'sans adresse e-mail', 'sans adresse e-mail')} (à compléter dans le registre).` : '.'),
      }),
    onError: (error) => {
      const text = failureMessage(error);
      setExported(text ? { tone: 'error', text } : null);
    },
  });
  return (
    <section className="panel" aria-labelledby="cdd-missing-title">
      <h2 id="cdd-missing-title">Réponses pour la période {describePeriod(from, monthsBetween(from, to))}</h2>
      {missing.isPending ? <p className="muted">Chargement…</p> : null}
      {missing.isError ? <Notice tone="error">{failureMessage(missing.error)}</Notice> : null}
      {data ? (
        <>
          {data.expected === 0 ? (
            <p className="muted">Aucune structure n’est attendue pour cette période : préparez d’abord les classeurs de collecte pour les structures choisies.</p>
          ) : (
          <p>
            <strong>{formatInteger(data.received)}</strong> {plural(data.received, 'structure a', 'structures ont')} répondu sur <strong>{formatInteger(data.expected)}</strong>{' '}
            {plural(data.expected, 'attendue', 'attendues')}.
          </p>
          )}
          {data.missing.length === 0 && data.expected > 0 ? <Notice tone="success">Toutes les structures attendues ont envoyé leurs chiffres.</Notice> : null}
          {data.missing.length > 0 ? (
            <div className="scroll-table">
              <table className="table" aria-label="Structures sans réponse">
                <thead>
                  <tr>
                    <th>Sans réponse</th>
                    <th>EPCI</th>
                    <th>Classeur envoyé</th>
                    <th>Dernier import</th>
                  </tr>
                </thead>
                <tbody>
                  {data.missing.map((m) => (
                    <tr key={m.structureId} className="is-missing">
                      <td>
                        {m.name} {m.isMember ? null : <span className="muted">(non adhérent sur la période)</span>}
                      </td>
                      <td>{m.epciName}</td>
                      <td>{m.wasSent ? 'oui' : 'non'}</td>
                      <td>{m.lastImportAt ? formatDateTime(m.lastImportAt) : 'jamais'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {data.missing.some((m) => !m.isMember) ? (
            // Collecting last year's CDDs while only this year's memberships are on file is the usual
            // first-hour case: say where the missing year goes, rather than leave « non adhérent » unexplained.
            <p className="hint">
              « Non adhérent sur la période » : aucune adhésion n’est enregistrée pour {yearsOf(from, to)} dans la fiche de la structure. Si elle était
              adhérente, ajoutez l’année dans Adhérents, rubrique « Adhésions ».
            </p>
          ) : null}
          {data.missing.length > 0 ? (
            <div className="panel-actions" style={{ marginTop: '0.75rem' }}>
              <button type="button" disabled={exportList.isPending} onClick={() => exportList.mutate()}>
                {exportList.isPending ? 'Export en cours…' : 'Exporter la liste de relance (avec les e-mails)…'}
              </button>
            </div>
          ) : null}
          {exported ? <Notice tone={exported.tone}>{exported.text}</Notice> : null}
        </>
      ) : null}
    </section>
  );
}
