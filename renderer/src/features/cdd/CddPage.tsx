import { lazy, Suspense, useState } from 'react';
import { CollectionTab } from './collection/CollectionTab';
import { PoolingTab } from './pooling/PoolingTab';
import { OccupationsTab } from './occupations/OccupationsTab';

// The charts library is large: it loads when the coordinator first opens the consolidation.
const ConsolidationTab = lazy(() => import('./consolidation/ConsolidationTab').then((m) => ({ default: m.ConsolidationTab })));

const tabs = [
  { id: 'collection', label: 'Collecte', Tab: CollectionTab },
  { id: 'consolidation', label: 'Consolidation', Tab: ConsolidationTab },
  { id: 'pooling', label: 'Mutualisation', Tab: PoolingTab },
  { id: 'occupations', label: 'Métiers', Tab: OccupationsTab },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** Workflow 2 of DOMAIN.md: collect the CDD volumes, consolidate them, find the jobs worth pooling. */
export function CddPage() {
  const [tabId, setTabId] = useState<TabId>('collection');
  const current = tabs.find((t) => t.id === tabId) ?? tabs[0];
  return (
    <div className="cdd-page">
      <header className="page-header">
        <div>
          <h1>CDD et mutualisation</h1>
          <p>Recueillir les CDD des adhérents par métier et par mois, les additionner, repérer les postes qui pourraient être partagés.</p>
        </div>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label="Étapes"
        onKeyDown={(event) => {
          // Arrow keys move between tabs, as screen-reader users expect of a tab list.
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const index = tabs.findIndex((t) => t.id === current.id);
          const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length] ?? current;
          setTabId(next.id);
          document.getElementById(`cdd-tab-${next.id}`)?.focus();
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`cdd-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`cdd-panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            className={t.id === current.id ? 'tab active' : 'tab'}
            onClick={() => setTabId(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`cdd-panel-${current.id}`} aria-labelledby={`cdd-tab-${current.id}`} className="tab-panel">
        <Suspense fallback={<p className="muted">Chargement…</p>}>
          <current.Tab onGoTo={setTabId} />
        </Suspense>
      </section>
    </div>
  );
}

export type TabProps = { onGoTo: (tab: TabId) => void };
