import { formatInteger } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import type { Scope } from './RegisterGrid';

const scopes: { value: Scope; label: string }[] = [
  { value: 'members', label: 'Adhérents' },
  { value: 'partners', label: 'Partenaires' },
  { value: 'all', label: 'Tous' },
];

type Props = {
  quickFilter: string;
  onQuickFilter: (text: string) => void;
  scope: Scope;
  onScope: (scope: Scope) => void;
  total: number;
  displayed: number;
  /** « Cotisations 2026 non payées », while the fees follow-up filters the register. */
  unpaidYear: number | null;
  onClearUnpaid: () => void;
};

/** Search, members / partners / all, and how many structures the grid shows out of the register. */
export function RegisterFilters({ quickFilter, onQuickFilter, scope, onScope, total, displayed, unpaidYear, onClearUnpaid }: Props) {
  return (
    <div className="register-filters">
      <input type="search" aria-label="Rechercher dans le registre" placeholder="Rechercher…" value={quickFilter} onChange={(event) => onQuickFilter(event.target.value)} />
      <div className="segmented" role="radiogroup" aria-label="Afficher">
        {scopes.map((s) => (
          <label key={s.value}>
            <input type="radio" name="register-scope" value={s.value} checked={scope === s.value} onChange={() => onScope(s.value)} />
            {s.label}
          </label>
        ))}
      </div>
      <span className="register-count" aria-live="polite">
        {displayed === total ? countOf(total, 'structure', 'structures') : `${countOf(displayed, 'structure', 'structures')} sur ${formatInteger(total)}`}
      </span>
      {unpaidYear !== null ? (
        <span className="filter-chip">
          Cotisations {unpaidYear} non payées
          <button type="button" className="link-button" onClick={onClearUnpaid}>
            Retirer ce filtre
          </button>
        </span>
      ) : null}
    </div>
  );
}
