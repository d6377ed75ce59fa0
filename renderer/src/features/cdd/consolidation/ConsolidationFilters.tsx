import { structureTypes, interventionFields, type InterventionField, type StructureType } from '../../../../../shared/domain/structure';
import { MonthInput } from '../MonthInput';
import { occupationFamilies, type OccupationFamily } from '../../../../../shared/domain/occupations/families';

export type ConsolidationFilterValue = {
  from: string;
  to: string;
  structureType: StructureType | '';
  field: InterventionField | '';
  epciCode: string;
  family: OccupationFamily | '';
};

type Props = {
  value: ConsolidationFilterValue;
  epcis: { code: string; name: string }[];
  onChange: (next: ConsolidationFilterValue) => void;
};

/** Narrow the consolidated view: period, structure type, field, EPCI, occupation family. */
export function ConsolidationFilters({ value, epcis, onChange }: Props) {
  const set = <K extends keyof ConsolidationFilterValue>(key: K, v: ConsolidationFilterValue[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="filters" role="group" aria-label="Filtres">
      <MonthInput label="Du mois" value={value.from} onChange={(m) => set('from', m)} />
      <MonthInput label="Au mois" value={value.to} onChange={(m) => set('to', m)} />
      <label>
        Type de structure
        <select value={value.structureType} onChange={(e) => set('structureType', e.target.value as StructureType | '')}>
          <option value="">Tous</option>
          {Object.entries(structureTypes).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Champ
        <select value={value.field} onChange={(e) => set('field', e.target.value as InterventionField | '')}>
          <option value="">Tous</option>
          {Object.entries(interventionFields).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        EPCI
        <select value={value.epciCode} onChange={(e) => set('epciCode', e.target.value)}>
          <option value="">Tous</option>
          {epcis.map((e) => (
            <option key={e.code} value={e.code}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Famille de métiers
        <select value={value.family} onChange={(e) => set('family', e.target.value as OccupationFamily | '')}>
          <option value="">Toutes</option>
          {Object.entries(occupationFamilies).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
