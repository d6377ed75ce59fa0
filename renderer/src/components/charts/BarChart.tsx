import { useMemo } from 'react';
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { chartLocale, chartTheme } from './chart-theme';

export type BarDatum = { label: string; value: number };

type Props = {
  /** Said to screen readers and shown above the chart. */
  title: string;
  data: BarDatum[];
  /** Name of the value, e.g. "ETP". */
  valueName: string;
  formatValue: (value: number) => string;
  height?: number;
  onSelect?: (label: string) => void;
};

/** Horizontal bars, longest first: the reading order of a ranking. */
export function BarChart({ title, data, valueName, formatValue, height, onSelect }: Props) {
  const options = useMemo<AgCartesianChartOptions>(
    () => ({
      theme: chartTheme,
      locale: chartLocale,
      title: { text: title, textAlign: 'left', fontSize: 14, fontWeight: 600 },
      data,
      series: [
        {
          type: 'bar',
          direction: 'horizontal',
          xKey: 'label',
          yKey: 'value',
          yName: valueName,
          cornerRadius: 3,
          label: { formatter: ({ value }) => formatValue(Number(value)), placement: 'outside-end' },
          tooltip: { renderer: ({ datum }) => ({ heading: String(datum.label), data: [{ label: valueName, value: formatValue(Number(datum.value)) }] }) },
          listeners: onSelect ? { seriesNodeClick: ({ datum }) => onSelect(String((datum as BarDatum).label)) } : undefined,
        },
      ],
      axes: {
        x: { type: 'category', position: 'left', maxThicknessRatio: 0.5, label: { wrapping: 'on-space', maxWidth: 240 } },
        y: { type: 'number', position: 'bottom', label: { formatter: ({ value }) => formatValue(Number(value)) } },
      },
      legend: { enabled: false },
      overlays: { noData: { text: 'Aucune donnée à représenter' } },
    }),
    [title, data, valueName, formatValue, onSelect],
  );
  const chartHeight = height ?? Math.max(220, 60 + data.length * 34);
  return (
    <figure className="chart" aria-label={title} data-chart-points={data.length}>
      <AgCharts options={options} style={{ height: chartHeight, width: '100%' }} />
    </figure>
  );
}
