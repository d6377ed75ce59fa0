import { useState } from 'react';
import { AuditTab } from './AuditTab';
import { PeopleTab } from './PeopleTab';
import { ReviewTab } from './ReviewTab';
import { usePurgePreview } from './queries';
import { TabList, TabPanel } from '../../components/Tabs';
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
  // The review tab shows how many people are past their retention date.
  const tabsWithCount = tabs.map((t) => (t.id === 'review' && pastCount > 0 ? { ...t, badge: <span className="badge badge-warning tab-count">{pastCount}</span> } : t));
  return (
    <div className="people-page">
      <header className="page-header">
        <div>
          <h1>Personnes et RGPD</h1>
          <p>Les personnes dont le fichier garde des données, ce qu’il garde sur elles, et combien de temps.</p>
        </div>
      </header>
      <TabList idPrefix="people" label="Personnes et RGPD" tabs={tabsWithCount} current={current.id} onSelect={setTabId} />
      <TabPanel idPrefix="people" tabId={current.id}>
        <current.Tab />
      </TabPanel>
    </div>
  );
}
