import { useMemo } from 'react';
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { chartLocale, chartTheme } from './chart-theme';

export type StackedSeries = { key: string; name: string };

type Props = {
  title: string;
  /** One row per category (e.g. a month), with `category` and one number per series key. */
  rows: ({ category: string } & Record<string, number | string>)[];
  series: StackedSeries[];
  formatValue: (value: number) => string;
  /** Axis title for the values, e.g. "Heures". */
  valueName: string;
  height?: number;
};

/** Columns stacked by series: e.g. the monthly profile of one occupation, stacked by structure. */
export function StackedColumnChart({ title, rows, series, formatValue, valueName, height = 320 }: Props) {
  const options = useMemo<AgCartesianChartOptions>(
    () => ({
      theme: chartTheme,
      locale: chartLocale,
      title: { text: title, textAlign: 'left', fontSize: 14, fontWeight: 600 },
      data: rows,
      series: series.map((s) => ({
        type: 'bar' as const,
        xKey: 'category',
        yKey: s.key,
        yName: s.name,
        stacked: true,
        tooltip: {
          renderer: ({ datum }: { datum: Record<string, unknown> }) => ({
            heading: String(datum.category),
            title: s.name,
            data: [{ label: valueName, value: formatValue(Number(datum[s.key] ?? 0)) }],
          }),
        },
      })),
      axes: {
        x: { type: 'category', position: 'bottom' },
        y: { type: 'number', position: 'left', title: { text: valueName }, label: { formatter: ({ value }) => formatValue(Number(value)) } },
      },
      legend: { enabled: series.length > 1, position: 'bottom' },
      overlays: { noData: { text: 'Aucune donnée à représenter' } },
    }),
    [title, rows, series, formatValue, valueName],
  );
  return (
    <figure className="chart" aria-label={title} data-chart-points={rows.length}>
      <AgCharts options={options} style={{ height, width: '100%' }} />
    </figure>
  );
}
