import { useState } from 'react';
import { GlossaryTab } from './GlossaryTab';
import { LettersTab } from './LettersTab';
import { UnsubscribesTab } from './UnsubscribesTab';
import { TabList, TabPanel } from '../../components/Tabs';
import './newsletters.css';

const tabs = [
  { id: 'letters', label: 'Lettres', Tab: LettersTab },
  { id: 'glossary', label: 'Glossaire', Tab: GlossaryTab },
  { id: 'unsubscribes', label: 'Désinscriptions', Tab: UnsubscribesTab },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** Workflow 6 of DOMAIN.md: numbered letters with figures from the data, a glossary, the PDF. */
export function NewslettersPage() {
  const [tabId, setTabId] = useState<TabId>('letters');
  const current = tabs.find((t) => t.id === tabId) ?? tabs[0];
  return (
    <div className="newsletters-page">
      <header className="page-header">
        <div>
          <h1>Lettres d’information</h1>
          <p>Des lettres numérotées avec les chiffres clés du registre et des CDD, figées à la publication, et leur glossaire.</p>
        </div>
      </header>
      <TabList idPrefix="newsletters" label="Lettres d’information" tabs={tabs} current={current.id} onSelect={setTabId} />
      <TabPanel idPrefix="newsletters" tabId={current.id}>
        <current.Tab />
      </TabPanel>
    </div>
  );
}
