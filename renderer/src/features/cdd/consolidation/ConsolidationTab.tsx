import { useCallback } from 'react';
import { BarChart } from '../../../components/charts/BarChart';
import { StackedColumnChart } from '../../../components/charts/StackedColumnChart';
import { formatDecimal } from '../../../../../shared/format/numbers';
import type { TabProps } from '../CddPage';

export function ConsolidationTab(_props: TabProps) {
  const fmt = useCallback((v: number) => formatDecimal(v), []);
  return (
    <div className="chart-row">
      <div className="panel">
        <BarChart title="ETP par métier" valueName="ETP" formatValue={fmt} data={[{ label: 'Agent de service', value: 3.4 }, { label: 'Aide à domicile', value: 2.1 }]} />
      </div>
      <div className="panel">
        <StackedColumnChart
          title="Profil mensuel"
          valueName="Heures"
          formatValue={fmt}
          series={[{ key: 's1', name: 'EHPAD A' }, { key: 's2', name: 'SAAD B' }]}
          rows={[{ category: 'janv. 2026', s1: 100, s2: 40 }, { category: 'févr. 2026', s1: 80, s2: 70 }]}
        />
      </div>
    </div>
  );
}
