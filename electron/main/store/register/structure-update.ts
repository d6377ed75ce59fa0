import { structureInputSchema, type StructureChanges, type StructureInput } from '../../../../shared/api/members';
import { fail } from '../../errors';
import { directoryLookups, inputOf, normalizeStructureInput, type FieldIssue, type RegisterLookups, type StructureValue } from './structure-input';

// Derived from the commune: they change when the commune (or, without one, the postcode) does.
const communeFields: readonly string[] = ['communeCode', 'communeName', 'departmentCode', 'epciCode', 'epciName', 'postcode'];

/**
 * The fields to write: those sent, plus what the commune derives. A field not sent keeps its stored
 * value even if it would no longer pass (e.g. a commune merged since), so one cell can always be edited.
 */
function fieldsToWrite(current: StructureValue, next: StructureValue, sent: Set<string>): Partial<StructureValue> {
  const communeMoved = sent.has('communeCode') || (sent.has('postcode') && current.communeCode === '');
  const changes: Partial<StructureValue> = {};
  for (const key of Object.keys(next) as (keyof StructureValue)[]) {
    const isDerived = communeMoved && communeFields.includes(key);
    if (next[key] !== current[key] && (sent.has(key) || isDerived)) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}

export type PlannedUpdate = { toWrite: Partial<StructureValue>; errors: FieldIssue[]; warnings: FieldIssue[] };

/**
 * A partial edit (the grid sends one cell) checked against the whole row: only errors on the
 * fields sent block it; the warnings are the row's.
 */
export function planStructureUpdate(current: StructureValue, changes: StructureChanges, lookups: RegisterLookups = directoryLookups): PlannedUpdate {
  const sent = new Set(Object.keys(changes).filter((key) => changes[key as keyof StructureChanges] !== undefined));
  const merged: StructureInput = { ...inputOf(current), ...changes };
  // A new commune without a postcode: the old postcode would be wrong there, let the commune's own be taken.
  if (sent.has('communeCode') && !sent.has('postcode')) {
    const postcodes = lookups.findCommune(changes.communeCode ?? '')?.postcodes ?? [];
    if (!postcodes.includes(current.postcode)) merged.postcode = '';
  }
  // Stored values that no longer fit the contract (e.g. a code since removed) block the edit
  // outright: writing on top of a half-parsed row could blank the fields sent.
  const shape = structureInputSchema.safeParse(merged);
  if (!shape.success) {
    const fields = [...new Set(shape.error.issues.map((issue) => String(issue.path[0])))].join(', ');
    fail('VALIDATION', `La fiche enregistrée contient une valeur que cette version de Passerelles n’accepte plus (${fields}) : corrigez d’abord ce champ.`);
  }
  const { value, errors, warnings } = normalizeStructureInput(merged, lookups);
  return { toWrite: fieldsToWrite(current, value, sent), errors: errors.filter((error) => sent.has(error.field)), warnings };
}
