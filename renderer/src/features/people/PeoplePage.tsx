import { useState } from 'react';
import { AuditTab } from './AuditTab';
import { PeopleTab } from './PeopleTab';
import { ReviewTab } from './ReviewTab';
import { usePurgePreview } from './queries';
import './people.css';

const tabs = [
  { id: 'people', label: 'Personnes', Tab: PeopleTab },
  { id: 'review', label: 'Revue de conservation', Tab: ReviewTab },
  { id: 'audit', label: 'Journal RGPD', Tab: AuditTab },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** People and the GDPR rules (DOMAIN.md): the list, access export, erasure, retention review, audit trail. */
export function PeoplePage() {
  const [tabId, setTabId] = useState<TabId>('people');
  const current = tabs.find((t) => t.id === tabId) ?? tabs[0];
  const review = usePurgePreview();
  const pastCount = review.data?.length ?? 0;
  return (
    <div className="people-page">
      <header className="page-header">
        <div>
          <h1>Personnes et RGPD</h1>
          <p>Les personnes dont le fichier garde des données, ce qu’il garde sur elles, et combien de temps.</p>
        </div>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label="Personnes et RGPD"
        onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const index = tabs.findIndex((t) => t.id === current.id);
          const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length] ?? current;
          setTabId(next.id);
          document.getElementById(`people-tab-${next.id}`)?.focus();
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`people-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`people-panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            className={t.id === current.id ? 'tab active' : 'tab'}
            onClick={() => setTabId(t.id)}
          >
            {t.label}
            {t.id === 'review' && pastCount > 0 ? <span className="badge badge-warning tab-count">{pastCount}</span> : null}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`people-panel-${current.id}`} aria-labelledby={`people-tab-${current.id}`} className="tab-panel">
        <current.Tab />
      </section>
    </div>
  );
}
