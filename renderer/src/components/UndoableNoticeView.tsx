import { Notice } from './Notice';
import type { UndoableNotice } from './undoable-removal';

/** The confirmation of a deletion, with its « Annuler » once the backup is known (useNoticeWithUndo). */
export function UndoableNoticeView({ notice, onDismiss }: { notice: UndoableNotice | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <Notice tone={notice.tone} action={notice.action} onDismiss={onDismiss}>
      {notice.text}
    </Notice>
  );
}
