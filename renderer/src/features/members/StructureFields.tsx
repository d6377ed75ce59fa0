import { useId, useState } from 'react';
import { interventionFields, opcas, structureTypes } from '../../../../shared/domain/structure';
import { LabelledSelect } from '../../components/LabelledSelect';
import { CommunePicker } from './CommunePicker';
import type { DraftField, FieldErrors, StructureDraft } from './structure-draft';

type Props = {
  draft: StructureDraft;
  errors: FieldErrors;
  warnings?: FieldErrors;
  onChange: (patch: Partial<StructureDraft>) => void;
};

function Message({ id, field, errors, warnings }: { id: string; field: DraftField; errors: FieldErrors; warnings?: FieldErrors }) {
  if (errors[field]) return <span id={id} className="field-error">{errors[field]}</span>;
  if (warnings?.[field]) return <span id={id} className="field-warning">{warnings[field]}</span>;
  return null;
}

/** Every field of a structure, with French labels: used by "Ajouter une structure…" and the detail panel. */
export function StructureFields({ draft, errors, warnings, onChange }: Props) {
  const prefix = useId();
  // A commune with several postcodes (La Ferté-Macé: 61410, 61600): the person picks the address's one.
  const [picked, setPicked] = useState<{ name: string; postcodes: string[] } | null>(null);
  const postcodeChoices = picked?.postcodes ?? [];
  const pickedName = picked?.name ?? '';
  // The message sits outside the <label>: the field keeps its short name, the message describes it.
  const text = (field: DraftField, label: string, options: { placeholder?: string; inputMode?: 'numeric' | 'decimal' } = {}) => {
    const id = `${prefix}-${field}`;
    const hasMessage = Boolean(errors[field] ?? warnings?.[field]);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={draft[field]}
          placeholder={options.placeholder}
          inputMode={options.inputMode}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={hasMessage ? `${id}-message` : undefined}
          onChange={(event) => onChange({ [field]: event.target.value })}
        />
        <Message id={`${id}-message`} field={field} errors={errors} warnings={warnings} />
      </div>
    );
  };
  return (
    <div className="form structure-fields">
      {text('name', 'Nom de la structure')}
      <div className="row">
        {text('finessEt', 'FINESS établissement (ET)', { placeholder: '9 caractères, ex. 610000101' })}
        {text('finessEj', 'FINESS entité juridique (EJ)')}
        {text('siret', 'SIRET', { placeholder: '14 chiffres' })}
      </div>
      <div className="row">
        <LabelledSelect label="Type de structure" value={draft.type} options={structureTypes} emptyLabel="— Non renseigné —" onChange={(type) => onChange({ type })} />
        <LabelledSelect label="Champ d’intervention" value={draft.field} options={interventionFields} emptyLabel="— Non renseigné —" onChange={(field) => onChange({ field })} />
        <LabelledSelect label="OPCA / OPCO" value={draft.opca} options={opcas} emptyLabel="— Non renseigné —" onChange={(opca) => onChange({ opca })} />
      </div>
      {text('address', 'Adresse')}
      <div className="row">
        <CommunePicker
          label="Commune"
          value={draft.communeLabel}
          epciName={draft.epciName}
          error={errors.communeCode}
          onPick={(commune) => {
            setPicked(commune ? { name: commune.name, postcodes: commune.postcodes } : null);
            onChange(
              commune
                ? {
                    communeCode: commune.code,
                    communeLabel: `${commune.name} (${commune.postcodes[0] ?? commune.departmentCode})`,
                    epciName: commune.epciName,
                    postcode: commune.postcodes.length === 1 ? (commune.postcodes[0] ?? '') : draft.postcode,
                  }
                : { communeCode: '', communeLabel: '', epciName: '' },
            );
          }}
        />
        {text('postcode', 'Code postal', { inputMode: 'numeric' })}
      </div>
      {postcodeChoices.length > 1 && !postcodeChoices.includes(draft.postcode) ? (
        <div className="postcode-choice" role="group" aria-label="Code postal de l’adresse">
          <span>
            {pickedName} a plusieurs codes postaux : lequel est celui de l’adresse ?
          </span>
          {postcodeChoices.map((postcode) => (
            <button key={postcode} type="button" className="secondary" onClick={() => onChange({ postcode })}>
              {postcode}
            </button>
          ))}
        </div>
      ) : null}
      <div className="row">
        {text('headcount', 'Effectif (salariés)', { inputMode: 'numeric' })}
        {text('fte', 'ETP', { inputMode: 'decimal', placeholder: 'ex. 12,5' })}
      </div>
      <label>
        Remarques
        <textarea rows={3} value={draft.notes} onChange={(event) => onChange({ notes: event.target.value })} />
      </label>
    </div>
  );
}
