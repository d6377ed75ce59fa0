import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ColDef, GridApi, GridReadyEvent } from 'ag-grid-community';
import type { PersonRow } from '../../../../shared/api/people';
import { personKinds } from '../../../../shared/domain/people';
import { formatDate } from '../../../../shared/format/dates';
import { DataGrid } from '../../components/grid/DataGrid';
import { dateColumn, textColumn } from '../../components/grid/columns';

type Props = {
  rows: PersonRow[];
  quickFilter: string;
  selectedId: number | null;
  onSelect: (id: number | null) => void;
  onDisplayedCount: (count: number) => void;
};

function RetentionCell({ data }: { data?: PersonRow }) {
  if (!data) return null;
  return data.isPastRetention ? (
    <span className="badge badge-warning" title="Durée de conservation dépassée : à revoir">
      {formatDate(data.retentionUntil)} · à revoir
    </span>
  ) : (
    <span>{formatDate(data.retentionUntil)}</span>
  );
}

/** The people the file holds: read-only here, edited on the card (each field is checked there). */
export function PeopleGrid({ rows, quickFilter, selectedId, onSelect, onDisplayedCount }: Props) {
  const apiRef = useRef<GridApi<PersonRow> | null>(null);
  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    if (selectedId === null) api.deselectAll();
    else api.getRowNode(String(selectedId))?.setSelected(true, true);
  }, [selectedId, rows]);

  const columns = useMemo<ColDef<PersonRow>[]>(
    () => [
      textColumn({ field: 'civility', headerName: 'Civilité', width: 95 }),
      textColumn({ field: 'lastName', headerName: 'Nom', width: 170, pinned: 'left' }),
      textColumn({ field: 'firstName', headerName: 'Prénom', width: 140 }),
      textColumn({
        field: 'kind',
        headerName: 'Catégorie',
        width: 180,
        valueFormatter: (p) => (p.value ? personKinds[p.value as PersonRow['kind']] : ''),
        filterValueGetter: (p) => (p.data ? personKinds[p.data.kind] : ''),
        getQuickFilterText: (p) => personKinds[p.value as PersonRow['kind']] ?? '',
      }),
      textColumn({ field: 'structureName', headerName: 'Structure', width: 220, tooltipField: 'structureName' }),
      textColumn({ field: 'occupationLabel', headerName: 'Métier', width: 200, tooltipField: 'occupationLabel' }),
      dateColumn({ field: 'lastContactOn', headerName: 'Dernier contact', width: 140 }),
      dateColumn({ field: 'retentionUntil', headerName: 'Conservé jusqu’au', width: 190, cellRenderer: RetentionCell }),
      textColumn({ field: 'email', headerName: 'E-mail', width: 220 }),
    ],
    [],
  );
  const ready = useCallback((event: GridReadyEvent<PersonRow>) => {
    apiRef.current = event.api;
  }, []);

  return (
    <DataGrid<PersonRow>
      name="people"
      className="people-grid"
      rowData={rows}
      columnDefs={columns}
      defaultColDef={{ sortable: true, resizable: true, filter: true }}
      getRowId={(p) => String(p.data.id)}
      quickFilterText={quickFilter}
      rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
      onSelectionChanged={(event) => {
        const selected = event.api.getSelectedRows()[0];
        if (event.source !== 'api') onSelect(selected ? selected.id : null);
      }}
      onCellKeyDown={(event) => {
        const key = (event.event as KeyboardEvent | undefined)?.key;
        if ((key === 'Enter' || key === ' ') && event.data) onSelect(event.data.id);
      }}
      onModelUpdated={(event) => onDisplayedCount(event.api.getDisplayedRowCount())}
      onGridReady={ready}
      tooltipShowDelay={600}
      animateRows={false}
    />
  );
}
