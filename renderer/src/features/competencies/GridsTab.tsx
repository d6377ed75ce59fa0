import { useMemo, useRef, useState } from 'react';
import { useMutation, useQueries } from '@tanstack/react-query';
import type { CellValueChangedEvent, ColDef, GridApi, ValueParserParams } from 'ag-grid-community';
import type { Competency, Grid } from '../../../../shared/api/competencies';
import { competencyKindLabels } from '../../../../shared/domain/competencies/rome-starter';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { DataGrid } from '../../components/grid/DataGrid';
import { OccupationPicker } from './OccupationPicker';
import { GridWorkbookPanel } from './GridWorkbookPanel';
import { ScaleAndCatalogue } from './ScaleAndCatalogue';
import { WearForm } from './WearForm';
import { competencyKeys, failureMessage, useCatalogue, useInvalidateCompetencies, useOverview } from './queries';

type Props = { occupationId: number | null; onOccupation: (occupationId: number) => void };
type Row = { competencyId: number; label: string; kind: string; isCore: boolean; levels: Record<string, number> };
type Change = { gridId: number; competencyId: number; before: number; after: number };

const column = (gridId: number) => `g${gridId}`;

/**
 * The grid editor: one occupation, its competencies as rows, the reference grid and each employer's
 * grid as columns. Type a level (0 = non concerné) and Enter; arrows move; « Annuler » undoes the last change.
 */
export function GridsTab({ occupationId, onOccupation }: Props) {
  const overview = useOverview();
  const catalogue = useCatalogue();
  const invalidate = useInvalidateCompetencies();
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [structureId, setStructureId] = useState<number | ''>('');
  const [copy, setCopy] = useState<{ target: number | ''; source: number | '' }>({ target: '', source: '' });
  const [adding, setAdding] = useState('');
  const undo = useRef<Change[]>([]);
  const [undoCount, setUndoCount] = useState(0);
  const api = useRef<GridApi<Row> | null>(null);

  const occupation = overview.data?.occupations.find((o) => o.occupationId === occupationId) ?? null;
  const gridIds = useMemo(() => (occupation ? [occupation.referenceGridId, ...occupation.employerGrids.map((g) => g.gridId)].filter((id): id is number => id !== null) : []), [occupation]);
  const grids = useQueries({ queries: gridIds.map((gridId) => ({ queryKey: competencyKeys.grid(gridId), queryFn: () => call('grids.get', { gridId }) })) });
  const loaded = grids.map((g) => g.data).filter((g): g is Grid => g !== undefined);
  const competencies = useMemo(() => new Map((catalogue.data?.competencies ?? []).map((c) => [c.id, c])), [catalogue.data]);
  const maxLevel = catalogue.data?.levels.length ?? 4;

  const loadedKey = grids.map((g) => g.dataUpdatedAt).join(',');
  const rows = useMemo(() => {
    const byId = new Map<number, Row>();
    for (const grid of loaded)
      for (const r of grid.requirements) {
        const competency = competencies.get(r.competencyId);
        const row = byId.get(r.competencyId) ?? { competencyId: r.competencyId, label: competency?.label ?? '', kind: competency ? competencyKindLabels[competency.kind] : '', isCore: false, levels: {} };
        row.levels[column(grid.gridId)] = r.level;
        if (grid.structureId === null) row.isCore = r.isCore;
        byId.set(r.competencyId, row);
      }
    return [...byId.values()].sort((a, b) => Number(b.isCore) - Number(a.isCore) || a.kind.localeCompare(b.kind, 'fr') || a.label.localeCompare(b.label, 'fr'));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the loaded grids change identity on every render; their update times say when their data changed
  }, [loadedKey, competencies]);

  const save = useMutation({
    mutationFn: (change: { gridId: number; competencyId: number; level: number; isCore?: boolean }) => call('grids.setRequirement', change),
    onSuccess: () => invalidate(),
    onError: (error) => {
      setNotice({ tone: 'error', text: `Le niveau n’a pas été enregistré : ${failureMessage(error) ?? ''}` });
      invalidate();
    },
  });

  const parseLevel = (params: ValueParserParams<Row>) => {
    const text = String(params.newValue ?? '').trim();
    const level = text === '' ? 0 : Number(text);
    if (!Number.isInteger(level) || level < 0 || level > maxLevel) {
      setNotice({ tone: 'error', text: `« ${text} » n’est pas un niveau : tapez un chiffre de 0 (non concerné) à ${maxLevel}.` });
      return params.oldValue as number;
    }
    return level;
  };

  const columns = useMemo<ColDef<Row>[]>(() => {
    const levelColumn = (gridId: number, header: string): ColDef<Row> => ({
      colId: column(gridId),
      headerName: header,
      headerTooltip: header,
      width: 130,
      editable: true,
      cellClass: 'level-cell',
      valueGetter: (p) => p.data?.levels[column(gridId)] ?? 0,
      valueSetter: (p) => {
        if (!p.data) return false;
        p.data.levels[column(gridId)] = Number(p.newValue);
        return true;
      },
      valueParser: parseLevel,
      valueFormatter: (p) => (Number(p.value) > 0 ? String(p.value) : '–'),
    });
    return [
      { field: 'label', headerName: 'Compétence', width: 420, pinned: 'left', tooltipField: 'label' },
      { field: 'kind', headerName: 'Nature', width: 150 },
      { field: 'isCore', headerName: 'Cœur de métier', width: 120, editable: occupation?.referenceGridId !== null, cellDataType: 'boolean' },
      ...(occupation?.referenceGridId ? [levelColumn(occupation.referenceGridId, 'Référence')] : []),
      ...(occupation?.employerGrids ?? []).map((g) => levelColumn(g.gridId, g.structureName)),
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- parseLevel reads maxLevel only
  }, [occupation, maxLevel]);

  const onChange = (event: CellValueChangedEvent<Row>) => {
    if (!event.data || event.oldValue === event.newValue) return;
    setNotice(null);
    if (event.colDef.field === 'isCore') {
      if (occupation?.referenceGridId) save.mutate({ gridId: occupation.referenceGridId, competencyId: event.data.competencyId, level: event.data.levels[column(occupation.referenceGridId)] || 2, isCore: Boolean(event.newValue) });
      return;
    }
    const gridId = Number(event.column.getColId().slice(1));
    const change = { gridId, competencyId: event.data.competencyId, before: Number(event.oldValue ?? 0), after: Number(event.newValue ?? 0) };
    if (!event.source?.startsWith('undo')) {
      undo.current.push(change);
      setUndoCount(undo.current.length);
    }
    save.mutate({ gridId, competencyId: change.competencyId, level: change.after });
  };

  const undoLast = () => {
    const last = undo.current.pop();
    setUndoCount(undo.current.length);
    if (!last) return;
    save.mutate({ gridId: last.gridId, competencyId: last.competencyId, level: last.before });
    setNotice({ tone: 'success', text: 'La dernière modification a été annulée.' });
  };

  const createForEmployer = useMutation({
    mutationFn: () => call('grids.createForEmployer', { occupationId: occupationId ?? 0, structureId: Number(structureId) }),
    onSuccess: (grid) => {
      setNotice({ tone: 'success', text: `La grille de ${grid.structureName ?? ''} pour ce métier est créée, copie de la grille de référence : ajustez ses niveaux.` });
      setStructureId('');
      invalidate();
    },
    onError: (error) => setNotice({ tone: 'error', text: failureMessage(error) ?? '' }),
  });
  const copyFrom = useMutation({
    mutationFn: () => call('grids.copyFrom', { gridId: Number(copy.target), sourceGridId: Number(copy.source) }),
    onSuccess: () => {
      setNotice({ tone: 'success', text: 'La grille a été remplacée par la copie.' });
      invalidate();
    },
    onError: (error) => setNotice({ tone: 'error', text: failureMessage(error) ?? '' }),
  });
  const addCompetency = (competency: Competency | undefined) => {
    if (!competency || !occupation?.referenceGridId) return;
    save.mutate({ gridId: occupation.referenceGridId, competencyId: competency.id, level: 2 });
    setAdding('');
  };

  const allGrids = (overview.data?.occupations ?? []).flatMap((o) => [
    ...(o.referenceGridId ? [{ gridId: o.referenceGridId, label: `${o.label} — référence` }] : []),
    ...o.employerGrids.map((g) => ({ gridId: g.gridId, label: `${o.label} — ${g.structureName}` })),
  ]);
  const withoutGrid = (overview.data?.structures ?? []).filter((s) => !occupation?.employerGrids.some((g) => g.structureId === s.id));
  const ownGrids = [...(occupation?.referenceGridId ? [{ gridId: occupation.referenceGridId, label: 'Référence' }] : []), ...(occupation?.employerGrids ?? []).map((g) => ({ gridId: g.gridId, label: g.structureName }))];

  return (
    <div className="competency-tab">
      {notice ? (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      ) : null}
      <div className="toolbar">
        <OccupationPicker occupations={overview.data?.occupations ?? []} value={occupationId} onChange={onOccupation} />
        <label>
          Grille propre à un employeur
          <select value={structureId} onChange={(event) => setStructureId(event.target.value === '' ? '' : Number(event.target.value))}>
            <option value="">— Choisir une structure —</option>
            {withoutGrid.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={structureId === '' || occupationId === null} onClick={() => createForEmployer.mutate()}>
          Créer sa grille
        </button>
        <button type="button" disabled={undoCount === 0} onClick={undoLast}>
          Annuler la dernière modification
        </button>
      </div>
      <p className="muted">
        Tapez un niveau de 1 à {maxLevel} dans une case (0 ou vide : non concerné), Entrée pour valider, les flèches pour vous déplacer.{' '}
        {(catalogue.data?.levels ?? []).map((l) => `${l.level} ${l.label}`).join(' · ')}.
      </p>
      <DataGrid<Row>
        name="competency-grid-editor"
        className="grid-editor"
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.competencyId)}
        onCellValueChanged={onChange}
        onGridReady={(event) => {
          api.current = event.api;
        }}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
      />
      <div className="toolbar">
        <label>
          Ajouter une compétence à la grille de référence
          <input
            list="competency-catalogue"
            value={adding}
            placeholder="Tapez pour chercher parmi les compétences"
            onChange={(event) => setAdding(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') addCompetency(catalogue.data?.competencies.find((c) => c.label === adding));
            }}
          />
        </label>
        <datalist id="competency-catalogue">
          {(catalogue.data?.competencies ?? []).map((c) => (
            <option key={c.id} value={c.label} />
          ))}
        </datalist>
        <button type="button" disabled={!catalogue.data?.competencies.some((c) => c.label === adding)} onClick={() => addCompetency(catalogue.data?.competencies.find((c) => c.label === adding))}>
          Ajouter
        </button>
      </div>
      <div className="toolbar">
        <label>
          Remplacer la grille
          <select value={copy.target} onChange={(event) => setCopy({ ...copy, target: event.target.value === '' ? '' : Number(event.target.value) })}>
            <option value="">— Grille à remplacer —</option>
            {ownGrids.map((g) => (
              <option key={g.gridId} value={g.gridId}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          par une copie de
          <select value={copy.source} onChange={(event) => setCopy({ ...copy, source: event.target.value === '' ? '' : Number(event.target.value) })}>
            <option value="">— Autre métier ou employeur —</option>
            {allGrids.map((g) => (
              <option key={g.gridId} value={g.gridId}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={copy.target === '' || copy.source === '' || copy.target === copy.source} onClick={() => copyFrom.mutate()}>
          Copier
        </button>
      </div>
      {occupation ? <WearForm key={occupation.occupationId} occupation={occupation} /> : null}
      <GridWorkbookPanel structures={overview.data?.structures ?? []} />
      {catalogue.data ? <ScaleAndCatalogue levels={catalogue.data.levels} /> : null}
    </div>
  );
}
