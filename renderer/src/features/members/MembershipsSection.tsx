import { useState } from 'react';
import type { Membership, MembershipInput } from '../../../../shared/api/members';
import { formatDate, parseFrenchDate } from '../../../../shared/format/dates';
import { formatDecimal, formatEuros, parseFrenchNumber } from '../../../../shared/format/numbers';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { RowActions } from './RowActions';
import { SubFormActions } from './SubFormActions';
import { useSectionEdits } from './use-section-edits';

type Props = { structureId: number; memberships: Membership[] };
type Draft = { year: string; isMember: boolean; fee: string; paidOn: string };

/** "150", "150,50", "1 200 €" → cents; '' → null; undefined when it is not an amount. */
export function parseFeeCents(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const euros = parseFrenchNumber(text);
  if (euros === null || euros < 0) return undefined;
  return Math.round(euros * 100);
}

function toInput(draft: Draft): { input?: MembershipInput; error?: string } {
  const year = Number(draft.year);
  if (!/^\d{4}$/.test(draft.year.trim()) || year < 2000 || year > 2100) return { error: `L’année doit s’écrire sur 4 chiffres (par exemple ${new Date().getFullYear()}).` };
  const feeCents = parseFeeCents(draft.fee);
  if (feeCents === undefined) return { error: `La cotisation doit être un montant en euros (par exemple 150 ou 150,50), « ${draft.fee.trim()} » ne convient pas.` };
  let paidOn: string | null = null;
  if (draft.paidOn.trim() !== '') {
    paidOn = parseFrenchDate(draft.paidOn);
    if (!paidOn) return { error: `« ${draft.paidOn.trim()} » n’est pas une date : tapez la date de paiement jj/mm/aaaa (par exemple 15/03/${year}).` };
  }
  return { input: { year, isMember: draft.isMember, feeCents, paidOn } };
}

/** One row per year: member or not, the fee and when it was paid. Saving a year that exists replaces it. */
export function MembershipsSection({ structureId, memberships }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const { save, remove, toDelete, setToDelete, error, setError, done, setDone } = useSectionEdits<MembershipInput, number, number>({
    save: (membership) => call('memberships.save', { structureId, membership }),
    remove: (year) => call('memberships.delete', { structureId, year }),
    onSaved: () => setDraft(null),
    deleted: 'Année d’adhésion supprimée.',
  });
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setError(null);
  };
  const years = [...memberships].sort((a, b) => b.year - a.year);
  const nextYear = String(years.some((m) => m.year === new Date().getFullYear()) ? (years[0]?.year ?? new Date().getFullYear()) + 1 : new Date().getFullYear());

  return (
    <section className="detail-section" aria-label="Adhésions">
      <div className="section-title">
        <h3>Adhésions</h3>
        {draft ? null : (
          <button
            type="button"
            onClick={() => {
              setError(null);
              setDraft({ year: nextYear, isMember: true, fee: '', paidOn: '' });
            }}
          >
            Ajouter une année
          </button>
        )}
      </div>
      {years.length === 0 && !draft ? <p className="hint">Aucune année d’adhésion : c’est un partenaire. Ajoutez une année pour en faire un adhérent.</p> : null}
      {years.length > 0 ? (
        <table className="table compact">
          <thead>
            <tr>
              <th>Année</th>
              <th>Adhérent</th>
              <th className="number">Cotisation</th>
              <th>Payée le</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {years.map((m) => (
              <tr key={m.year}>
                <td>{m.year}</td>
                <td>{m.isMember ? 'Oui' : 'Non'}</td>
                <td className="number">{formatEuros(m.feeCents)}</td>
                <td>{formatDate(m.paidOn)}</td>
                <RowActions
                  what={`l’année ${m.year}`}
                  onEdit={() => {
                    setError(null);
                    setDraft({
                      year: String(m.year),
                      isMember: m.isMember,
                      fee: m.feeCents == null ? '' : formatDecimal(m.feeCents / 100),
                      paidOn: formatDate(m.paidOn),
                    });
                  }}
                  onDelete={() => setToDelete(m.year)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {draft ? (
        <form
          className="form sub-form"
          aria-label="Année d’adhésion"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const { input, error: refusal } = toInput(draft);
            setError(refusal ?? null);
            if (input) save.mutate(input);
          }}
        >
          <div className="row">
            <label>
              Année
              <input type="text" inputMode="numeric" value={draft.year} onChange={(e) => set({ year: e.target.value })} />
            </label>
            <label className="inline-check">
              <input type="checkbox" checked={draft.isMember} onChange={(e) => set({ isMember: e.target.checked })} />
              Adhérent cette année-là
            </label>
          </div>
          <div className="row">
            <label>
              Cotisation (€)
              <input type="text" inputMode="decimal" placeholder="ex. 150,00" value={draft.fee} onChange={(e) => set({ fee: e.target.value })} />
            </label>
            <label>
              Payée le
              <input type="text" placeholder="jj/mm/aaaa" value={draft.paidOn} onChange={(e) => set({ paidOn: e.target.value })} />
            </label>
          </div>
          <SubFormActions error={error} onCancel={() => setDraft(null)} submitLabel="Enregistrer l’année" busy={save.isPending} />
        </form>
      ) : error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : done ? (
        <Notice tone={done.tone} action={done.action} onDismiss={() => setDone(null)}>
          {done.text}
        </Notice>
      ) : null}
      {toDelete !== null ? (
        <ConfirmDialog
          title="Supprimer cette année ?"
          confirmLabel={`Supprimer l’année ${toDelete}`}
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate(toDelete)}
          onCancel={() => setToDelete(null)}
        >
          <p>L’adhésion {toDelete} de cette structure sera supprimée.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
