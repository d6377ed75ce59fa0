import type { Progress } from '../../../shared/api/progress';
import { formatInteger, formatPercent } from '../../../shared/format/numbers';

type Props = {
  /** From useProgress; null shows `fallbackLabel` with an indeterminate bar. */
  progress: Progress | null;
  /** What to say before the first answer, e.g. "Lecture des fichiers…". */
  fallbackLabel: string;
};

/** A French progress bar for a long call: what is being done, and how far along when known. */
export function ProgressBar({ progress, fallbackLabel }: Props) {
  const label = progress?.label ?? fallbackLabel;
  const total = progress?.total ?? null;
  const done = progress?.done ?? 0;
  const ratio = total !== null && total > 0 ? Math.min(1, done / total) : null;
  return (
    <div className="progress" role="status" aria-live="polite" style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', margin: '0.5rem 0' }}>
      <progress
        aria-label={label}
        max={ratio === null ? undefined : 1}
        value={ratio === null ? undefined : ratio}
        style={{ flex: '0 1 16rem', minWidth: '8rem' }}
      />
      <span className="hint">
        {label}
        {ratio !== null && total !== null ? ` — ${formatInteger(done)} sur ${formatInteger(total)} (${formatPercent(ratio)})` : label.endsWith('…') ? '' : '…'}
      </span>
    </div>
  );
}
