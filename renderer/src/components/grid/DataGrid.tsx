import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef, type GridApi, type GridReadyEvent } from 'ag-grid-community';
import { AG_GRID_LOCALE_FR } from '@ag-grid-community/locale';
import { ColumnChooser } from './ColumnChooser';
import { forgetColumns, restoreColumns, saveColumns } from './column-state';
import { undoKeyOf, type EditHistory } from './edit-history';

// Without the modules, filters and the scrolling APIs silently do nothing (ARCHITECTURE.md). Registering twice is harmless.
ModuleRegistry.registerModules([AllCommunityModule]);

/** The grid in the colours of app.css (--accent, --line, --ink, --canvas). */
export const gridTheme = themeQuartz.withParams({
  accentColor: '#1f6f78',
  foregroundColor: '#1d2733',
  borderColor: '#d9e0e7',
  headerBackgroundColor: '#f4f6f8',
  rowHoverColor: '#e3f1f2',
  selectedRowBackgroundColor: '#d3eaec',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontWeight: 600,
  borderRadius: 6,
  wrapperBorderRadius: 8,
});

type GridRegistry = Record<string, GridApi | undefined>;
declare global {
  interface Window {
    /** Set by end-to-end tests (page.addInitScript) to reach each grid's API by name; absent for people. */
    __passerellesGrids?: GridRegistry;
  }
}

export type DataGridProps<T> = AgGridReactProps<T> & {
  /** Names the grid for the end-to-end tests (window.__passerellesGrids[name]) and for its saved columns. */
  name: string;
  className?: string;
  /** The grid's accessible name (« Registre des structures »); screen readers announce it on entering. */
  label?: string;
  /** The keys, said above the grid; by default the arrows, and Entrée / F2 / Ctrl+Z when cells are editable. */
  keyHint?: string | false;
  /** Ctrl+Z / Ctrl+Y on a cell undo and redo the page's edits (see useEditHistory). */
  history?: EditHistory;
  /** A « Colonnes… » button to show or hide columns (widths and order are kept for every grid). */
  columnChooser?: boolean;
};

const hasEditable = (columns: unknown, defaults: ColDef | undefined): boolean =>
  Boolean(defaults?.editable) || (Array.isArray(columns) && columns.some((c: ColDef & { children?: unknown }) => Boolean(c.editable) || hasEditable(c.children, undefined)));

/**
 * AG Grid with the French locale, the app's theme and the modules registered, and the keyboard
 * rules of issue 9 for every screen: one Tab stop (arrows move inside), a name, the keys said above
 * it, Ctrl+Z that undoes the last edit (never the browser's undo of some other field), wrapped
 * headers, and columns that stay as the coordinator left them.
 */
export function DataGrid<T>({ name, className, label, keyHint, history, columnChooser, onGridReady, defaultColDef, ...props }: DataGridProps<T>) {
  const apiRef = useRef<GridApi<T> | null>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [isChoosing, setIsChoosing] = useState(false);
  const [readyApi, setReadyApi] = useState<GridApi | null>(null);
  const isEditable = hasEditable(props.columnDefs, defaultColDef);
  // A new object on every render would make AG Grid rebuild its columns (and stop an edit) each time
  // the page re-renders, e.g. when a banner goes away: keep it equal while its content is.
  // Plain values (sortable, resizable…) are compared by content; anything else by reference.
  const isPlain = Object.values(defaultColDef ?? {}).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  const defaultsKey = isPlain ? JSON.stringify(defaultColDef ?? {}) : defaultColDef;
  const mergedDefaults = useMemo<ColDef<T>>(
    () => ({ wrapHeaderText: true, autoHeaderHeight: true, ...(typeof defaultsKey === 'string' ? (JSON.parse(defaultsKey) as ColDef<T>) : defaultsKey) }),
    [defaultsKey],
  );
  const hint =
    keyHint === false
      ? null
      : (keyHint ??
        (isEditable
          ? 'Flèches : se déplacer ; Entrée ou F2 : modifier la cellule ; Ctrl+Z : annuler la dernière modification.'
          : 'Tab entre dans le tableau, les flèches s’y déplacent.'));

  const nameTheGrid = useCallback(() => {
    const grid = wrapperRef.current?.querySelector('[role="grid"], [role="treegrid"]');
    if (!grid) return;
    if (label) grid.setAttribute('aria-label', label);
    if (hint) grid.setAttribute('aria-describedby', hintId);
  }, [label, hint, hintId]);

  const ready = useCallback(
    (event: GridReadyEvent<T>) => {
      apiRef.current = event.api;
      if (window.__passerellesGrids) window.__passerellesGrids[name] = event.api as GridApi;
      restoreColumns(name, event.api as GridApi);
      setReadyApi(event.api as GridApi);
      nameTheGrid();
      onGridReady?.(event);
    },
    [name, onGridReady, nameTheGrid],
  );
  useEffect(nameTheGrid, [nameTheGrid]);
  useEffect(
    () => () => {
      if (window.__passerellesGrids?.[name] === apiRef.current) delete window.__passerellesGrids[name];
    },
    [name],
  );
  const save = useCallback(() => {
    if (apiRef.current) saveColumns(name, apiRef.current as GridApi);
  }, [name]);

  // Capture phase: AG Grid must not see Ctrl+Z either, and the browser must not undo the search box.
  const onKeyDownCapture = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const action = undoKeyOf(event);
    if (!action || !history) return;
    const isInEditor = event.target instanceof HTMLElement && event.target.closest('.ag-cell-editor, .ag-cell-inline-editing, .ag-popup-editor');
    if (isInEditor) return; // inside an editor, Ctrl+Z undoes the typing, as in any field
    event.preventDefault();
    event.stopPropagation();
    if (action === 'undo') history.undo();
    else history.redo();
  };

  return (
    <div className={className ? `data-grid ${className}` : 'data-grid'} ref={wrapperRef} onKeyDownCapture={onKeyDownCapture}>
      {hint || columnChooser ? (
        <div className="grid-bar">
          {hint ? (
            <p className="hint grid-hint" id={hintId}>
              {hint}
            </p>
          ) : null}
          {columnChooser ? (
            <button type="button" className="grid-columns-button" onClick={() => setIsChoosing(true)}>
              Colonnes…
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="data-grid-body">
        <AgGridReact<T>
          theme={gridTheme}
          localeText={AG_GRID_LOCALE_FR}
          onGridReady={ready}
          defaultColDef={mergedDefaults}
          // One Tab stop: Tab leaves the grid, the arrows move inside (51 Shift+Tab before, growing with the rows).
          tabToNextCell={(params) => (params.editing ? (params.nextCellPosition ?? false) : false)}
          tabToNextHeader={() => false}
          onColumnResized={(event) => {
            if (event.finished && event.source !== 'api' && event.source !== 'flex') save();
          }}
          onColumnMoved={(event) => {
            if (event.finished && event.source !== 'api') save();
          }}
          onColumnVisible={save}
          {...props}
        />
      </div>
      {isChoosing && readyApi ? (
        <ColumnChooser
          api={readyApi}
          onReset={() => {
            forgetColumns(name);
            readyApi.resetColumnState();
          }}
          onClose={() => setIsChoosing(false)}
        />
      ) : null}
    </div>
  );
}
