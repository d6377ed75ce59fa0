import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import type { AnalysisQuery } from '../../../../../shared/api/cdd';
import type { PooledPositionProposal } from '../../../../../shared/domain/pooling/types';
import { formatHours } from '../../../../../shared/format/numbers';
import { formatMonth } from '../months';
import { failureMessage } from '../queries';
import { OccupancyBar } from './OccupancyBar';

const hours = (value: number) => `${formatHours(value)} h`;

/**
 * Who the pooled person works for, month by month. Asked for when the coordinator opens it: the
 * analysis of a regional file sends thousands of proposals without their 120 months each.
 */
export function ProposalPlanTable({ proposal, query }: { proposal: PooledPositionProposal; query: AnalysisQuery }) {
  const structureIds = proposal.structures.map((s) => s.structureId);
  const input = { filters: query.filters, period: query.period, thresholds: query.thresholds, occupationKey: proposal.occupationKey, structureIds };
  const plan = useQuery({ queryKey: ['cdd', 'proposal-plan', input], queryFn: () => call('cdd.proposalPlan', input) });
  if (plan.isPending) return <p className="muted">Calcul du planning…</p>;
  if (plan.isError) return <Notice tone="error">{failureMessage(plan.error)}</Notice>;
  const names = new Map(proposal.structures.map((s) => [s.structureId, s.name]));
  return (
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
          {plan.data.map((m) => {
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
            <td />
            {proposal.structures.map((s) => (
              <th key={s.structureId} className="number">
                {hours(s.hours)}
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
  );
}
