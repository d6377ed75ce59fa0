import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { GridApi } from 'ag-grid-community';
import type { StructureRow } from '../../../../shared/api/members';
import { call } from '../../api';
import { runCommand, useCommand } from '../../app/commands';
import { formatInteger } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { PrintButton } from '../../components/print/PrintButton';
import { focusWhenShown, holdFocus } from '../../components/focus';
import { useEditHistory } from '../../components/grid/edit-history';
import { useUndoLast } from '../../components/undo';
import { WrittenFile } from '../../components/WrittenFile';
import type { WrittenFile as WrittenFileInfo } from '../../../../shared/api/desktop';
import { AddStructureDialog } from './AddStructureDialog';
import { DetailPanel } from './DetailPanel';
import { FeesDialog } from './FeesDialog';
import { FinessImportDialog } from './FinessImportDialog';
import { failureMessage, frenchMessage, useRegisterCache, useStructureList } from './queries';
import { RegisterGrid, type Scope } from './RegisterGrid';
import { WorkbookImportDialog } from './WorkbookImportDialog';
import { describeEdit } from './grid-edits';
import { parseCount, parseFte, countMessage, fteMessage } from './structure-draft';
import './members.css';

type Message = { tone: 'error' | 'success' | 'warning' | 'info'; text: string; written?: WrittenFileInfo; action?: { label: string; onClick: () => void } };
type Edit = { row: StructureRow; field: keyof StructureRow; value: unknown; replay?: 'undo' | 'redo' };
type Dialog = 'add' | 'finess' | 'workbook' | 'export' | 'fees' | null;

const scopes: { value: Scope; label: string }[] = [
  { value: 'members', label: 'Adhérents' },
  { value: 'partners', label: 'Partenaires' },
  { value: 'all', label: 'Tous' },
];

/** What an edited cell becomes in structures.update; a string when it cannot be sent (the refusal). */
function changeOf(field: keyof StructureRow, value: unknown): { value: unknown } | string {
  const text = value == null ? '' : String(value);
  if (field === 'headcount') {
    const count = parseCount(text);
    return count === undefined ? countMessage(text) : { value: count };
  }
  if (field === 'fte') {
    const fte = parseFte(text);
    return fte === undefined ? fteMessage(text) : { value: fte };
  }
  if (field === 'type' || field === 'field' || field === 'opca') return { value: text === '' ? null : text };
  if (field === 'name' && text.trim() === '') return 'Le nom de la structure ne peut pas être vide.';
  return { value: text };
}

/** Workflow 1 of DOMAIN.md: the member register, its imports and its export. */
export function MembersPage() {
  const list = useStructureList();
  const cache = useRegisterCache();
  const [quickFilter, setQuickFilter] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [reportedCount, setDisplayed] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<Message | null>(null);
  // « Cotisations 2026 non payées »: the register filtered on the structures the fees follow-up lists.
  const [unpaid, setUnpaid] = useState<{ year: number; ids: ReadonlySet<number> } | null>(null);
  const apiRef = useRef<GridApi<StructureRow> | null>(null);
  const rows = list.data ?? [];
  const displayed = reportedCount ?? rows.length; // until the grid has counted

  const openFiness = useCallback(() => setDialog('finess'), []);
  const openWorkbook = useCallback(() => setDialog('workbook'), []);

  const exportRegister = useMutation({
    mutationFn: (ids: number[] | null) => call('register.export', { ids }),
    onMutate: () => setMessage(null),
    onSuccess: (result) =>
      setMessage({ tone: 'success', text: `${countOf(result.rowCount, 'structure exportée', 'structures exportées')} dans « ${result.fileName} ».`, written: result.written }),
    onError: (error) => {
      const text = failureMessage(error);
      setMessage(text ? { tone: 'error', text } : null);
    },
    onSettled: () => setDialog(null),
  });
  const displayedIds = () => {
    const ids: number[] = [];
    apiRef.current?.forEachNodeAfterFilterAndSort((node) => {
      if (node.data) ids.push(node.data.id);
    });
    return ids;
  };
  const runExport = exportRegister.mutate; // stable across renders
  const startExport = useCallback(() => {
    const api = apiRef.current;
    const isFiltered = api ? api.getDisplayedRowCount() < rows.length : false;
    if (isFiltered) setDialog('export');
    else runExport(null);
  }, [runExport, rows.length]);

  useCommand('members.importFiness', openFiness);
  useCommand('members.importWorkbook', openWorkbook);
  useCommand('members.export', startExport);

  // Undo / redo replay an edit through the same checked call as a typed one (grid/edit-history.ts).
  const replayRef = useRef<(rowId: string, field: string, value: unknown, replay: 'undo' | 'redo') => void>(() => {});
  const history = useEditHistory(useCallback((rowId: string, field: string, value: unknown, replay: 'undo' | 'redo') => replayRef.current(rowId, field, value, replay), []));
  const historyRef = useRef(history);
  useEffect(() => {
    historyRef.current = history;
  });
  const edit = useMutation({
    mutationFn: ({ row, field, value }: Edit) => call('structures.update', { id: row.id, changes: { [field]: value } }),
    onSuccess: (detail, { row, field, value, replay }) => {
      cache.putDetail(detail);
      const description = describeEdit(row, field, row[field], value);
      if (!replay) history.record({ rowId: String(row.id), field, before: row[field], after: value, description });
      // The confirmation says what changed, before → after, and offers to take it back (Ctrl+Z too).
      const action = replay === 'undo' ? { label: 'Rétablir', onClick: () => historyRef.current.redo() } : { label: 'Annuler', onClick: () => historyRef.current.undo() };
      const done = replay === 'undo' ? `Modification annulée : ${description}.` : `${description}.`;
      setMessage(
        detail.warnings.length > 0
          ? { tone: 'warning', text: `« ${detail.structure.name} » enregistrée, mais : ${detail.warnings.map((w) => w.message).join(' ')} (${done})`, action }
          : { tone: 'success', text: done, action },
      );
    },
    onError: (error, { row }) => {
      cache.putRow(row); // the cell goes back to what the file holds
      setMessage({ tone: 'error', text: `« ${row.name} » n’a pas été modifiée : ${frenchMessage(error)}` });
    },
  });
  const saveEdit = edit.mutate;
  const onEdit = useCallback(
    (row: StructureRow, field: keyof StructureRow, newValue: unknown) => {
      const change = changeOf(field, newValue);
      if (typeof change === 'string') {
        setMessage({ tone: 'error', text: `« ${row.name} » n’a pas été modifiée : ${change}` });
        return;
      }
      if (change.value === row[field]) return;
      setMessage(null);
      cache.putRow({ ...row, [field]: change.value }); // shown at once, put back if refused
      saveEdit({ row, field, value: change.value });
    },
    [cache, saveEdit],
  );
  useEffect(() => {
    replayRef.current = (rowId, field, value, replay) => {
      const row = (list.data ?? []).find((r) => String(r.id) === rowId);
    if (!row) {
      setMessage({ tone: 'error', text: 'Cette modification ne peut plus être annulée : la structure n’est plus dans le registre.' });
      return;
    }
      const key = field as keyof StructureRow;
      cache.putRow({ ...row, [key]: value });
      saveEdit({ row, field: key, value, replay });
    };
  }, [list.data, cache, saveEdit]);
  /** Back to the grid, on the row whose card was open: focus never falls to <body>. */
  const closePanel = useCallback(() => {
    const id = selectedId;
    setSelectedId(null);
    // Focus leaves the panel for its row (found by its id: the row may have moved), and stays there
    // while the grid takes the room back. Focusing the cell element is enough: AG Grid follows it.
    const api = apiRef.current;
    const rowIndex = id === null ? undefined : api?.getRowNode(String(id))?.rowIndex;
    if (api && rowIndex != null) api.ensureIndexVisible(rowIndex);
    holdFocus(
      () =>
        document.querySelector<HTMLElement>(`.register-grid [row-id="${id}"] [col-id="name"]`) ??
        document.querySelector<HTMLElement>('.register-grid [role="gridcell"][col-id="name"]'),
    );
  }, [selectedId]);
  const onReady = useCallback((api: GridApi<StructureRow>) => {
    apiRef.current = api;
  }, []);

  // Deletions and imports offer « Annuler »: the backup the main process took just before (undo.*).
  const undoLast = useUndoLast();
  const reportUndo = useCallback((tone: 'success' | 'error', text: string) => setMessage({ tone, text }), []);
  const confirmWithUndo = (text: string) => {
    setMessage({ tone: 'success', text });
    void undoLast(reportUndo).then((action) => {
      if (action) setMessage((shown) => (shown?.text === text ? { ...shown, action } : shown));
    });
  };
  const afterImport = (text: string) => {
    setDialog(null);
    confirmWithUndo(text);
    void cache.refreshAll();
  };

  const isEmpty = list.isSuccess && rows.length === 0;
  return (
    <div className="members-page">
      <header className="page-header">
        <div>
          <h1>Registre des adhérents</h1>
          <p>Structures adhérentes et partenaires du territoire, leurs contacts et leurs cotisations.</p>
        </div>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setDialog('add')}>
            Ajouter une structure…
          </button>
          {/* The same commands as the native menu (Adhérents › …), so both paths are one. */}
          <button type="button" onClick={() => runCommand('members.importFiness')}>
            Importer l’extraction FINESS…
          </button>
          <button type="button" onClick={() => runCommand('members.importWorkbook')}>
            Importer un classeur d’adhérents…
          </button>
          <button type="button" disabled={rows.length === 0 || exportRegister.isPending} onClick={() => runCommand('members.export')}>
            {exportRegister.isPending ? 'Export en cours…' : 'Exporter vers Excel…'}
          </button>
          <PrintButton printable={{ kind: 'register' }} label="Imprimer la liste…" disabled={rows.length === 0} />
          <button type="button" disabled={rows.length === 0} onClick={() => setDialog('fees')}>
            Suivi des cotisations…
          </button>
        </div>
      </header>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)} action={message.action}>
          {message.text}
          {message.written ? <WrittenFile written={message.written} canOpenFile /> : null}
        </Notice>
      ) : null}
      {list.isError ? <Notice tone="error">{frenchMessage(list.error)}</Notice> : null}
      {list.isPending ? <p className="loading">Chargement du registre…</p> : null}
      {isEmpty ? (
        <div className="empty-state members-empty">
          <h2>Le registre est vide</h2>
          <p>Pour commencer, vous pouvez :</p>
          <ul>
            <li>
              <button type="button" className="link-button" onClick={() => setDialog('add')}>
                ajouter une structure
              </button>{' '}
              à la main (nom, FINESS, SIRET, commune…) ;
            </li>
            <li>
              <button type="button" className="link-button" onClick={openFiness}>
                importer l’extraction FINESS
              </button>{' '}
              (fichier CSV « etalab » téléchargé sur data.gouv.fr) et choisir votre territoire ;
            </li>
            <li>
              <button type="button" className="link-button" onClick={openWorkbook}>
                importer votre classeur Excel d’adhérents
              </button>{' '}
              : vous direz à quoi correspond chaque colonne.
            </li>
          </ul>
        </div>
      ) : null}
      {list.isSuccess && rows.length > 0 ? (
        <>
          <div className="register-filters">
            <input
              type="search"
              aria-label="Rechercher dans le registre"
              placeholder="Rechercher…"
              value={quickFilter}
              onChange={(event) => setQuickFilter(event.target.value)}
            />
            <div className="segmented" role="radiogroup" aria-label="Afficher">
              {scopes.map((s) => (
                <label key={s.value}>
                  <input type="radio" name="register-scope" value={s.value} checked={scope === s.value} onChange={() => setScope(s.value)} />
                  {s.label}
                </label>
              ))}
            </div>
            <span className="register-count" aria-live="polite">
              {displayed === rows.length ? countOf(rows.length, 'structure', 'structures') : `${countOf(displayed, 'structure', 'structures')} sur ${formatInteger(rows.length)}`}
            </span>
            {unpaid ? (
              <span className="filter-chip">
                Cotisations {unpaid.year} non payées
                <button type="button" className="link-button" onClick={() => setUnpaid(null)}>
                  Retirer ce filtre
                </button>
              </span>
            ) : null}
          </div>
          <div
            className={selectedId === null ? 'register-body' : 'register-body with-panel'}
            onKeyDown={(event) => {
              // Échap closes the card, unless it holds typing that would be lost (then the card says so).
              if (event.key !== 'Escape' || event.defaultPrevented || selectedId === null) return;
              const panel = (event.target as HTMLElement).closest('.detail-panel');
              if (!panel || panel.closest('dialog')) return;
              const hasTyping = panel.querySelector('.sub-form') !== null || panel.querySelector('.detail-actions button:first-child:not(:disabled)') !== null;
              if (hasTyping) {
                setMessage({ tone: 'warning', text: 'La fiche a des modifications non enregistrées : enregistrez-les ou annulez-les, puis Échap ferme la fiche.' });
                return;
              }
              event.preventDefault();
              closePanel();
            }}
          >
            <RegisterGrid
              rows={rows}
              quickFilter={quickFilter}
              scope={scope}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onEdit={onEdit}
              onDisplayedCount={setDisplayed}
              onReady={onReady}
              history={history}
              onlyIds={unpaid?.ids ?? null}
            />
            {selectedId !== null ? (
              <DetailPanel
                key={selectedId}
                id={selectedId}
                onClose={closePanel}
                onDeleted={(name) => {
                  setSelectedId(null);
                  confirmWithUndo(`« ${name} » a été supprimée du registre.`);
                  // The card is gone: focus goes to the register's title rather than <body>.
                  holdFocus(() => document.querySelector<HTMLElement>('.members-page h1'));
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
      {dialog === 'add' ? (
        <AddStructureDialog
          onClose={() => setDialog(null)}
          onCreated={(detail) => {
            cache.putDetail(detail);
            void cache.refreshAll();
            setDialog(null);
            setSelectedId(detail.structure.id);
            // Focus goes to the new structure's card, not back to « Ajouter une structure… ».
            focusWhenShown(() => document.querySelector<HTMLElement>('.detail-panel .detail-header h2'));
            setMessage(
              detail.warnings.length > 0
                ? { tone: 'warning', text: `« ${detail.structure.name} » a été ajoutée, mais : ${detail.warnings.map((w) => w.message).join(' ')}` }
                : { tone: 'success', text: `« ${detail.structure.name} » a été ajoutée au registre.` },
            );
          }}
        />
      ) : null}
      {dialog === 'fees' ? (
        <FeesDialog
          onClose={() => setDialog(null)}
          onFilter={(year, ids) => {
            setUnpaid({ year, ids: new Set(ids) });
            setScope('all');
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'finess' ? <FinessImportDialog onClose={() => setDialog(null)} onDone={afterImport} /> : null}
      {dialog === 'workbook' ? <WorkbookImportDialog onClose={() => setDialog(null)} onDone={afterImport} /> : null}
      {dialog === 'export' ? (
        <Modal
          title="Exporter vers Excel"
          onClose={() => setDialog(null)}
          footer={
            <>
              <button type="button" onClick={() => setDialog(null)}>
                Annuler
              </button>
              <button type="button" disabled={exportRegister.isPending} onClick={() => exportRegister.mutate(null)}>
                Tout le registre ({countOf(rows.length, 'structure', 'structures')})
              </button>
              <button type="button" className="primary" disabled={exportRegister.isPending} onClick={() => exportRegister.mutate(displayedIds())}>
                Seulement les {countOf(displayed, 'structure affichée', 'structures affichées')}
              </button>
            </>
          }
        >
          <p>La liste est filtrée. Exporter seulement les structures affichées, dans l’ordre de la liste, ou tout le registre ?</p>
        </Modal>
      ) : null}
    </div>
  );
}

