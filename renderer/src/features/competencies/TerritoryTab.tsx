import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CellClassParams, ColDef } from 'ag-grid-community';
import { countOf } from '../../../../shared/format/plural';
import { call } from '../../api';
import { DataGrid } from '../../components/grid/DataGrid';
import { OccupationPicker } from './OccupationPicker';
import { competencyKeys, useOverview } from './queries';

type Props = { occupationId: number | null; onOccupation: (occupationId: number) => void };
type Row = { competencyId: number; label: string; reference: number; usual: number; differing: number; isCoreAnywhere: boolean; levels: Record<string, number> };

/** Above the usual level: orange; below: blue; not asked: grey (colour and sign, not colour alone). */
function differenceClass(params: CellClassParams<Row>) {
  const level = Number(params.value ?? 0);
  const usual = params.data?.usual ?? 0;
  if (level === usual) return 'level-same';
  if (level === 0) return 'level-none';
  return level > usual ? 'level-above' : 'level-below';
}

/** One occupation across the territory: each employer's grid side by side, the level most of them ask for, the differences at a glance. */
export function TerritoryTab({ occupationId, onOccupation }: Props) {
  const overview = useOverview();
  const territory = useQuery({ queryKey: competencyKeys.territory(occupationId ?? 0), queryFn: () => call('grids.territory', { occupationId: occupationId ?? 0 }), enabled: occupationId !== null });
  const structures = useMemo(() => territory.data?.structures ?? [], [territory.data]);
  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'label', headerName: 'Compétence', width: 420, pinned: 'left', tooltipField: 'label', cellRenderer: (p: { data?: Row; value: string }) => (p.data?.isCoreAnywhere ? `★ ${p.value}` : p.value) },
      { field: 'reference', headerName: 'Référence', width: 110, valueFormatter: (p) => (p.value ? String(p.value) : '–') },
      { field: 'usual', headerName: 'Le plus demandé', width: 140, cellClass: 'level-usual', valueFormatter: (p) => (p.value ? String(p.value) : 'non concerné') },
      ...structures.map<ColDef<Row>>((s) => ({
        colId: `s${s.id}`,
        headerName: s.name,
        headerTooltip: s.name,
        width: 150,
        valueGetter: (p) => p.data?.levels[String(s.id)] ?? 0,
        valueFormatter: (p) => {
          const level = Number(p.value ?? 0);
          const usual = p.data?.usual ?? 0;
          if (level === 0) return usual === 0 ? '–' : '– (non demandé)';
          return level === usual ? String(level) : `${level} (${level > usual ? '+' : ''}${level - usual})`;
        },
        cellClass: differenceClass,
      })),
      { field: 'differing', headerName: 'Employeurs différents', width: 150 },
    ],
    [structures],
  );
  const differing = (territory.data?.lines ?? []).filter((l) => l.differing > 0).length;
  return (
    <div className="competency-tab">
      <div className="toolbar">
        <OccupationPicker occupations={overview.data?.occupations ?? []} value={occupationId} onChange={onOccupation} />
      </div>
      {structures.length === 0 ? (
        <p className="muted">Aucun employeur n’a encore sa grille pour ce métier : créez-en dans l’onglet « Grilles » pour les comparer ici.</p>
      ) : (
        <p>
          {countOf(structures.length, 'grille d’employeur', 'grilles d’employeurs')} côte à côte ; {countOf(differing, 'compétence', 'compétences')} où au moins un employeur s’écarte du niveau le plus demandé.{' '}
          <span className="legend level-above">au-dessus</span> <span className="legend level-below">en dessous</span> <span className="legend level-none">non demandé</span> ★ cœur de métier.
        </p>
      )}
      <DataGrid<Row> name="competency-territory" className="grid-editor" rowData={territory.data?.lines ?? []} columnDefs={columns} getRowId={(p) => String(p.data.competencyId)} />
    </div>
  );
}
