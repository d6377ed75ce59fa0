import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { StackedColumnChart } from '../../../components/charts/StackedColumnChart';
import type { CddFilters } from '../../../../../shared/api/cdd';
import type { Consolidation } from '../../../../../shared/domain/pooling/types';
import { formatHours } from '../../../../../shared/format/numbers';
import { formatMonth } from '../months';
import { failureMessage } from '../queries';

type Props = { consolidation: Consolidation; filters: CddFilters; period: { from: string; to: string } };

/** Seasonality of one occupation: its hours month by month, stacked by structure. */
export function MonthlyProfile({ consolidation, filters, period }: Props) {
  const biggest = useMemo(() => [...consolidation.occupations].sort((a, b) => b.total.hours - a.total.hours), [consolidation.occupations]);
  const [chosen, setChosen] = useState<string | null>(null);
  const occupationKey = chosen && biggest.some((o) => o.occupationKey === chosen) ? chosen : (biggest[0]?.occupationKey ?? '');

  const profile = useQuery({
    queryKey: ['cdd', 'profile', occupationKey, filters, period],
    enabled: occupationKey !== '',
    queryFn: async () => {
      const months = await call('cdd.monthlyProfile', { filters, period, occupationKey });
      const names = new Map<number, string>();
      const totals = new Map<number, number>();
      for (const { lines } of months)
        for (const l of lines) {
          names.set(l.structureId, l.name);
          totals.set(l.structureId, (totals.get(l.structureId) ?? 0) + l.hours);
        }
      const series = [...names].sort((a, b) => (totals.get(b[0]) ?? 0) - (totals.get(a[0]) ?? 0)).map(([id, name]) => ({ key: `s${id}`, name }));
      const rows = months.map(({ month, lines }) => ({
        category: formatMonth(month),
        ...Object.fromEntries(series.map((s) => [s.key, 0])),
        ...Object.fromEntries(lines.map((l) => [`s${l.structureId}`, Math.round(l.hours * 10) / 10])),
      }));
      return { series, rows };
    },
  });
  const hoursText = useCallback((v: number) => formatHours(v), []);
  return (
    <div className="monthly-profile">
      <label className="inline-field">
        Métier{' '}
        <select value={occupationKey} onChange={(e) => setChosen(e.target.value)} aria-label="Métier du profil mensuel">
          {biggest.map((o) => (
            <option key={o.occupationKey} value={o.occupationKey}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {profile.isError ? <Notice tone="error">{failureMessage(profile.error)}</Notice> : null}
      {profile.data ? (
        <StackedColumnChart title="Heures de CDD par mois, par structure" valueName="Heures" formatValue={hoursText} rows={profile.data.rows} series={profile.data.series} />
      ) : (
        <p className="muted">Chargement du profil…</p>
      )}
    </div>
  );
}
