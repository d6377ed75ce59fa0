import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ColDef } from 'ag-grid-community';
import { countOf } from '../../../../shared/format/plural';
import { call } from '../../api';
import { DataGrid } from '../../components/grid/DataGrid';
import { GapTable, useLevelName } from './GapTable';
import { OccupationPicker } from './OccupationPicker';
import { competencyKeys, percent, scoreColours, useCatalogue, useOverview } from './queries';

type Props = { occupationId: number | null; onOccupation: (occupationId: number) => void };
type Row = { id: number; label: string; scores: number[] };

/** The occupation × occupation matrix, then for one occupation its nearest ones with their gaps, ROME's bridges and the career paths. */
export function ProximityTab({ occupationId, onOccupation }: Props) {
  const overview = useOverview();
  const catalogue = useCatalogue();
  const levelName = useLevelName(catalogue.data?.levels);
  const matrix = useQuery({ queryKey: competencyKeys.matrix, queryFn: () => call('bridges.matrix') });
  const nearest = useQuery({ queryKey: competencyKeys.nearest(occupationId ?? 0), queryFn: () => call('bridges.nearest', { occupationId: occupationId ?? 0 }), enabled: occupationId !== null });
  const paths = useQuery({ queryKey: competencyKeys.careerPaths, queryFn: () => call('bridges.careerPaths') });

  const occupations = useMemo(() => matrix.data?.occupations ?? [], [matrix.data]);
  const n = occupations.length;
  const rows = useMemo<Row[]>(() => occupations.map((o, a) => ({ id: o.id, label: o.label, scores: occupations.map((_, b) => matrix.data?.scores[a * n + b] ?? 0) })), [occupations, matrix.data, n]);
  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'label', headerName: 'De ↓ vers →', pinned: 'left', width: 240, tooltipField: 'label' },
      ...occupations.map<ColDef<Row>>((o, b) => ({
        colId: `o${o.id}`,
        headerName: o.label,
        headerTooltip: o.label,
        headerClass: 'matrix-header',
        width: 74,
        valueGetter: (p) => p.data?.scores[b] ?? 0,
        valueFormatter: (p) => percent(Number(p.value ?? 0)),
        cellStyle: (p) => ({ ...scoreColours(Number(p.value ?? 0)), textAlign: 'right' }),
      })),
    ],
    [occupations],
  );
  const selected = occupations.find((o) => o.id === occupationId);

  return (
    <div className="competency-tab">
      <p className="definition">{matrix.data?.definition}</p>
      <p className="muted">Chaque métier est représenté par le niveau que la plupart de ses employeurs demandent, ou par sa grille de référence tant qu’aucun employeur n’a la sienne. Cliquez une ligne pour voir ses métiers proches.</p>
      <DataGrid<Row>
        name="competency-matrix"
        className="matrix-grid"
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onRowClicked={(event) => event.data && onOccupation(event.data.id)}
      />
      <div className="toolbar">
        <OccupationPicker occupations={overview.data?.occupations ?? []} value={occupationId} onChange={onOccupation} label="Métiers proches de" />
      </div>
      {selected && nearest.data ? (
        <div className="nearest">
          <h2>Depuis « {selected.label} »</h2>
          <ol className="nearest-list">
            {nearest.data.computed.map((c) => (
              <li key={c.occupationId}>
                <details>
                  <summary>
                    <span className="score-chip" style={scoreColours(c.score)}>
                      {percent(c.score)}
                    </span>{' '}
                    {c.label} {c.romeRank !== null ? <span className="badge">aussi dans ROME</span> : null}{' '}
                    {c.isRegulated ? <span className="badge badge-warning">métier réglementé : il faut son diplôme</span> : null} — {countOf(c.gaps.length, 'écart', 'écarts')}
                  </summary>
                  <GapTable gaps={c.gaps} caption={`Ce qui manque pour devenir ${c.label}`} levelName={levelName} />
                </details>
              </li>
            ))}
          </ol>
          <h3>Passerelles de ROME</h3>
          <p className="muted">Les mobilités que France Travail indique pour ce code ROME, dans son ordre, avec la proximité calculée quand le métier est dans la liste du secteur.</p>
          <ul className="rome-bridges">
            {nearest.data.rome.map((r) => (
              <li key={r.romeCode}>
                <span className="badge">ROME</span> {r.rank}. {r.label} ({r.romeCode}){r.score !== null ? ` — ${percent(r.score)}` : ' — hors de la liste du secteur'}{' '}
                {r.isRegulated ? <span className="badge badge-warning">réglementé : diplôme requis</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2>Parcours contre l’usure professionnelle</h2>
      <p className="muted">Depuis chaque métier usant (usure de 6 sur 12 ou plus), les métiers moins usants dont la personne détient déjà la moitié au moins.</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Depuis</th>
            <th scope="col">Vers</th>
            <th scope="col">Proximité</th>
            <th scope="col">Usure</th>
            <th scope="col">Écarts</th>
          </tr>
        </thead>
        <tbody>
          {(paths.data ?? []).map((p) => (
            <tr key={`${p.fromId}-${p.toId}`}>
              <td>{p.fromLabel}</td>
              <td>
                {p.toLabel} {p.isRegulated ? <span className="badge badge-warning">diplôme requis</span> : null}
              </td>
              <td>{percent(p.score)}</td>
              <td>
                {p.wearFrom} → {p.wearTo}
              </td>
              <td>{countOf(p.gaps.length, 'écart', 'écarts')} dont {p.gaps.filter((g) => g.isCore).length} cœur de métier</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
