import { useCallback, useMemo, useState } from 'react';

/** One cell edit the file accepted: enough to put it back, or to do it again. */
export type CellEdit = {
  rowId: string;
  field: string;
  before: unknown;
  after: unknown;
  /** « Effectif de « EHPAD Les Tilleuls » : 85 → 90 », shown on the confirmation. */
  description: string;
};

export type EditHistory = {
  record: (edit: CellEdit) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
};

/**
 * Undo and redo of a grid's edits. The grids run with `readOnlyEdit` (every edit goes to the file
 * through the contract and may be refused), so AG Grid's own undo stack, which replays changes on
 * its row data, would put back values the file never held; this one replays them through `apply`,
 * the same path as a typed edit, checked by the same handler.
 */
export function useEditHistory(apply: (rowId: string, field: string, value: unknown, replay: 'undo' | 'redo', edit: CellEdit) => void, limit = 50): EditHistory {
  const [stacks, setStacks] = useState<{ done: CellEdit[]; undone: CellEdit[] }>({ done: [], undone: [] });

  const record = useCallback((edit: CellEdit) => setStacks((s) => ({ done: [...s.done, edit].slice(-limit), undone: [] })), [limit]);
  const undo = useCallback(() => {
    const edit = stacks.done.at(-1);
    if (!edit) return;
    setStacks({ done: stacks.done.slice(0, -1), undone: [...stacks.undone, edit] });
    apply(edit.rowId, edit.field, edit.before, 'undo', edit);
  }, [stacks, apply]);
  const redo = useCallback(() => {
    const edit = stacks.undone.at(-1);
    if (!edit) return;
    setStacks({ done: [...stacks.done, edit], undone: stacks.undone.slice(0, -1) });
    apply(edit.rowId, edit.field, edit.after, 'redo', edit);
  }, [stacks, apply]);

  const canUndo = stacks.done.length > 0;
  const canRedo = stacks.undone.length > 0;
  return useMemo(() => ({ record, undo, redo, canUndo, canRedo }), [record, undo, redo, canUndo, canRedo]);
}

/** Ctrl+Z / Cmd+Z, and Ctrl+Y or Ctrl+Maj+Z for redo. */
export function undoKeyOf(event: KeyboardEvent | React.KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const k = event.key.toLowerCase();
  if (k === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !event.shiftKey) return 'redo';
  return null;
}
