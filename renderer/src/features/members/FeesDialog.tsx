import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { formatEuros, formatInteger } from '../../../../shared/format/numbers';
import { countOf, plural } from '../../../../shared/format/plural';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { failureMessage } from './queries';

type Props = {
  onClose: () => void;
  /** Shows only these structures in the register (the unpaid fees of the year). */
  onFilter: (year: number, ids: number[]) => void;
};

/** Fees of a year, as Paheko and Dolibarr users expect: called, received, who to remind (issue 7, section 3). */
export function FeesDialog({ onClose, onFilter }: Props) {
  const [year, setYear] = useState<number | null>(null);
  const fees = useQuery({ queryKey: ['followUp', 'fees', year], queryFn: () => call('followUp.fees', { year }) });
  const [message, setMessage] = useState<{ tone: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const data = fees.data;
  const exportList = useMutation({
    mutationFn: (forYear: number) => call('followUp.exportFeeReminders', { year: forYear }),
    onMutate: () => setMessage(null),
    onSuccess: (r) =>
      setMessage({
        tone: r.withoutEmail > 0 ? 'warning' : 'success',
        text:
          `Liste de relance enregistrée dans « ${r.fileName} » : ${countOf(r.rowCount, 'structure', 'structures')}` +
          (r.withoutEmail > 0 ? `, dont ${countOf(r.withoutEmail, 'sans adresse e-mail', 'sans adresse e-mail')} (à compléter sur leur fiche).` : '.'),
      }),
    onError: (error) => {
      const text = failureMessage(error);
      setMessage(text ? { tone: 'error', text } : null);
    },
  });
  const years = data ? [...new Set([data.year, ...data.years])].sort((a, b) => b - a) : [];
  return (
    <Modal
      title="Suivi des cotisations"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Fermer
          </button>
          {data && data.unpaid.length > 0 ? (
            <>
              <button type="button" onClick={() => onFilter(data.year, data.unpaid.map((u) => u.structureId))}>
                Afficher les {countOf(data.unpaid.length, 'impayé', 'impayés')} dans le registre
              </button>
              <button type="button" className="primary" disabled={exportList.isPending} onClick={() => exportList.mutate(data.year)}>
                {exportList.isPending ? 'Export en cours…' : 'Exporter la liste de relance…'}
              </button>
            </>
          ) : null}
        </>
      }
    >
      {fees.isPending ? <p className="muted">Chargement…</p> : null}
      {fees.isError ? <Notice tone="error">{failureMessage(fees.error)}</Notice> : null}
      {data ? (
        <div className="fees">
          <label className="fees-year">
            Année{' '}
            <select value={data.year} onChange={(event) => setYear(Number(event.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {data.memberCount === 0 ? (
            <p className="muted">Aucun adhérent n’est enregistré pour {data.year} : saisissez les adhésions sur les fiches, ou importez votre classeur d’adhérents.</p>
          ) : (
            <>
              <dl className="fees-totals">
                <div>
                  <dt>Appelé</dt>
                  <dd>{formatEuros(data.calledCents)}</dd>
                </div>
                <div>
                  <dt>Reçu</dt>
                  <dd>{formatEuros(data.receivedCents)}</dd>
                </div>
                <div>
                  <dt>Reste à recevoir</dt>
                  <dd>{formatEuros(data.calledCents - data.receivedCents)}</dd>
                </div>
              </dl>
              <p>
                {countOf(data.paidCount, 'adhérent a payé', 'adhérents ont payé')} sur {formatInteger(data.memberCount)} ;{' '}
                {data.unpaid.length === 0 ? 'aucune cotisation n’est en attente.' : `${countOf(data.unpaid.length, 'cotisation', 'cotisations')} ${plural(data.unpaid.length, 'est', 'sont')} en attente.`}
                {data.withoutAmount > 0 ? ` ${countOf(data.withoutAmount, 'adhésion n’a', 'adhésions n’ont')} pas de montant : elles ne comptent pas dans l’appelé.` : ''}
              </p>
              {data.unpaid.length > 0 ? (
                <div className="scroll-table">
                  <table className="table compact" aria-label={`Cotisations ${data.year} non payées`}>
                    <thead>
                      <tr>
                        <th>Structure</th>
                        <th className="number">Cotisation</th>
                        <th>À qui écrire</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.unpaid.map((u) => (
                        <tr key={u.structureId}>
                          <td>{u.name}</td>
                          <td className="number">{u.feeCents === null ? '—' : formatEuros(u.feeCents)}</td>
                          <td>{u.contacts.length > 0 ? u.contacts.map((c) => `${c.name} <${c.email}>`).join(', ') : <span className="muted">aucune adresse e-mail</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </>
          )}
          {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
        </div>
      ) : null}
    </Modal>
  );
}
