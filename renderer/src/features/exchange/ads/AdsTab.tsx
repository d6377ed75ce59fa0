import { useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { AdRow } from '../../../../../shared/api/exchange';
import { adStatuses, contractKinds } from '../../../../../shared/domain/exchange';
import { countOf } from '../../../../../shared/format/plural';
import { dateColumn, decimalColumn, textColumn } from '../../../components/grid/columns';
import { frenchMessage } from '../../members/queries';
import type { TabProps } from '../ExchangePage';
import { useAds } from '../queries';
import { SelectableGrid } from '../SelectableGrid';
import { AdDialog } from './AdDialog';
import { AdPanel } from './AdPanel';

const labelled = (labels: Record<string, string>) => (p: { value: unknown }) => (typeof p.value === 'string' ? (labels[p.value] ?? p.value) : '');

/** The members' job ads; the panel of one ad says who could fill it. */
export function AdsTab({ selection, onSelect, onMessage }: TabProps) {
  const ads = useAds();
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);
  const [editing, setEditing] = useState<AdRow | 'new' | null>(null);
  const rows = ads.data ?? [];
  const open = rows.find((ad) => ad.id === openId) ?? null;
  const columns = useMemo<ColDef<AdRow>[]>(
    () => [
      textColumn({ field: 'title', headerName: 'Poste', width: 220, pinned: 'left' }),
      textColumn({ field: 'structureName', headerName: 'Structure', width: 200 }),
      textColumn({ field: 'occupationLabel', headerName: 'Métier', width: 200 }),
      textColumn({ field: 'contract', headerName: 'Contrat', width: 170, valueFormatter: labelled(contractKinds), getQuickFilterText: labelled(contractKinds) }),
      decimalColumn({ field: 'hoursPerWeek', headerName: 'Heures / sem.', width: 120 }),
      dateColumn({ field: 'startsOn', headerName: 'Début', width: 115 }),
      textColumn({ field: 'communeName', headerName: 'Lieu', width: 140 }),
      textColumn({ field: 'status', headerName: 'État', width: 110, valueFormatter: labelled(adStatuses), getQuickFilterText: labelled(adStatuses) }),
      dateColumn({ field: 'publishedOn', headerName: 'Publiée le', width: 120 }),
    ],
    [],
  );
  return (
    <div className="exchange-tab">
      <div className="register-filters">
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Publier une offre…
        </button>
        <input type="search" aria-label="Rechercher dans les offres" placeholder="Rechercher…" value={search} onChange={(event) => setSearch(event.target.value)} />
        <span className="register-count">{countOf(rows.length, 'offre', 'offres')}</span>
      </div>
      {ads.isError ? <p className="field-error">{frenchMessage(ads.error)}</p> : null}
      {ads.isSuccess && rows.length === 0 ? (
        <div className="empty-state">
          <h2>Aucune offre pour l’instant</h2>
          <p>Quand un adhérent vous transmet un poste à pourvoir, publiez-le ici : l’application cherche les candidats dont le métier souhaité et le secteur correspondent.</p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className={open ? 'register-body with-panel' : 'register-body'}>
          <SelectableGrid name="exchangeAds" rows={rows} columns={columns} quickFilter={search} selectedIds={selection.ads} onSelectedIds={(ids) => onSelect('ads', ids)} onOpen={setOpenId} />
          {open ? (
            <AdPanel
              key={open.id}
              ad={open}
              selection={selection}
              onSelect={onSelect}
              onMessage={onMessage}
              onEdit={() => setEditing(open)}
              onClose={() => setOpenId(null)}
            />
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <AdDialog
          ad={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, isNew) => {
            setEditing(null);
            setOpenId(saved.id);
            onMessage({ tone: 'success', text: isNew ? `L’offre « ${saved.title} » est publiée.` : `L’offre « ${saved.title} » est enregistrée.` });
          }}
        />
      ) : null}
    </div>
  );
}
