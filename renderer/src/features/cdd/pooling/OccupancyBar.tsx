import { formatPercent } from '../../../../../shared/format/numbers';

/** A percentage with a small bar, so a column of occupancies reads at a glance. */
export function OccupancyBar({ ratio }: { ratio: number }) {
  const width = `${Math.round(Math.max(0, Math.min(1, ratio)) * 100)}%`;
  return (
    <span className="occupancy">
      <span className="occupancy-bar" aria-hidden="true">
        <span style={{ width }} />
      </span>
      {formatPercent(ratio)}
    </span>
  );
}
