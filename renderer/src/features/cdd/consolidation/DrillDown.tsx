import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import type { CddFilters } from '../../../../../shared/api/cdd';
import type { ConsolidationCell } from '../../../../../shared/domain/pooling/types';
import { formatFte, formatHours, formatInteger } from '../../../../../shared/format/numbers';
import { failureMessage } from '../queries';

type Props = { cell: ConsolidationCell; filters: CddFilters; period: { from: string; to: string } };

/** The structures behind one figure of the grid, biggest first. */
export function DrillDown({ cell, filters, period }: Props) {
  const lines = useQuery({
    queryKey: ['cdd', 'drill-down', cell, filters, period],
    queryFn: () => call('cdd.drillDown', { filters, period, ...cell }),
  });
  if (lines.isPending) return <p className="muted">Chargement…</p>;
  if (lines.isError) return <Notice tone="error">{failureMessage(lines.error)}</Notice>;
  if (lines.data.length === 0) return <p className="muted">Aucune structure n’a déclaré de CDD pour ce chiffre.</p>;
  const sorted = [...lines.data].sort((a, b) => b.hours - a.hours);
  const total = sorted.reduce((t, l) => ({ hours: t.hours + l.hours, fte: t.fte + l.fte, contracts: t.contracts + l.contracts }), { hours: 0, fte: 0, contracts: 0 });
  return (
    <div className="drilldown">
      <table className="table" aria-label="Structures derrière ce chiffre">
        <thead>
          <tr>
            <th>Structure</th>
            <th className="number">Heures</th>
            <th className="number">ETP</th>
            <th className="number">CDD</th>
            <th className="number">Part</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((l) => (
            <tr key={l.structureId}>
              <td>{l.name}</td>
              <td className="number">{formatHours(l.hours)}</td>
              <td className="number">{formatFte(l.fte)}</td>
              <td className="number">{formatInteger(l.contracts)}</td>
              <td className="number">{total.hours > 0 ? `${formatInteger(Math.round((l.hours / total.hours) * 100))} %` : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>Total ({sorted.length} structure{sorted.length > 1 ? 's' : ''})</th>
            <th className="number">{formatHours(total.hours)}</th>
            <th className="number">{formatFte(total.fte)}</th>
            <th className="number">{formatInteger(total.contracts)}</th>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
