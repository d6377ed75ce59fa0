import { useId } from 'react';

const monthNames = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

type Props = { label: string; value: string; onChange: (month: string) => void };

/**
 * A "YYYY-MM" month as two French fields. Not <input type="month">: Chromium draws it in the
 * system's language, not the page's, so a French coordinator could see "January 2025".
 */
export function MonthInput({ label, value, onChange }: Props) {
  const id = useId();
  const [year, month] = value.split('-');
  const set = (y: string, m: string) => {
    if (/^\d{4}$/.test(y) && Number(y) >= 2000 && Number(y) <= 2100) onChange(`${y}-${m}`);
  };
  return (
    <div className="month-input" role="group" aria-labelledby={id}>
      <span id={id} className="month-input-label">
        {label}
      </span>
      <span className="month-input-fields">
        <select aria-label={`${label} — mois`} value={month} onChange={(e) => set(year ?? '', e.target.value)}>
          {monthNames.map((name, i) => (
            <option key={name} value={String(i + 1).padStart(2, '0')}>
              {name}
            </option>
          ))}
        </select>
        <input aria-label={`${label} — année`} type="number" min={2000} max={2100} value={year} onChange={(e) => set(e.target.value, month ?? '01')} />
      </span>
    </div>
  );
}
