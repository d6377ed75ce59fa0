import { useState } from 'react';
import { takeSectionParam, type TwoEmployersParam } from '../../app/navigation';
import { GridsTab } from './GridsTab';
import { NeedsTab } from './NeedsTab';
import { PeopleTab } from './PeopleTab';
import { ProximityTab } from './ProximityTab';
import { TerritoryTab } from './TerritoryTab';
import { TwoEmployersTab } from './TwoEmployersTab';
import './competencies.css';

const tabs = [
  { id: 'grids', label: 'Grilles' },
  { id: 'territory', label: 'Vue territoriale' },
  { id: 'proximity', label: 'Proximité et passerelles' },
  { id: 'two', label: 'Une personne pour deux employeurs' },
  { id: 'people', label: 'Personnes et évaluations' },
  { id: 'needs', label: 'Besoins de formation' },
] as const;
export type CompetencyTabId = (typeof tabs)[number]['id'];

/** Workflow 3 of DOMAIN.md: competency grids, bridges between occupations, people and training needs. */
export function CompetenciesPage() {
  // Opened from a pooled-position proposal: straight to the two-employer view with its jobs.
  const [param] = useState(() => takeSectionParam<TwoEmployersParam>('competencies'));
  const [tabId, setTabId] = useState<CompetencyTabId>(param ? 'two' : 'grids');
  const [occupationId, setOccupationId] = useState<number | null>(null);
  const current = tabs.find((t) => t.id === tabId) ?? tabs[0];
  return (
    <div className="competencies-page">
      <header className="page-header">
        <div>
          <h1>Compétences et passerelles</h1>
          <p>Les compétences que chaque employeur attend par métier, la proximité entre métiers, les évaluations des personnes et les besoins de formation qui en découlent.</p>
        </div>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label="Onglets des compétences"
        onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const index = tabs.findIndex((t) => t.id === current.id);
          const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length] ?? current;
          setTabId(next.id);
          document.getElementById(`competencies-tab-${next.id}`)?.focus();
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`competencies-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`competencies-panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            className={t.id === current.id ? 'tab active' : 'tab'}
            onClick={() => setTabId(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`competencies-panel-${current.id}`} aria-labelledby={`competencies-tab-${current.id}`} className="tab-panel">
        {current.id === 'grids' ? <GridsTab occupationId={occupationId} onOccupation={setOccupationId} /> : null}
        {current.id === 'territory' ? <TerritoryTab occupationId={occupationId} onOccupation={setOccupationId} /> : null}
        {current.id === 'proximity' ? <ProximityTab occupationId={occupationId} onOccupation={setOccupationId} /> : null}
        {current.id === 'two' ? <TwoEmployersTab initial={param} /> : null}
        {current.id === 'people' ? <PeopleTab /> : null}
        {current.id === 'needs' ? <NeedsTab /> : null}
      </section>
    </div>
  );
}
