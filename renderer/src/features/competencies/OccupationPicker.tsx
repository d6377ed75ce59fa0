import { useEffect } from 'react';
import type { GridOverview } from '../../../../shared/api/competencies';

type Props = { occupations: readonly GridOverview[]; value: number | null; onChange: (occupationId: number) => void; label?: string };

/** The occupation a tab looks at; the first one with employer grids (else the first) is chosen when none is. */
export function OccupationPicker({ occupations, value, onChange, label = 'Métier' }: Props) {
  useEffect(() => {
    if (value !== null || occupations.length === 0) return;
    const first = occupations.find((o) => o.employerGrids.length > 0) ?? occupations[0];
    if (first) onChange(first.occupationId);
  }, [occupations, value, onChange]);
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {occupations.map((o) => (
          <option key={o.occupationId} value={o.occupationId}>
            {o.label}
            {o.employerGrids.length > 0 ? ` — ${o.employerGrids.length} ${o.employerGrids.length > 1 ? 'grilles d’employeurs' : 'grille d’employeur'}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
