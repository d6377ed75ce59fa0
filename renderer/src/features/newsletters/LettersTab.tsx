import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../shared/format/dates';
import { call, messageOf } from '../../api';
import { Notice } from '../../components/Notice';
import { UndoableNoticeView } from '../../components/UndoableNoticeView';
import { useNoticeWithUndo } from '../../components/undoable-removal';
import { LetterEditor } from './LetterEditor';
import { useLetters, useNewslettersRefresh } from './queries';

export function LettersTab() {
  const letters = useLetters();
  const refresh = useNewslettersRefresh();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // After a draft is deleted: what went, with « Annuler » from the backup taken just before.
  const { notice: deleted, confirmWithUndo, dismiss } = useNoticeWithUndo();
  const afterDelete = (number: number) => {
    setSelectedId(null);
    confirmWithUndo(`Brouillon n°${number} supprimé.`);
  };
  const list = letters.data ?? [];
  const selected = list.find((letter) => letter.id === selectedId) ?? list[0] ?? null;
  const create = useMutation({
    mutationFn: (fromPrevious: boolean) => call('newsletters.create', { fromPrevious }),
    onSuccess: async (letter) => {
      await refresh();
      setSelectedId(letter.id);
    },
  });
  if (letters.isPending) return <p className="muted">Chargement…</p>;
  return (
    <div className="letters-tab">
      <aside className="letter-list" aria-label="Lettres">
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => create.mutate(false)} disabled={create.isPending}>
            Nouvelle lettre
          </button>
          {list.length > 0 ? (
            <button type="button" onClick={() => create.mutate(true)} disabled={create.isPending}>
              Partir de la lettre précédente
            </button>
          ) : null}
        </div>
        <UndoableNoticeView notice={deleted} onDismiss={dismiss} />
        {create.isError ? <Notice tone="error">{messageOf(create.error)}</Notice> : null}
        {list.length === 0 ? <p className="muted">Aucune lettre pour l’instant.</p> : null}
        <ul>
          {list.map((letter) => (
            <li key={letter.id}>
              <button
                type="button"
                className={letter.id === selected?.id ? 'letter-item active' : 'letter-item'}
                aria-current={letter.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(letter.id)}
              >
                <strong>n°{letter.number}</strong> {letter.period}
                <span className={letter.status === 'published' ? 'badge' : 'badge badge-warning'}>
                  {letter.status === 'published' ? `publiée le ${formatDate(letter.publishedAt)}` : 'brouillon'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="letter-main">{selected ? <LetterEditor key={`${selected.id}-${selected.status}`} letterId={selected.id} onDeleted={afterDelete} /> : <p className="empty-state">Créez la première lettre : elle part du modèle habituel (édito, Repères, les trois axes, perspectives, adhérents, contacts).</p>}</div>
    </div>
  );
}
