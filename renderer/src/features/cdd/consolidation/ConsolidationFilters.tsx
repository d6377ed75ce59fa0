import { structureTypes, interventionFields, type InterventionField, type StructureType } from '../../../../../shared/domain/structure';
import { MonthInput } from '../MonthInput';
import { LabelledSelect } from '../../../components/LabelledSelect';
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
      <LabelledSelect label="Type de structure" value={value.structureType} options={structureTypes} emptyLabel="Tous" onChange={(v) => set('structureType', v)} />
      <LabelledSelect label="Champ" value={value.field} options={interventionFields} emptyLabel="Tous" onChange={(v) => set('field', v)} />
      <LabelledSelect label="EPCI" value={value.epciCode} options={epcis.map((e) => ({ code: e.code, label: e.name }))} emptyLabel="Tous" onChange={(v) => set('epciCode', v)} />
      <LabelledSelect label="Famille de métiers" value={value.family} options={occupationFamilies} emptyLabel="Toutes" onChange={(v) => set('family', v)} />
    </div>
  );
}
