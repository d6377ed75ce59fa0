import type { FieldChange } from '../../../shared/api/member-imports';
import { interventionFields, opcas, structureFieldLabels, structureTypes, type StructureField } from '../../../shared/domain/structure';
import { searchKey } from '../reference/search-key';
import type { StructureValue } from '../store/register/structure-input';

type ImportedField = StructureField & keyof StructureValue;

const importedFields = Object.keys(structureFieldLabels) as ImportedField[];

function shown(value: StructureValue, field: ImportedField): string {
  const raw = value[field];
  if (raw === null || raw === '') return '';
  if (field === 'type') return structureTypes[value.type ?? 'other'];
  if (field === 'field' && value.field) return interventionFields[value.field];
  if (field === 'opca' && value.opca) return opcas[value.opca];
  if (field === 'communeCode') return value.communeName ? `${value.communeName} (${value.communeCode})` : value.communeCode;
  return typeof raw === 'number' ? String(raw).replace('.', ',') : String(raw);
}

function isSame(field: ImportedField, current: StructureValue, next: StructureValue): boolean {
  // "EHPAD NOTRE DAME" from an extract is the name the coordinator typed "EHPAD Notre-Dame".
  if (field === 'name' || field === 'address') return searchKey(current[field]) === searchKey(next[field]);
  return current[field] === next[field];
}

/**
 * What an import changes on a stored structure. An import never empties a field (an empty cell or
 * extract field means "not known here", not "erase what the coordinator typed"), and never turns
 * a known type into « Autre ».
 */
export function importedChanges(
  current: StructureValue,
  next: StructureValue,
  only: readonly ImportedField[] = importedFields,
): { changes: Partial<StructureValue>; described: FieldChange[] } {
  const changes: Partial<StructureValue> = {};
  const described: FieldChange[] = [];
  for (const field of only) {
    const after = next[field];
    if (after === null || after === '') continue;
    if (field === 'type' && after === 'other' && current.type !== null) continue;
    if (isSame(field, current, next)) continue;
    Object.assign(changes, { [field]: after });
    if (field === 'communeCode') {
      Object.assign(changes, { communeName: next.communeName, departmentCode: next.departmentCode, epciCode: next.epciCode, epciName: next.epciName });
    }
    described.push({ field, label: structureFieldLabels[field], before: shown(current, field), after: shown(next, field) });
  }
  return { changes, described };
}
