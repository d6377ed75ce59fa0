import type { ColumnState, GridApi } from 'ag-grid-community';

/**
 * Each grid's columns (width, order, shown or hidden) as the coordinator left them, kept on this
 * computer per grid name: a preference of the person, not data of the association file.
 */
const key = (grid: string) => `passerelles.grid-columns.${grid}`;

type Saved = Pick<ColumnState, 'colId' | 'width' | 'hide' | 'pinned'>[];

function read(grid: string): Saved | null {
  try {
    const raw = window.localStorage.getItem(key(grid));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? (parsed as Saved) : null;
  } catch {
    return null; // storage refused or damaged: the grid starts with its own columns
  }
}

/** Puts back the saved widths and order; columns added since keep their place at the end. */
export function restoreColumns(grid: string, api: GridApi): void {
  const saved = read(grid);
  if (!saved) return;
  const known = new Set(api.getColumns()?.map((c) => c.getColId()) ?? []);
  const state = saved.filter((s) => known.has(s.colId));
  if (state.length > 0) api.applyColumnState({ state, applyOrder: true });
}

export function saveColumns(grid: string, api: GridApi): void {
  const state: Saved = api.getColumnState().map(({ colId, width, hide, pinned }) => ({ colId, width, hide, pinned }));
  try {
    window.localStorage.setItem(key(grid), JSON.stringify(state));
  } catch {
    // Nothing to tell the person: the columns simply start as designed next time.
  }
}

export function forgetColumns(grid: string): void {
  try {
    window.localStorage.removeItem(key(grid));
  } catch {
    // as above
  }
}
