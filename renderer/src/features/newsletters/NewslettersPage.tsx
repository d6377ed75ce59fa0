import { useState } from 'react';
import { GlossaryTab } from './GlossaryTab';
import { LettersTab } from './LettersTab';
import { UnsubscribesTab } from './UnsubscribesTab';
import './newsletters.css';

const tabs = [
  { id: 'letters', label: 'Lettres', Tab: LettersTab },
  { id: 'glossary', label: 'Glossaire', Tab: GlossaryTab },
  { id: 'unsubscribes', label: 'Désinscriptions', Tab: UnsubscribesTab },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** Workflow 6 of DOMAIN.md: numbered letters with figures from the data, a glossary, the PDF. */
export function NewslettersPage() {
  const [tabId, setTabId] = useState<TabId>('letters');
  const current = tabs.find((t) => t.id === tabId) ?? tabs[0];
  return (
    <div className="newsletters-page">
      <header className="page-header">
        <div>
          <h1>Lettres d’information</h1>
          <p>Des lettres numérotées avec les chiffres clés du registre et des CDD, figées à la publication, et leur glossaire.</p>
        </div>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label="Lettres d’information"
        onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const index = tabs.findIndex((t) => t.id === current.id);
          const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length] ?? current;
          setTabId(next.id);
          document.getElementById(`newsletters-tab-${next.id}`)?.focus();
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`newsletters-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`newsletters-panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            className={t.id === current.id ? 'tab active' : 'tab'}
            onClick={() => setTabId(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`newsletters-panel-${current.id}`} aria-labelledby={`newsletters-tab-${current.id}`} className="tab-panel">
        <current.Tab />
      </section>
    </div>
  );
}
