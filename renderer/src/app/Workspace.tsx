import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssociationSummary } from '../../../shared/api/association';
import { call, isCancelled, messageOf } from '../api';
import { Notice } from '../components/Notice';
import { focusHeading } from '../components/focus';
import { HelpButton } from '../components/help/HelpDialog';
import { useHelpGuide } from '../components/help/help-topics';
import { BackupsDialog } from './BackupsDialog';
import { NewAssociationDialog } from './NewAssociationDialog';
import { useCommand } from './commands';
import { useSectionNavigation } from './navigation';
import { sections } from './sections';
import type { useAssociation } from './use-association';

type Props = { summary: AssociationSummary; association: ReturnType<typeof useAssociation> };

/** An association is open: navigation on the left, the chosen workflow on the right. */
export function Workspace({ summary, association }: Props) {
  const [sectionId, setSectionId] = useState(sections[0]?.id ?? '');
  // A page may send the coordinator to another section with a parameter (renderer/src/app/navigation.ts).
  useSectionNavigation(setSectionId);
  const [dialog, setDialog] = useState<'rename' | 'backups' | 'new' | null>(null);
  const section = sections.find((s) => s.id === sectionId) ?? sections[0];
  const mainRef = useRef<HTMLElement>(null);
  useHelpGuide(section?.help);

  // The window's title says where the coordinator is (screen readers announce it, the task bar shows it).
  useEffect(() => {
    document.title = section ? `${section.label} — ${summary.name} — Passerelles` : `${summary.name} — Passerelles`;
    return () => {
      document.title = 'Passerelles';
    };
  }, [section, summary.name]);
  // The browser's own Ctrl+Z replays the last typing of any field, even one the person left long ago
  // (the search box came back after a grid edit): outside a text field, it does nothing here; the grids
  // handle it themselves (DataGrid's history) before it gets this far.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !['z', 'y'].includes(event.key.toLowerCase())) return;
      const target = event.target as HTMLElement | null;
      const isTextField = target?.matches('input:not([type="checkbox"]):not([type="radio"]), textarea, [contenteditable="true"]') ?? false;
      if (!isTextField) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // A file just created or opened: focus starts on its first screen's title, not on <body>.
  useEffect(() => {
    focusHeading(mainRef.current?.querySelector('h1') ?? mainRef.current);
  }, [summary.folder, summary.fileName]);

  const [refusal, setRefusal] = useState<string | null>(null);
  const openOther = useCallback(
    () =>
      association.open.mutate(undefined, {
        onError: (failure) => {
          if (!isCancelled(failure)) setRefusal(messageOf(failure));
        },
      }),
    [association.open],
  );
  useCommand('association.open', openOther);
  useCommand('association.new', useCallback(() => setDialog('new'), []));
  useCommand('association.rename', useCallback(() => setDialog('rename'), []));
  useCommand('backups.restore', useCallback(() => setDialog('backups'), []));
  useCommand('association.close', useCallback(() => association.close.mutate(), [association.close]));

  return (
    <div className="workspace">
      <a
        className="skip-link"
        href="#contenu"
        onClick={(event) => {
          event.preventDefault(); // no navigation: the window's guard would refuse it
          focusHeading(mainRef.current?.querySelector('h1') ?? mainRef.current);
        }}
      >
        Aller au contenu
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">Passerelles</span>
          <strong className="association-name" title={`${summary.folder}/${summary.fileName}`}>
            {summary.name}
          </strong>
          {summary.territory ? <span className="muted">{summary.territory}</span> : null}
        </div>
        <nav aria-label="Sections">
          {sections.map((s) => (
            <button
              key={s.id}
              type="button"
              className={s.id === section?.id ? 'nav-item active' : 'nav-item'}
              aria-current={s.id === section?.id ? 'page' : undefined}
              onClick={() => setSectionId(s.id)}
            >
              <span>{s.label}</span>
              <small>{s.description}</small>
            </button>
          ))}
        </nav>
        <div className="sidebar-help">
          <HelpButton label={`Aide : ${section?.help?.title ?? 'cet écran'} (F1)`} />
          <span aria-hidden="true">Aide (F1)</span>
        </div>
        <div className="sidebar-footer">
          <button type="button" className="link-button" onClick={() => setDialog('rename')}>
            Renommer l’association…
          </button>
          <button type="button" className="link-button" onClick={() => setDialog('backups')}>
            Sauvegardes…
          </button>
          <button type="button" className="link-button" onClick={() => association.close.mutate()}>
            Fermer le fichier
          </button>
          <span className="muted file-name" title={summary.folder}>
            {summary.fileName}
          </span>
        </div>
      </aside>
      <main className="content" id="contenu" ref={mainRef} tabIndex={-1}>
        {refusal ? (
          <Notice tone="error" onDismiss={() => setRefusal(null)}>
            {refusal}
          </Notice>
        ) : null}
        {section ? <section.Page key={section.id} /> : null}
      </main>
      {dialog === 'rename' ? (
        <NewAssociationDialog
          title="Renommer l’association"
          submitLabel="Enregistrer"
          initial={{ name: summary.name, territory: summary.territory }}
          onSubmit={(input) => call('association.rename', input).then(association.switchTo)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'new' ? (
        <NewAssociationDialog
          title="Nouvelle association"
          submitLabel="Créer et choisir où l’enregistrer…"
          onSubmit={(input) => association.create.mutateAsync(input)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'backups' ? <BackupsDialog onRestored={association.switchTo} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
