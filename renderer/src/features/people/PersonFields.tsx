import { personKinds } from '../../../../shared/domain/people';
import { LabelledSelect } from '../../components/LabelledSelect';
import type { PersonDraft } from './person-draft';
import { useOccupationChoices, useStructureChoices } from './queries';

type Props = { draft: PersonDraft; onChange: (patch: Partial<PersonDraft>) => void; idPrefix: string; isNew: boolean };

/** The person's fields, shared by « Ajouter une personne » and the person card. */
export function PersonFields({ draft, onChange, idPrefix, isNew }: Props) {
  const structures = useStructureChoices();
  const occupations = useOccupationChoices();
  const structureOptions = (structures.data ?? []).map((s) => ({ code: String(s.id), label: s.name }));
  const occupationOptions = (occupations.data ?? []).map((o) => ({ code: o.key, label: o.label }));
  const text = (key: keyof PersonDraft, label: string, type = 'text', autoComplete = 'off') => (
    <label htmlFor={`${idPrefix}-${key}`}>
      {label}
      <input id={`${idPrefix}-${key}`} type={type} autoComplete={autoComplete} value={draft[key]} onChange={(event) => onChange({ [key]: event.target.value })} />
    </label>
  );
  return (
    <div className="form person-fields">
      <div className="row">
        {text('civility', 'Civilité (telle que la personne l’écrit)')}
        {text('lastName', 'Nom')}
        {text('firstName', 'Prénom')}
      </div>
      <div className="row">
        {text('email', 'E-mail', 'email')}
        {text('phone', 'Téléphone', 'tel')}
        <LabelledSelect label="Catégorie" value={draft.kind} options={personKinds} emptyLabel="— Choisir —" onChange={(kind) => onChange({ kind: kind === '' ? 'other' : kind })} />
      </div>
      <div className="row">
        <LabelledSelect label="Structure" value={draft.structureId} options={structureOptions} emptyLabel="— Aucune —" onChange={(structureId) => onChange({ structureId })} />
        <LabelledSelect label="Métier" value={draft.occupationKey} options={occupationOptions} emptyLabel="— Aucun —" onChange={(occupationKey) => onChange({ occupationKey })} />
      </div>
      <div className="row">
        {text('lastContactOn', 'Dernier contact', 'date')}
        <div className="field">
          <label htmlFor={`${idPrefix}-retentionUntil`}>Conservé jusqu’au</label>
          <input
            id={`${idPrefix}-retentionUntil`}
            type="date"
            aria-describedby={`${idPrefix}-retentionUntil-hint`}
            value={draft.retentionUntil}
            onChange={(event) => onChange({ retentionUntil: event.target.value })}
          />
          <span className="hint" id={`${idPrefix}-retentionUntil-hint`}>
            {isNew ? 'Vide : la durée de la catégorie, comptée depuis le dernier contact.' : 'Recalculée si le dernier contact change.'}
          </span>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-notes`}>Remarques</label>
        <textarea id={`${idPrefix}-notes`} rows={3} aria-describedby={`${idPrefix}-notes-hint`} value={draft.notes} onChange={(event) => onChange({ notes: event.target.value })} />
        <span className="hint" id={`${idPrefix}-notes-hint`}>
          Jamais de donnée de santé (RQTH, handicap…).
        </span>
      </div>
    </div>
  );
}
