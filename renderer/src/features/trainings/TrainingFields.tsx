import type { TrainingInput, TrainingRow } from '../../../../shared/api/trainings';
import { centsToEuros } from './queries';

/** What the person types for an action, as text (numbers are read when saving). */
export type TrainingDraft = {
  title: string;
  theme: string;
  providerName: string;
  providerSiret: string;
  providerActivityNumber: string;
  durationHours: string;
  costEuros: string;
  places: string;
  location: string;
  locationPostcode: string;
  planYear: string;
  offersFreePlaces: boolean;
};

export const emptyDraft = (year: number): TrainingDraft => ({
  title: '',
  theme: '',
  providerName: '',
  providerSiret: '',
  providerActivityNumber: '',
  durationHours: '',
  costEuros: '',
  places: '',
  location: '',
  locationPostcode: '',
  planYear: String(year),
  offersFreePlaces: false,
});

export const draftOf = (t: TrainingRow): TrainingDraft => ({
  title: t.title,
  theme: t.theme,
  providerName: t.providerName,
  providerSiret: t.providerSiret,
  providerActivityNumber: t.providerActivityNumber,
  durationHours: t.durationHours ? String(t.durationHours).replace('.', ',') : '',
  costEuros: t.costCents ? centsToEuros(t.costCents) : '',
  places: t.places === null ? '' : String(t.places),
  location: t.location,
  locationPostcode: t.locationPostcode,
  planYear: t.planYear === null ? '' : String(t.planYear),
  offersFreePlaces: t.offersFreePlaces,
});

const number = (text: string) => {
  const clean = text.trim().replace(/\s/g, '').replace(',', '.');
  return clean === '' ? null : Number(clean);
};

/** The draft as the contract wants it, or the French reason it cannot be saved. */
export function readDraft(draft: TrainingDraft): { value: TrainingInput & { title: string } } | { error: string } {
  const hours = number(draft.durationHours) ?? 0;
  if (!Number.isFinite(hours)) return { error: 'La durée s’écrit en heures, par exemple 28 ou 3,5.' };
  const cost = number(draft.costEuros) ?? 0;
  if (!Number.isFinite(cost) || cost < 0) return { error: 'Le coût s’écrit en euros, par exemple 4 200 ou 350,50.' };
  const places = number(draft.places);
  if (places !== null && (!Number.isInteger(places) || places < 0)) return { error: 'Le nombre de places est un nombre entier.' };
  const year = number(draft.planYear);
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) return { error: 'L’année du plan s’écrit sur quatre chiffres, par exemple 2025.' };
  return {
    value: {
      title: draft.title,
      theme: draft.theme,
      providerName: draft.providerName,
      providerSiret: draft.providerSiret,
      providerActivityNumber: draft.providerActivityNumber,
      durationHours: hours,
      costCents: Math.round(cost * 100),
      places,
      location: draft.location,
      locationPostcode: draft.locationPostcode,
      planYear: year,
      offersFreePlaces: draft.offersFreePlaces,
    },
  };
}

type Props = { draft: TrainingDraft; onChange: (draft: TrainingDraft) => void; idPrefix: string };

export function TrainingFields({ draft, onChange, idPrefix }: Props) {
  const field = (key: keyof TrainingDraft, label: string, extra: { wide?: boolean; inputMode?: 'decimal' | 'numeric'; required?: boolean } = {}) => (
    <label className={extra.wide ? 'wide' : undefined} htmlFor={`${idPrefix}-${key}`}>
      {label}
      <input
        id={`${idPrefix}-${key}`}
        type="text"
        inputMode={extra.inputMode}
        required={extra.required}
        value={draft[key] as string}
        onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <div className="training-fields">
      {field('title', 'Intitulé', { wide: true, required: true })}
      {field('theme', 'Thème')}
      {field('location', 'Lieu')}
      {field('locationPostcode', 'Code postal du lieu', { inputMode: 'numeric' })}
      {field('providerName', 'Organisme de formation', { wide: true })}
      {field('providerSiret', 'SIRET de l’organisme', { inputMode: 'numeric' })}
      {field('providerActivityNumber', 'N° de déclaration d’activité', { inputMode: 'numeric' })}
      {field('durationHours', 'Durée (heures)', { inputMode: 'decimal' })}
      {field('costEuros', 'Coût pédagogique (€)', { inputMode: 'decimal' })}
      {field('places', 'Places', { inputMode: 'numeric' })}
      {field('planYear', 'Plan de l’année', { inputMode: 'numeric' })}
      <label className="checkbox" htmlFor={`${idPrefix}-free`}>
        <input id={`${idPrefix}-free`} type="checkbox" checked={draft.offersFreePlaces} onChange={(e) => onChange({ ...draft, offersFreePlaces: e.target.checked })} />
        Proposer les places libres aux adhérents
      </label>
    </div>
  );
}
