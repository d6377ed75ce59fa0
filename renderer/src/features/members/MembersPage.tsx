import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { GridApi } from 'ag-grid-community';
import type { StructureRow } from '../../../../shared/api/members';
import { call } from '../../api';
import { runCommand, useCommand } from '../../app/commands';
import { countOf } from '../../../../shared/format/plural';
import { Notice } from '../../components/Notice';
import { PrintButton } from '../../components/print/PrintButton';
import { focusWhenShown, holdFocus } from '../../components/focus';
import { useConfirmWithUndo } from '../../components/undoable-removal';
import { WrittenFile } from '../../components/WrittenFile';
import { AddStructureDialog } from './AddStructureDialog';
import { DetailPanel } from './DetailPanel';
import { FeesDialog } from './FeesDialog';
import { FinessImportDialog } from './FinessImportDialog';
import { EmptyRegister } from './EmptyRegister';
import { ExportChoiceDialog } from './ExportChoiceDialog';
import { failureMessage, frenchMessage, useRegisterCache, useStructureList } from './queries';
import { RegisterFilters } from './RegisterFilters';
import { RegisterGrid, type Scope } from './RegisterGrid';
import type { RegisterMessage } from './register-message';
import { useRegisterEdits } from './use-register-edits';
import { WorkbookImportDialog } from './WorkbookImportDialog';
import './members.css';

type Dialog = 'add' | 'finess' | 'workbook' | 'export' | 'fees' | null;

/** The register's banner for a confirmation that may offer « Annuler ». */
const registerNotice = (tone: 'success' | 'error', text: string): RegisterMessage => ({ tone, text });

/** Workflow 1 of DOMAIN.md: the member register, its imports and its export. */
export function MembersPage() {
  const list = useStructureList();
  const cache = useRegisterCache();
  const [quickFilter, setQuickFilter] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [reportedCount, setDisplayed] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<RegisterMessage | null>(null);
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

  const { history, onEdit } = useRegisterEdits(list.data, cache, setMessage);
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
  const confirmWithUndo = useConfirmWithUndo(setMessage, registerNotice);
  const afterImport = (text: string) => {
    setDialog(null);
    confirmWithUndo(text);
    void cache.refreshAll();
  };

  // Not while the list is fetched again: right after a 30,000-row import the banner said « 30 000
  // structures ajoutées » beside « Le registre est vide » for as long as the new list took to come.
  const isReloadingEmpty = list.isFetching && rows.length === 0;
  const isEmpty = list.isSuccess && rows.length === 0 && !isReloadingEmpty;
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
      {list.isPending || isReloadingEmpty ? <p className="loading">Chargement du registre…</p> : null}
      {isEmpty ? (
        <EmptyRegister onAdd={() => setDialog('add')} onFiness={openFiness} onWorkbook={openWorkbook} />
      ) : null}
      {list.isSuccess && rows.length > 0 ? (
        <>
          <RegisterFilters
            quickFilter={quickFilter}
            onQuickFilter={setQuickFilter}
            scope={scope}
            onScope={setScope}
            total={rows.length}
            displayed={displayed}
            unpaidYear={unpaid?.year ?? null}
            onClearUnpaid={() => setUnpaid(null)}
          />
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
        <ExportChoiceDialog
          total={rows.length}
          displayed={displayed}
          pending={exportRegister.isPending}
          onAll={() => exportRegister.mutate(null)}
          onDisplayed={() => exportRegister.mutate(displayedIds())}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}

