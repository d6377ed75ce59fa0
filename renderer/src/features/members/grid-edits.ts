import type { StructureRow } from '../../../../shared/api/members';
import { interventionFields, opcas, structureFieldLabels, structureTypes } from '../../../../shared/domain/structure';
import { formatSiret } from '../../../../shared/domain/siret';
import { formatDecimal } from '../../../../shared/format/numbers';

const codeLabels: Partial<Record<keyof StructureRow, Record<string, string>>> = { type: structureTypes, field: interventionFields, opca: opcas };

/** A cell's value as the grid shows it, for the confirmation « ETP : 72,5 → 70 ». */
export function shownValue(field: keyof StructureRow, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'vide';
  const labels = codeLabels[field];
  if (labels && typeof value === 'string') return labels[value] ?? value;
  if (typeof value === 'number') return formatDecimal(value);
  if (field === 'siret' && typeof value === 'string') return formatSiret(value);
  return String(value);
}

/** « Effectif de « EHPAD Les Tilleuls » : 85 → 90 ». */
export function describeEdit(row: Pick<StructureRow, 'name'>, field: keyof StructureRow, before: unknown, after: unknown): string {
  const label = (structureFieldLabels as Record<string, string>)[field] ?? field;
  return `${label} de « ${row.name} » : ${shownValue(field, before)} → ${shownValue(field, after)}`;
}
