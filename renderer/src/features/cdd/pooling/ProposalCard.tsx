import type { PooledPositionProposal } from '../../../../../shared/domain/pooling/types';
import { formatInteger } from '../../../../../shared/format/numbers';
import { formatMonth } from '../months';
import { CopyButton } from '../CopyButton';
import { OccupancyBar } from './OccupancyBar';

const recurrenceLabels = {
  recurring: 'besoin récurrent',
  'single-year-data': 'une seule année de données',
  'one-off': 'besoin ponctuel',
} as const;

const hours = (value: number) => `${formatInteger(Math.round(value))} h`;

/** One concrete pooled position: who the person works for, month by month, and how busy they are. */
export function ProposalCard({ proposal, isOpen }: { proposal: PooledPositionProposal; isOpen: boolean }) {
  const names = new Map(proposal.structures.map((s) => [s.structureId, s.name]));
  return (
    <article className="proposal" aria-label={`Poste partagé entre ${proposal.structures.map((s) => s.name).join(', ')}`}>
      <header className="panel-header">
        <h4>
          Poste partagé entre {proposal.structures.map((s) => s.name).join(', ')} <span className="badge">{recurrenceLabels[proposal.recurrence]}</span>
        </h4>
        <span>
          Occupation : <OccupancyBar ratio={proposal.occupancy} />
        </span>
      </header>
      <div className="sentence">
        <q>{proposal.sentence}</q>
        <CopyButton text={proposal.sentence} />
      </div>
      {proposal.warnings.map((w) => (
        <p key={w} className="field-warning">
          {w}
        </p>
      ))}
      {proposal.reasons.map((r) => (
        <p key={r} className="hint">
          {r}
        </p>
      ))}
      <details open={isOpen}>
        <summary>Mois par mois : pour qui la personne travaille</summary>
      <div className="wide-table">
        <table className="table position-table" aria-label="Mois par mois">
          <thead>
            <tr>
              <th>Mois</th>
              <th>La personne travaille pour</th>
              {proposal.structures.map((s) => (
                <th key={s.structureId} className="number">
                  {s.name}
                </th>
              ))}
              <th className="number">Besoin cumulé</th>
              <th className="number">Reste en CDD</th>
              <th>Occupation du mois</th>
            </tr>
          </thead>
          <tbody>
            {proposal.months.map((m) => {
              const worked = m.byStructure.filter((b) => b.hours >= 0.5).sort((x, y) => y.hours - x.hours);
              return (
                <tr key={m.month}>
                  <td>{formatMonth(m.month)}</td>
                  <td className="works-for">
                    {worked.length === 0 ? <span className="muted">personne (pas de besoin)</span> : worked.map((b) => names.get(b.structureId) ?? '').join(' puis ')}
                  </td>
                  {proposal.structures.map((s) => (
                    <td key={s.structureId} className="number">
                      {hours(m.byStructure.find((b) => b.structureId === s.structureId)?.hours ?? 0)}
                    </td>
                  ))}
                  <td className="number">{hours(m.demandHours)}</td>
                  <td className="number">{m.unservedHours >= 0.5 ? hours(m.unservedHours) : '—'}</td>
                  <td>
                    <OccupancyBar ratio={m.occupancy} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th>Sur la période</th>
              <th />
              {proposal.structures.map((s) => (
                <th key={s.structureId} className="number">
                  {hours(proposal.months.reduce((t, m) => t + (m.byStructure.find((b) => b.structureId === s.structureId)?.hours ?? 0), 0))}
                </th>
              ))}
              <th className="number">{hours(proposal.demandHours)}</th>
              <th className="number">{hours(proposal.unservedHours)}</th>
              <th>
                <OccupancyBar ratio={proposal.occupancy} />
              </th>
            </tr>
          </tfoot>
        </table>
      </div>
      </details>
    </article>
  );
}
