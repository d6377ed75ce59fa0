import { lazy, Suspense, useState } from 'react';
import { CollectionTab } from './collection/CollectionTab';
import { PoolingTab } from './pooling/PoolingTab';
import { OccupationsTab } from './occupations/OccupationsTab';
import { TabList, TabPanel } from '../../components/Tabs';

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
      <TabList idPrefix="cdd" label="Étapes" tabs={tabs} current={current.id} onSelect={setTabId} />
      <TabPanel idPrefix="cdd" tabId={current.id}>
        <Suspense fallback={<p className="muted">Chargement…</p>}>
          <current.Tab onGoTo={setTabId} />
        </Suspense>
      </TabPanel>
    </div>
  );
}

export type TabProps = { onGoTo: (tab: TabId) => void };
