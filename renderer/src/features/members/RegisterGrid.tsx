import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CellEditRequestEvent, ColDef, GridApi, GridReadyEvent, IRowNode, ValueFormatterParams } from 'ag-grid-community';
import type { StructureRow } from '../../../../shared/api/members';
import { interventionFields, opcas, structureTypes } from '../../../../shared/domain/structure';
import { formatSiret } from '../../../../shared/domain/siret';
import { DataGrid } from '../../components/grid/DataGrid';
import type { EditHistory } from '../../components/grid/edit-history';
import { decimalColumn, integerColumn, textColumn } from '../../components/grid/columns';

export type Scope = 'members' | 'partners' | 'all';

type Props = {
  rows: StructureRow[];
  quickFilter: string;
  scope: Scope;
  selectedId: number | null;
  onSelect: (id: number | null) => void;
  onEdit: (row: StructureRow, field: keyof StructureRow, newValue: unknown) => void;
  onDisplayedCount: (count: number) => void;
  onReady: (api: GridApi<StructureRow>) => void;
  history?: EditHistory;
  /** Only these structures (e.g. the unpaid fees of a year, from « Suivi des cotisations »), or all. */
  onlyIds?: ReadonlySet<number> | null;
};

const labelOf = (labels: Record<string, string>) => (code: unknown) => (typeof code === 'string' && code ? (labels[code] ?? code) : '');

function codeColumn(field: 'type' | 'field' | 'opca', headerName: string, labels: Record<string, string>, width: number): ColDef<StructureRow> {
  const label = labelOf(labels);
  return textColumn<StructureRow>({
    field,
    headerName,
    width,
    editable: true,
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: ['', ...Object.keys(labels)], valueListMaxWidth: 340 },
    // Stored rows hold null for "not given"; only the editor's first choice is '' and says so.
    valueFormatter: (p: ValueFormatterParams) => (p.value === '' ? '— Non renseigné —' : label(p.value)),
    filterValueGetter: (p) => label(p.data?.[field]),
    getQuickFilterText: (p) => label(p.value),
    tooltipValueGetter: (p) => label(p.value),
  });
}

function MemberBadge({ data }: { data?: StructureRow }) {
  if (!data) return null;
  if (data.isMember) return <span className="badge">Adhérent</span>;
  return (
    <span className="badge badge-muted" title={data.lastMemberYear ? `Dernière adhésion : ${data.lastMemberYear}` : 'Jamais adhérent'}>
      {data.lastMemberYear ? `Partenaire (adh. ${data.lastMemberYear})` : 'Partenaire'}
    </span>
  );
}

/** The register: one row per structure, edited cell by cell (each edit is checked by the handler). */
export function RegisterGrid({ rows, quickFilter, scope, selectedId, onSelect, onEdit, onDisplayedCount, onReady, history, onlyIds = null }: Props) {
  const apiRef = useRef<GridApi<StructureRow> | null>(null);
  const scopeRef = useRef(scope);
  const onlyRef = useRef(onlyIds);
  useEffect(() => {
    scopeRef.current = scope;
    onlyRef.current = onlyIds;
    apiRef.current?.onFilterChanged();
  }, [scope, onlyIds]);

  // The grid follows the panel: another row selected elsewhere, or the panel closed.
  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    if (selectedId === null) api.deselectAll();
    else api.getRowNode(String(selectedId))?.setSelected(true, true);
  }, [selectedId, rows]);

  const columns = useMemo<ColDef<StructureRow>[]>(
    () => [
      textColumn({ field: 'name', headerName: 'Nom', editable: true, width: 260, pinned: 'left', tooltipField: 'name' }),
      codeColumn('type', 'Type', structureTypes, 150),
      codeColumn('field', 'Champ', interventionFields, 155),
      textColumn({ field: 'finessEt', headerName: 'FINESS ET', editable: true, width: 135 }),
      textColumn({
        field: 'siret',
        headerName: 'SIRET',
        editable: true,
        width: 180,
        valueFormatter: (p) => formatSiret(typeof p.value === 'string' ? p.value : ''),
        getQuickFilterText: (p) => `${p.value} ${formatSiret(p.value)}`,
      }),
      textColumn({
        field: 'communeName',
        headerName: 'Commune',
        width: 150,
        tooltipValueGetter: (p) => (p.data?.postcode ? `${p.data.communeName} (${p.data.postcode})` : ''),
      }),
      textColumn({ field: 'epciName', headerName: 'EPCI', width: 200, tooltipField: 'epciName' }),
      codeColumn('opca', 'OPCA', opcas, 150),
      integerColumn({ field: 'headcount', headerName: 'Effectif', editable: true, width: 105 }),
      decimalColumn({ field: 'fte', headerName: 'ETP', editable: true, width: 90 }),
      textColumn({
        colId: 'member',
        field: 'isMember',
        headerName: `Adhérent ${new Date().getFullYear()}`,
        width: 170,
        cellRenderer: MemberBadge,
        filterValueGetter: (p) => (p.data?.isMember ? 'Adhérent' : 'Partenaire'),
        getQuickFilterText: (p) => (p.data?.isMember ? 'Adhérent' : 'Partenaire'),
        comparator: (a: boolean, b: boolean) => Number(a) - Number(b),
      }),
      integerColumn({ field: 'contactCount', headerName: 'Contacts', width: 100 }),
    ],
    [],
  );

  const ready = useCallback(
    (event: GridReadyEvent<StructureRow>) => {
      apiRef.current = event.api;
      onReady(event.api);
    },
    [onReady],
  );

  return (
    <DataGrid<StructureRow>
      name="register"
      className="register-grid"
      label="Registre des structures"
      keyHint="Flèches : se déplacer ; Espace : ouvrir la fiche ; Entrée ou F2 : modifier la cellule ; Ctrl+Z : annuler la dernière modification."
      history={history}
      columnChooser
      rowData={rows}
      columnDefs={columns}
      defaultColDef={{ sortable: true, resizable: true, filter: true }}
      getRowId={(p) => String(p.data.id)}
      quickFilterText={quickFilter}
      cacheQuickFilter
      isExternalFilterPresent={() => scopeRef.current !== 'all' || onlyRef.current !== null}
      doesExternalFilterPass={(node: IRowNode<StructureRow>) =>
        (onlyRef.current === null || onlyRef.current.has(node.data?.id ?? 0)) &&
        (scopeRef.current === 'all' || (scopeRef.current === 'members' ? node.data?.isMember === true : node.data?.isMember === false))
      }
      readOnlyEdit
      onCellEditRequest={(event: CellEditRequestEvent<StructureRow>) => {
        const field = event.colDef.field as keyof StructureRow | undefined;
        if (field && event.data) onEdit(event.data, field, event.newValue);
      }}
      rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
      onSelectionChanged={(event) => {
        const selected = event.api.getSelectedRows()[0];
        if (event.source !== 'api') onSelect(selected ? selected.id : null);
      }}
      onModelUpdated={(event) => onDisplayedCount(event.api.getDisplayedRowCount())}
      onGridReady={ready}
      tooltipShowDelay={600}
      suppressColumnVirtualisation
      animateRows={false}
      stopEditingWhenCellsLoseFocus
    />
  );
}
