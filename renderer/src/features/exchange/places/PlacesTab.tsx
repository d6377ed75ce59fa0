import { useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { ColDef } from 'ag-grid-community';
import type { PlaceRow } from '../../../../../shared/api/exchange';
import { placeStatuses } from '../../../../../shared/domain/exchange';
import { countOf } from '../../../../../shared/format/plural';
import { call } from '../../../api';
import { dateColumn, integerColumn, textColumn } from '../../../components/grid/columns';
import { failureMessage, frenchMessage } from '../../members/queries';
import type { TabProps } from '../ExchangePage';
import { useExchangeRefresh, usePlaces } from '../queries';
import { SelectableGrid } from '../SelectableGrid';
import { PlaceDialog } from './PlaceDialog';

/** Free places in trainings, offered by one member to the others' staff. */
export function PlacesTab({ selection, onSelect, onMessage }: TabProps) {
  const places = usePlaces();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<PlaceRow | 'new' | null>(null);
  const rows = places.data ?? [];
  const refresh = useExchangeRefresh();
  const fromTrainings = useMutation({
    mutationFn: () => call('exchange.places.fromTrainings'),
    onMutate: () => onMessage(null),
    onSuccess: (result) => {
      void refresh();
      onMessage({
        tone: result.added + result.updated > 0 ? 'success' : 'info',
        text:
          result.added + result.updated > 0
            ? `Formations partagées : ${countOf(result.added, 'ligne ajoutée', 'lignes ajoutées')}, ${countOf(result.updated, 'ligne mise à jour', 'lignes mises à jour')}.`
            : 'Aucune formation partagée n’offre de places libres aux adhérents (case « places offertes aux adhérents » dans Formations).',
      });
    },
    onError: (error) => onMessage({ tone: 'error', text: failureMessage(error) ?? '' }),
  });
  const columns = useMemo<ColDef<PlaceRow>[]>(
    () => [
      textColumn({ field: 'title', headerName: 'Formation', width: 240, pinned: 'left' }),
      textColumn({ field: 'structureName', headerName: 'Proposée par', width: 200 }),
      textColumn({ field: 'occupationLabel', headerName: 'Pour le métier', width: 190 }),
      dateColumn({ field: 'startsOn', headerName: 'Début', width: 115 }),
      dateColumn({ field: 'endsOn', headerName: 'Fin', width: 115 }),
      textColumn({ field: 'communeName', headerName: 'Lieu', width: 140 }),
      integerColumn({ field: 'seats', headerName: 'Places', width: 100 }),
      textColumn({
        field: 'status',
        headerName: 'État',
        width: 120,
        valueFormatter: (p) => placeStatuses[p.value as keyof typeof placeStatuses] ?? '',
        getQuickFilterText: (p) => placeStatuses[p.value as keyof typeof placeStatuses] ?? '',
      }),
    ],
    [],
  );
  return (
    <div className="exchange-tab">
      <div className="register-filters">
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Proposer des places…
        </button>
        <button type="button" disabled={fromTrainings.isPending} onClick={() => fromTrainings.mutate()}>
          Reprendre les places des formations partagées
        </button>
        <input type="search" aria-label="Rechercher dans les places de formation" placeholder="Rechercher…" value={search} onChange={(event) => setSearch(event.target.value)} />
        <span className="register-count">{countOf(rows.length, 'formation', 'formations')}</span>
        <span className="hint">Cliquez sur une ligne pour la modifier.</span>
      </div>
      {places.isError ? <p className="field-error">{frenchMessage(places.error)}</p> : null}
      {places.isSuccess && rows.length === 0 ? (
        <div className="empty-state">
          <h2>Aucune place de formation libre</h2>
          <p>Quand un adhérent a des places libres dans une formation (une session inter-structures, un simulateur de vieillissement…), notez-les ici pour les proposer aux autres.</p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="register-body">
          <SelectableGrid
            name="exchangePlaces"
            rows={rows}
            columns={columns}
            quickFilter={search}
            selectedIds={selection.places}
            onSelectedIds={(ids) => onSelect('places', ids)}
            onOpen={(id) => setEditing(rows.find((row) => row.id === id) ?? null)}
          />
        </div>
      ) : null}
      {editing ? (
        <PlaceDialog
          place={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, text) => {
            const deletedId = saved === null && editing !== 'new' ? editing.id : null;
            setEditing(null);
            if (deletedId !== null) onSelect('places', selection.places.filter((id) => id !== deletedId));
            onMessage({ tone: 'success', text });
          }}
        />
      ) : null}
    </div>
  );
}
