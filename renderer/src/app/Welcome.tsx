import { useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { call, isCancelled, messageOf } from '../api';
import { Notice } from '../components/Notice';
import { formatDateTime } from '../../../shared/format/dates';
import { NewAssociationDialog } from './NewAssociationDialog';
import { useCommand } from './commands';
import { sections } from './sections';
import type { useAssociation } from './use-association';

type Props = { association: ReturnType<typeof useAssociation> };

/** No file open yet: create one, open one, or pick a recent one. */
export function Welcome({ association }: Props) {
  const [isCreating, setIsCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recent = useQuery({ queryKey: ['recent'], queryFn: () => call('association.recent') });
  // The test host has no window to drop a file on: the hint is for the desktop app only.
  const desktop = useQuery({ queryKey: ['desktop-kind'], queryFn: () => call('desktop.kind'), staleTime: Infinity });

  const report = (failure: unknown) => {
    if (!isCancelled(failure)) setError(messageOf(failure));
  };
  const startCreating = useCallback(() => setIsCreating(true), []);
  const open = useCallback(() => {
    setError(null);
    association.open.mutate(undefined, { onError: report });
  }, [association.open]);
  useCommand('association.new', startCreating);
  useCommand('association.open', open);

  return (
    <main className="welcome">
      <section className="welcome-card">
        <h1>Passerelles</h1>
        <p className="lede">Le travail de coordination de votre association, dans un fichier que vous gardez sur votre ordinateur.</p>
        {/* Derived from the registered sections: each feature appears here when it lands, nothing is promised before. */}
        <ul className="welcome-sections" aria-label="Ce que fait Passerelles">
          {sections.map((section) => (
            <li key={section.id}>
              <strong>{section.label}</strong> <span className="muted">— {section.description}</span>
            </li>
          ))}
        </ul>
        {error ? (
          <Notice tone="error" onDismiss={() => setError(null)}>
            {error}
          </Notice>
        ) : null}
        <div className="welcome-actions">
          <button type="button" className="primary big" onClick={startCreating}>
            Créer une association…
          </button>
          <button type="button" className="big" onClick={open} disabled={association.open.isPending}>
            Ouvrir un fichier…
          </button>
        </div>
        {desktop.data === 'system' ? <p className="hint">Vous pouvez aussi faire glisser un fichier .passerelles sur cette fenêtre.</p> : null}
        {recent.data && recent.data.length > 0 ? (
          <>
            <h2>Fichiers récents</h2>
            <ul className="recent-list">
              {recent.data.map((file) => (
                <li key={file.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => association.openRecent.mutate(file.id, { onError: report })}
                  >
                    <strong>{file.name}</strong>
                    <span className="muted">
                      {file.fileName} — {file.folder} — ouvert le {formatDateTime(file.openedAt)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {isCreating ? (
        <NewAssociationDialog
          title="Nouvelle association"
          submitLabel="Créer et choisir où l’enregistrer…"
          onSubmit={(input) => association.create.mutateAsync(input)}
          onClose={() => setIsCreating(false)}
        />
      ) : null}
    </main>
  );
}
