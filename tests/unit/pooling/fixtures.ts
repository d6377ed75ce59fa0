// Small builders for the pooling tests: structures, occupations and CDD rows as the store gives them.
import type { CddVolume, PoolingOccupation, PoolingStructure } from '../../../shared/domain/pooling';
import { monthsOfPeriod } from '../../../shared/domain/pooling';

export const structure = (id: number, overrides: Partial<PoolingStructure> = {}): PoolingStructure => ({
  id,
  name: `Structure ${id}`,
  type: 'ehpad',
  field: 'elderly',
  epciCode: '200000001',
  epciName: 'CC du Bocage',
  communeCode: '61001',
  ...overrides,
});

export const occupations: PoolingOccupation[] = [
  { key: 'agent-service-interne', label: 'Agent de service', family: 'nonMedicalServices' },
  { key: 'agent-domicile', label: 'Agent à domicile', family: 'nonMedicalServices' },
  { key: 'aide-soignant', label: 'Aide-soignant', family: 'care' },
  { key: 'moniteur-atelier', label: 'Moniteur d’atelier', family: 'educational' },
];

/** One row per month of `from`…: hours[i] for the i-th month (0 = no row, as a member leaves the cell empty). */
export function series(structureId: number, occupationKey: string, from: string, hours: readonly number[]): CddVolume[] {
  const months = monthsOfPeriod({ from, to: '2100-12' }).slice(0, hours.length);
  return hours.flatMap((value, i) => (value > 0 ? [{ structureId, occupationKey, month: months[i] ?? '', hours: value, contracts: 1 }] : []));
}

export const repeat = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

/** No-break space: the sentences join units to their number with it ("20 h", "12 mois"). */
export const NBSP = '\u00a0';
/** "92 %" exactly as Intl fr-FR writes it on this runtime (its space before % depends on the ICU version). */
export const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
