import { useState } from 'react';
import { countOf } from '../../../../shared/format/plural';
import { Notice } from '../../components/Notice';
import { AdsTab } from './ads/AdsTab';
import { CandidatesTab } from './candidates/CandidatesTab';
import { PlacesTab } from './places/PlacesTab';
import { RetentionTab } from './retention/RetentionTab';
import { ExportDialog } from './ExportDialog';
import { emptySelection, type Selection, type SelectionKind } from './selection';
import { TabList, TabPanel } from '../../components/Tabs';
import './exchange.css';

const tabs = [
  { id: 'ads', label: 'Offres d’emploi' },
  { id: 'candidates', label: 'Candidats et CV' },
  { id: 'places', label: 'Places de formation' },
  { id: 'retention', label: 'Conservation des CV' },
] as const;
type TabId = (typeof tabs)[number]['id'];

export type Message = { tone: 'error' | 'success' | 'warning' | 'info'; text: string };

export type TabProps = {
  selection: Selection;
  onSelect: (kind: SelectionKind, ids: number[]) => void;
  onMessage: (message: Message | null) => void;
};

/** Workflow 7 of DOMAIN.md: job ads, candidates and free training places passed among members. */
export function ExchangePage() {
  const [tabId, setTabId] = useState<TabId>('ads');
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [message, setMessage] = useState<Message | null>(null);
  const [isExporting, setIsExporting] = useState(false);
  const onSelect = (kind: SelectionKind, ids: number[]) => setSelection((current) => ({ ...current, [kind]: ids }));
  const total = selection.ads.length + selection.candidates.length + selection.places.length;
  const tabProps: TabProps = { selection, onSelect, onMessage: setMessage };
  // A message belongs to the tab it was given on.
  const selectTab = (id: TabId) => {
    setTabId(id);
    setMessage(null);
  };
  return (
    <div className="exchange-page">
      <header className="page-header">
        <div>
          <h1>Échanges entre adhérents</h1>
          <p>Offres d’emploi, candidats et places de formation libres, transmis d’un adhérent aux autres dans le respect du RGPD.</p>
        </div>
      </header>
      <div className="selection-bar" role="region" aria-label="Sélection à transmettre">
        <span>
          <strong>Sélection :</strong> {countOf(selection.ads.length, 'offre', 'offres')}, {countOf(selection.candidates.length, 'candidat', 'candidats')},{' '}
          {countOf(selection.places.length, 'place de formation', 'places de formation')}
        </span>
        <button type="button" className="primary" disabled={total === 0} onClick={() => setIsExporting(true)}>
          Exporter la sélection…
        </button>
        <button type="button" disabled={total === 0} onClick={() => setSelection(emptySelection)}>
          Vider la sélection
        </button>
      </div>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      <TabList idPrefix="exchange" label="Échanges" tabs={tabs} current={tabId} onSelect={selectTab} />
      <TabPanel idPrefix="exchange" tabId={tabId} className="exchange-panel">
        {tabId === 'ads' ? <AdsTab {...tabProps} /> : null}
        {tabId === 'candidates' ? <CandidatesTab {...tabProps} /> : null}
        {tabId === 'places' ? <PlacesTab {...tabProps} /> : null}
        {tabId === 'retention' ? <RetentionTab {...tabProps} /> : null}
      </TabPanel>
      {isExporting ? (
        <ExportDialog
          selection={selection}
          onClose={() => setIsExporting(false)}
          onDone={(text) => {
            setIsExporting(false);
            setMessage({ tone: 'success', text });
          }}
        />
      ) : null}
    </div>
  );
}
