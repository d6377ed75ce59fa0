import type { ReactNode } from 'react';

export type TabItem<Id extends string> = { id: Id; label: string; badge?: ReactNode };

type TabListProps<Id extends string> = {
  /** Prefix of the ids that tie each tab to its panel, e.g. 'cdd' → cdd-tab-x / cdd-panel-x. */
  idPrefix: string;
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly TabItem<Id>[];
  current: Id;
  onSelect: (id: Id) => void;
};

/**
 * The tab bar of a section (WAI-ARIA tabs pattern): one Tab stop, the arrow keys move between
 * tabs and take the focus along, as screen-reader users expect of a tab list. Every section uses
 * it, so a fix here reaches them all.
 */
export function TabList<Id extends string>({ idPrefix, label, tabs, current, onSelect }: TabListProps<Id>) {
  return (
    <div
      className="tabs"
      role="tablist"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        const index = tabs.findIndex((t) => t.id === current);
        const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
        if (!next) return;
        onSelect(next.id);
        document.getElementById(`${idPrefix}-tab-${next.id}`)?.focus();
      }}
    >
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${t.id}`}
          aria-selected={t.id === current}
          aria-controls={`${idPrefix}-panel-${t.id}`}
          tabIndex={t.id === current ? 0 : -1}
          className={t.id === current ? 'tab active' : 'tab'}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {t.badge ?? null}
        </button>
      ))}
    </div>
  );
}

/** The panel of the selected tab, named by its tab. */
export function TabPanel({ idPrefix, tabId, className, children }: { idPrefix: string; tabId: string; className?: string; children: ReactNode }) {
  return (
    <section role="tabpanel" id={`${idPrefix}-panel-${tabId}`} aria-labelledby={`${idPrefix}-tab-${tabId}`} className={className ? `tab-panel ${className}` : 'tab-panel'}>
      {children}
    </section>
  );
}
