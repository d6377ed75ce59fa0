import { useState } from 'react';
import { ActionsTab } from './ActionsTab';
import { PlanTab } from './PlanTab';
import { ProfilesTab } from './ProfilesTab';
import { TabList, TabPanel } from '../../components/Tabs';
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
      <TabList idPrefix="trainings" label="Formations" tabs={tabs} current={current.id} onSelect={setTabId} />
      <TabPanel idPrefix="trainings" tabId={current.id}>
        <current.Tab />
      </TabPanel>
    </div>
  );
}
