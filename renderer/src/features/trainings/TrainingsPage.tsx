import { useState } from 'react';
import { ActionsTab } from './ActionsTab';
import { PlanTab } from './PlanTab';
import { ProfilesTab } from './ProfilesTab';
import './trainings.css';

const tabs = [
  { id: 'actions', label: 'Actions de formation', Tab: ActionsTab },
  { id: 'plan', label: 'Plan de formation', Tab: PlanTab },
  { id: 'profiles', label: 'OPCA', Tab: ProfilesTab },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** Workflow 4 of DOMAIN.md: shared trainings, the yearly plan, the workbooks exchanged with the funds. */
export function TrainingsPage() {
  const [tabId, setTabId] = useState<TabId>('actions');
  const current = tabs.find((t) => t.id === tabId) ?? tabs[0];
  return (
    <div className="trainings-page">
      <header className="page-header">
        <div>
          <h1>Formations</h1>
          <p>Les formations mutualisées, leurs sessions et participants, le plan de formation de l’année et les classeurs échangés avec les OPCA.</p>
        </div>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label="Formations"
        onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const index = tabs.findIndex((t) => t.id === current.id);
          const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length] ?? current;
          setTabId(next.id);
          document.getElementById(`trainings-tab-${next.id}`)?.focus();
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`trainings-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`trainings-panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            className={t.id === current.id ? 'tab active' : 'tab'}
            onClick={() => setTabId(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`trainings-panel-${current.id}`} aria-labelledby={`trainings-tab-${current.id}`} className="tab-panel">
        <current.Tab />
      </section>
    </div>
  );
}
