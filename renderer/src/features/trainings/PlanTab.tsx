import { useState } from 'react';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../../../shared/format/dates';
import { formatDecimal, formatEuros } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { opcas } from '../../../../shared/domain/structure';
import { FundExchange } from './FundExchange';
import { currentYear, failureMessage, usePlan } from './queries';

/** The year's shared training plan: totals by fund and structure, free places, and the funds' workbooks for the whole plan. */
export function PlanTab() {
  const [year, setYear] = useState(currentYear());
  const plan = usePlan(year);
  const data = plan.data;
  return (
    <div className="plan-tab">
      <div className="field-row">
        <label>
          Année du plan
          <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Math.max(2000, Math.min(2100, Number(e.target.value) || currentYear())))} />
        </label>
      </div>
      {plan.isError ? <Notice tone="error">{failureMessage(plan.error)}</Notice> : null}
      {data ? (
        <>
          <section className="panel" aria-labelledby="plan-totals">
            <h2 id="plan-totals">Plan de formation {year}</h2>
            {data.trainings === 0 ? (
              <p className="muted">Aucune formation n’est rattachée au plan {year} : indiquez l’année du plan sur chaque action.</p>
            ) : (
              <p>
                {countOf(data.trainings, 'action', 'actions')}, {countOf(data.participants, 'participant', 'participants')}, {formatDecimal(data.hours)} heures de formation,{' '}
                {formatEuros(data.costCents)} de coûts pédagogiques.
              </p>
            )}
            {data.byFund.length > 0 ? (
              <table className="data-table">
                <caption>Par OPCA</caption>
                <thead>
                  <tr>
                    <th scope="col">OPCA</th>
                    <th scope="col">Participants</th>
                    <th scope="col">Heures</th>
                    <th scope="col">Coût</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byFund.map((f) => (
                    <tr key={f.opca ?? 'none'}>
                      <th scope="row">{f.label}</th>
                      <td className="number">{f.participants}</td>
                      <td className="number">{formatDecimal(f.hours)}</td>
                      <td className="number">{formatEuros(f.costCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {data.byStructure.length > 0 ? (
              <table className="data-table">
                <caption>Par structure</caption>
                <thead>
                  <tr>
                    <th scope="col">Structure</th>
                    <th scope="col">OPCA</th>
                    <th scope="col">Participants</th>
                    <th scope="col">Heures</th>
                    <th scope="col">Coût</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byStructure.map((s) => (
                    <tr key={s.structureId ?? 'none'}>
                      <th scope="row">{s.structureName}</th>
                      <td>{s.opca ? opcas[s.opca] : <span className="warning-text">à renseigner</span>}</td>
                      <td className="number">{s.participants}</td>
                      <td className="number">{formatDecimal(s.hours)}</td>
                      <td className="number">{formatEuros(s.costCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {data.freePlaces.length > 0 ? (
              <>
                <h3>Places encore libres, à proposer aux adhérents</h3>
                <ul>
                  {data.freePlaces.map((f) => (
                    <li key={f.trainingId}>
                      {f.title} : {countOf(f.freePlaces, 'place', 'places')}
                      {f.firstDate ? `, à partir du ${formatDate(f.firstDate)}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          {data.participants > 0 ? <FundExchange key={year} scope={{ kind: 'plan', year }} title={`Classeurs des OPCA pour le plan ${year}`} /> : null}
        </>
      ) : null}
    </div>
  );
}
