import { useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { CandidateRow } from '../../../../../shared/api/exchange';
import { consentScopes } from '../../../../../shared/domain/exchange';
import { countOf } from '../../../../../shared/format/plural';
import { dateColumn, textColumn } from '../../../components/grid/columns';
import { frenchMessage } from '../../members/queries';
import type { TabProps } from '../ExchangePage';
import { useCandidates } from '../queries';
import { SelectableGrid } from '../SelectableGrid';
import { CandidateDialog } from './CandidateDialog';
import { CandidatePanel } from './CandidatePanel';

const wishes = (c: CandidateRow | undefined) => (c ? c.wishedOccupations.map((o) => o.label).join(', ') : '');

/** The candidates and their CVs: personal data, shown to members only with consent. */
export function CandidatesTab({ selection, onSelect, onMessage }: TabProps) {
  const candidates = useCandidates();
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);
  const [editing, setEditing] = useState<CandidateRow | 'new' | null>(null);
  const rows = candidates.data ?? [];
  const open = rows.find((c) => c.id === openId) ?? null;
  const columns = useMemo<ColDef<CandidateRow>[]>(
    () => [
      textColumn({ field: 'lastName', headerName: 'Nom', width: 150, pinned: 'left' }),
      textColumn({ field: 'firstName', headerName: 'Prénom', width: 130 }),
      textColumn({ colId: 'wishes', headerName: 'Métiers souhaités', width: 240, valueGetter: (p) => wishes(p.data) }),
      textColumn({ field: 'communeName', headerName: 'Commune', width: 140 }),
      dateColumn({ field: 'availableFrom', headerName: 'Disponible le', width: 130 }),
      textColumn({
        field: 'consentScope',
        headerName: 'Consentement',
        width: 170,
        valueFormatter: (p) => (typeof p.value === 'string' ? (consentScopes[p.value as keyof typeof consentScopes] ?? '') : ''),
        getQuickFilterText: (p) => consentScopes[p.value as keyof typeof consentScopes] ?? '',
      }),
      textColumn({ colId: 'cv', headerName: 'CV', width: 90, valueGetter: (p) => (p.data?.cv ? 'Joint' : '—') }),
      dateColumn({ field: 'lastContactOn', headerName: 'Dernier contact', width: 140 }),
      dateColumn({ field: 'keptUntil', headerName: 'Conservé jusqu’au', width: 150 }),
    ],
    [],
  );
  return (
    <div className="exchange-tab">
      <div className="register-filters">
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Ajouter un candidat…
        </button>
        <input type="search" aria-label="Rechercher dans les candidats" placeholder="Rechercher…" value={search} onChange={(event) => setSearch(event.target.value)} />
        <span className="register-count">{countOf(rows.length, 'candidat', 'candidats')}</span>
      </div>
      {candidates.isError ? <p className="field-error">{frenchMessage(candidates.error)}</p> : null}
      {candidates.isSuccess && rows.length === 0 ? (
        <div className="empty-state">
          <h2>Aucun candidat pour l’instant</h2>
          <p>
            Notez ici les personnes qui cherchent un poste chez les adhérents (une fin de remplacement, une candidature spontanée), avec leur consentement : leur CV est gardé deux ans après le dernier contact, puis proposé à la suppression.
          </p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className={open ? 'register-body with-panel' : 'register-body'}>
          <SelectableGrid
            name="exchangeCandidates"
            rows={rows}
            columns={columns}
            quickFilter={search}
            selectedIds={selection.candidates}
            onSelectedIds={(ids) => onSelect('candidates', ids)}
            onOpen={setOpenId}
          />
          {open ? (
            <CandidatePanel
              key={open.id}
              candidate={open}
              onEdit={() => setEditing(open)}
              onMessage={onMessage}
              onErased={() => {
                onSelect('candidates', selection.candidates.filter((id) => id !== open.id));
                setOpenId(null);
              }}
              onClose={() => setOpenId(null)}
            />
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <CandidateDialog
          candidate={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, isNew) => {
            setEditing(null);
            setOpenId(saved.id);
            const name = [saved.firstName, saved.lastName].filter(Boolean).join(' ');
            onMessage({ tone: 'success', text: isNew ? `La fiche de ${name} est créée.` : `La fiche de ${name} est enregistrée.` });
          }}
        />
      ) : null}
    </div>
  );
}
