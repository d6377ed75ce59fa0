import { useCallback, useEffect, useRef } from 'react';
import type { ColDef, GridApi, GridReadyEvent } from 'ag-grid-community';
import { DataGrid } from '../../components/grid/DataGrid';

type Props<T extends { id: number }> = {
  name: string;
  rows: T[];
  columns: ColDef<T>[];
  quickFilter: string;
  /** Ticked rows: what goes into the selection to send. */
  selectedIds: number[];
  onSelectedIds: (ids: number[]) => void;
  /** The row whose panel is open (a click on the row opens it). */
  onOpen: (id: number) => void;
};

/** A list of the exchange: ticks choose what to send, a click (or Entrée) opens the row's panel. */
export function SelectableGrid<T extends { id: number }>({ name, rows, columns, quickFilter, selectedIds, onSelectedIds, onOpen }: Props<T>) {
  const apiRef = useRef<GridApi<T> | null>(null);
  const syncing = useRef(false);

  // The ticks follow the selection held by the page (emptied by « Vider la sélection », kept across tabs).
  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    syncing.current = true;
    const wanted = new Set(selectedIds);
    api.forEachNode((node) => {
      const should = node.data ? wanted.has(node.data.id) : false;
      if (node.isSelected() !== should) node.setSelected(should);
    });
    syncing.current = false;
  }, [selectedIds, rows]);

  const ready = useCallback(
    (event: GridReadyEvent<T>) => {
      apiRef.current = event.api;
      const wanted = new Set(selectedIds);
      event.api.forEachNode((node) => node.setSelected(node.data ? wanted.has(node.data.id) : false));
    },
    // Only on mount: later changes go through the effect above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <DataGrid<T>
      name={name}
      className="exchange-grid"
      rowData={rows}
      columnDefs={columns}
      defaultColDef={{ sortable: true, resizable: true, filter: true }}
      getRowId={(p) => String(p.data.id)}
      quickFilterText={quickFilter}
      rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
      // The ticks come first, before the pinned name column.
      selectionColumnDef={{ pinned: 'left', headerTooltip: 'Ajouter à la sélection', width: 50 }}
      onSelectionChanged={(event) => {
        if (syncing.current || event.source === 'api') return;
        onSelectedIds(event.api.getSelectedRows().map((row) => row.id));
      }}
      onRowClicked={(event) => {
        if (event.data) onOpen(event.data.id);
      }}
      onCellKeyDown={(event) => {
        const key = (event.event as KeyboardEvent | undefined)?.key;
        if (key === 'Enter' && event.data) onOpen(event.data.id);
      }}
      onGridReady={ready}
    />
  );
}
