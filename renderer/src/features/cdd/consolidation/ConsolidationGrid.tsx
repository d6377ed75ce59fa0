import { useMemo } from 'react';
import type { ColDef, ColGroupDef, GridReadyEvent } from 'ag-grid-community';
import { DataGrid, gridTheme } from '../../../components/grid/DataGrid';
import type { Consolidation, ConsolidationCell } from '../../../../../shared/domain/pooling/types';
import { formatFte, formatHours } from '../../../../../shared/format/numbers';
import { formatMonth } from '../months';

const monthOnly = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });

// A few occupations should not leave an empty band above the totals row.
const theme = gridTheme.withParams({ autoHeightMinBodyHeight: 0 });

export type Measure = 'hours' | 'fte';

type Row = {
  occupationKey: string | null;
  label: string;
  family: string;
  structureCount: number;
  total: number;
} & Record<string, unknown>;

type Props = {
  consolidation: Consolidation;
  measure: Measure;
  onCell: (cell: ConsolidationCell, title: string) => void;
  onReady?: (event: GridReadyEvent) => void;
};

const monthField = (month: string) => `m_${month}`;


/** Occupation × month, hours or FTE, with the totals row pinned at the bottom; a click opens the structures behind a cell. */
export function ConsolidationGrid({ consolidation, measure, onCell, onReady }: Props) {
  const rows = useMemo<Row[]>(
    () =>
      consolidation.occupations.map((o) => ({
        occupationKey: o.occupationKey,
        label: o.label,
        family: consolidation.families.find((f) => f.family === o.family)?.label ?? o.family,
        structureCount: o.structureCount,
        total: o.total[measure],
        ...Object.fromEntries(o.byMonth.map((m) => [monthField(m.month), m[measure]])),
      })),
    [consolidation, measure],
  );
  const totals = useMemo<Row[]>(
    () => [
      {
        occupationKey: null,
        label: 'Total',
        family: '',
        structureCount: consolidation.structureCount,
        total: consolidation.total[measure],
        ...Object.fromEntries(consolidation.byMonth.map((m) => [monthField(m.month), m[measure]])),
      },
    ],
    [consolidation, measure],
  );
  const columns = useMemo<(ColDef<Row> | ColGroupDef<Row>)[]>(() => {
    const format = measure === 'hours' ? formatHours : formatFte;
    return [
      // The family is a filter above the grid and the label's tooltip, which leaves room for the months.
      { field: 'label', headerName: 'Métier', pinned: 'left', width: 240, filter: 'agTextColumnFilter', tooltipValueGetter: (p) => (p.data?.family ? `${p.data.label} — ${p.data.family}` : p.data?.label) },
      // Months grouped under their year, so a header reads "2025 › janv." rather than a cut "janv. 2…".
      ...[...new Set(consolidation.months.map((m) => m.slice(0, 4)))].map<ColGroupDef<Row>>((year) => ({
        headerName: year,
        children: consolidation.months
          .filter((m) => m.startsWith(year))
          .map<ColDef<Row>>((month) => ({
            colId: month,
            field: monthField(month),
            headerName: monthOnly.format(new Date(`${month}-01T00:00:00Z`)),
            headerTooltip: formatMonth(month),
            type: 'numericColumn',
            width: 74,
            valueFormatter: (p) => (typeof p.value === 'number' && p.value !== 0 ? format(p.value) : '–'),
            cellClass: 'cdd-cell-link',
          })),
      })),
      {
        colId: 'total',
        field: 'total',
        headerName: measure === 'hours' ? 'Total (h)' : 'ETP sur la période',
        type: 'numericColumn',
        pinned: 'right',
        width: 120,
        valueFormatter: (p) => (typeof p.value === 'number' ? format(p.value) : ''),
        cellClass: 'cdd-cell-link cdd-cell-total',
      },
      { field: 'structureCount', headerName: 'Structures', type: 'numericColumn', pinned: 'right', width: 118 },
    ];
  }, [consolidation.months, measure]);
  return (
    <DataGrid<Row>
      name="cdd-consolidation"
      className="cdd-grid"
      theme={theme}
      domLayout="autoHeight"
      rowData={rows}
      pinnedBottomRowData={totals}
      columnDefs={columns}
      defaultColDef={{ sortable: true, resizable: true }}
      getRowId={(p) => p.data.occupationKey ?? 'total'}
      onGridReady={onReady}
      onCellClicked={(event) => {
        const colId = event.column.getColId();
        const month = consolidation.months.includes(colId) ? colId : undefined;
        if (!month && colId !== 'total') return;
        const occupationKey = event.data?.occupationKey ?? undefined;
        const what = event.data?.occupationKey ? event.data.label : 'Tous les métiers';
        onCell({ occupationKey, month }, `${what} — ${month ? formatMonth(month) : 'toute la période'}`);
      }}
    />
  );
}
