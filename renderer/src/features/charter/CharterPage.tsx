import { useState } from 'react';
import { PrintPreview } from '../../components/print/PrintPreview';
import { CharterTextTab } from './CharterTextTab';
import { SignatoriesTab } from './SignatoriesTab';
import { InterventionMapTab } from './InterventionMapTab';
import { TabList, TabPanel } from '../../components/Tabs';
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
      <TabList idPrefix="charter" label="Charte" tabs={tabs} current={current.id} onSelect={setTabId} />
      <TabPanel idPrefix="charter" tabId={current.id}>
        <current.Tab />
      </TabPanel>
      {isPreviewOpen ? <PrintPreview printable={{ kind: 'charter' }} onClose={() => setPreviewOpen(false)} /> : null}
    </div>
  );
}
