import { useState } from 'react';
import { PrintPreview } from '../../components/print/PrintPreview';
import { CharterTextTab } from './CharterTextTab';
import { SignatoriesTab } from './SignatoriesTab';
import { InterventionMapTab } from './InterventionMapTab';
import './charter.css';

const tabs = [
  { id: 'text', label: 'Texte', Tab: CharterTextTab },
  { id: 'signatories', label: 'Signataires', Tab: SignatoriesTab },
  { id: 'map', label: 'Carte des interventions', Tab: InterventionMapTab },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** Workflow 5 of DOMAIN.md: the charter's text and versions, its signatories, the map, the PDF. */
export function CharterPage() {
  const [tabId, setTabId] = useState<TabId>('text');
  const [isPreviewOpen, setPreviewOpen] = useState(false);
  const current = tabs.find((t) => t.id === tabId) ?? tabs[0];
  return (
    <div className="charter-page">
      <header className="page-header">
        <div>
          <h1>Charte d’intervention concertée</h1>
          <p>Le texte et ses versions, les signataires et leur territoire, la carte des interventions.</p>
        </div>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setPreviewOpen(true)}>
            Aperçu et PDF…
          </button>
        </div>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label="Charte"
        onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const index = tabs.findIndex((t) => t.id === current.id);
          const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length] ?? current;
          setTabId(next.id);
          document.getElementById(`charter-tab-${next.id}`)?.focus();
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`charter-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`charter-panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            className={t.id === current.id ? 'tab active' : 'tab'}
            onClick={() => setTabId(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`charter-panel-${current.id}`} aria-labelledby={`charter-tab-${current.id}`} className="tab-panel">
        <current.Tab />
      </section>
      {isPreviewOpen ? <PrintPreview printable={{ kind: 'charter' }} onClose={() => setPreviewOpen(false)} /> : null}
    </div>
  );
}
