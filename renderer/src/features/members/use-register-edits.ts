import { useCallback, useEffect, useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { StructureRow } from '../../../../shared/api/members';
import { call } from '../../api';
import { useEditHistory, type EditHistory } from '../../components/grid/edit-history';
import { describeEdit } from './grid-edits';
import { frenchMessage, type useRegisterCache } from './queries';
import type { ShowMessage } from './register-message';
import { countMessage, fteMessage, parseCount, parseFte } from './structure-draft';

type Edit = { row: StructureRow; field: keyof StructureRow; value: unknown; replay?: 'undo' | 'redo' };

/** What an edited cell becomes in structures.update; a string when it cannot be sent (the refusal). */
export function changeOf(field: keyof StructureRow, value: unknown): { value: unknown } | string {
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

/**
 * Cell edits in the register grid: each one checked, saved through structures.update, confirmed
 * before → after, and undone or redone (Ctrl+Z, « Annuler ») through the same checked call.
 */
export function useRegisterEdits(rows: StructureRow[] | undefined, cache: ReturnType<typeof useRegisterCache>, setMessage: ShowMessage): { history: EditHistory; onEdit: (row: StructureRow, field: keyof StructureRow, value: unknown) => void } {
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
    [cache, saveEdit, setMessage],
  );
  useEffect(() => {
    replayRef.current = (rowId, field, value, replay) => {
      const row = (rows ?? []).find((r) => String(r.id) === rowId);
      if (!row) {
        setMessage({ tone: 'error', text: 'Cette modification ne peut plus être annulée : la structure n’est plus dans le registre.' });
        return;
      }
      const key = field as keyof StructureRow;
      cache.putRow({ ...row, [key]: value });
      saveEdit({ row, field: key, value, replay });
    };
  }, [rows, cache, saveEdit, setMessage]);
  return { history, onEdit };
}
