import { useState } from 'react';
import { takeSectionParam, type TwoEmployersParam } from '../../app/navigation';
import { GridsTab } from './GridsTab';
import { NeedsTab } from './NeedsTab';
import { PeopleTab } from './PeopleTab';
import { ProximityTab } from './ProximityTab';
import { TerritoryTab } from './TerritoryTab';
import { TwoEmployersTab } from './TwoEmployersTab';
import { TabList, TabPanel } from '../../components/Tabs';
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
      <TabList idPrefix="competencies" label="Onglets des compétences" tabs={tabs} current={current.id} onSelect={setTabId} />
      <TabPanel idPrefix="competencies" tabId={current.id}>
        {current.id === 'grids' ? <GridsTab occupationId={occupationId} onOccupation={setOccupationId} /> : null}
        {current.id === 'territory' ? <TerritoryTab occupationId={occupationId} onOccupation={setOccupationId} /> : null}
        {current.id === 'proximity' ? <ProximityTab occupationId={occupationId} onOccupation={setOccupationId} /> : null}
        {current.id === 'two' ? <TwoEmployersTab initial={param} /> : null}
        {current.id === 'people' ? <PeopleTab /> : null}
        {current.id === 'needs' ? <NeedsTab /> : null}
      </TabPanel>
    </div>
  );
}
