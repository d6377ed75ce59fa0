import { Notice } from '../../components/Notice';

/** The end of a detail panel's small form: the refusal, if any, then Annuler and the submit button. */
export function SubFormActions({ error, onCancel, submitLabel, busy }: { error: string | null; onCancel: () => void; submitLabel: string; busy: boolean }) {
  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="detail-actions">
        <button type="button" onClick={onCancel}>
          Annuler
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
