import { useCallback, useEffect, useRef } from 'react';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type GridApi, type GridReadyEvent } from 'ag-grid-community';
import { AG_GRID_LOCALE_FR } from '@ag-grid-community/locale';

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
  /** Names the grid for the end-to-end tests (window.__passerellesGrids[name]). */
  name: string;
  className?: string;
};

/** AG Grid with the French locale, the app's theme and the modules registered. */
export function DataGrid<T>({ name, className, onGridReady, ...props }: DataGridProps<T>) {
  const apiRef = useRef<GridApi<T> | null>(null);
  const ready = useCallback(
    (event: GridReadyEvent<T>) => {
      apiRef.current = event.api;
      if (window.__passerellesGrids) window.__passerellesGrids[name] = event.api as GridApi;
      onGridReady?.(event);
    },
    [name, onGridReady],
  );
  useEffect(
    () => () => {
      if (window.__passerellesGrids?.[name] === apiRef.current) delete window.__passerellesGrids[name];
    },
    [name],
  );
  return (
    <div className={className ? `data-grid ${className}` : 'data-grid'}>
      <AgGridReact<T> theme={gridTheme} localeText={AG_GRID_LOCALE_FR} onGridReady={ready} {...props} />
    </div>
  );
}
