import type { PersonChanges, PersonInput, PersonRow } from '../../../../shared/api/people';
import type { PersonKind } from '../../../../shared/domain/people';

/** What the form holds: text as typed, ids as select values. */
export type PersonDraft = {
  civility: string;
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
  kind: PersonKind;
  structureId: string;
  occupationKey: string;
  lastContactOn: string;
  retentionUntil: string;
  notes: string;
};

export const emptyPersonDraft: PersonDraft = {
  civility: '',
  lastName: '',
  firstName: '',
  email: '',
  phone: '',
  kind: 'employee',
  structureId: '',
  occupationKey: '',
  lastContactOn: '',
  retentionUntil: '',
  notes: '',
};

export const draftOf = (person: PersonRow): PersonDraft => ({
  civility: person.civility,
  lastName: person.lastName,
  firstName: person.firstName,
  email: person.email,
  phone: person.phone,
  kind: person.kind,
  structureId: person.structureId === null ? '' : String(person.structureId),
  occupationKey: person.occupationKey ?? '',
  lastContactOn: person.lastContactOn ?? '',
  retentionUntil: person.retentionUntil,
  notes: person.notes,
});

const idOf = (value: string) => (value === '' ? null : Number(value));

/** A new person; an empty retention date means « the default of the kind ». */
export const inputOf = (draft: PersonDraft): PersonInput => ({
  ...draft,
  structureId: idOf(draft.structureId),
  occupationKey: draft.occupationKey === '' ? null : draft.occupationKey,
  lastContactOn: draft.lastContactOn === '' ? null : draft.lastContactOn,
  retentionUntil: draft.retentionUntil === '' ? null : draft.retentionUntil,
});

/** Only what changed, so the handler recomputes the retention date when the contact moves. */
export function changesOf(person: PersonRow, draft: PersonDraft): PersonChanges {
  const input = inputOf(draft);
  const before = inputOf(draftOf(person));
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(input) as (keyof PersonInput)[]) {
    if (input[key] !== before[key]) changes[key] = input[key];
  }
  if (changes.retentionUntil === null) delete changes.retentionUntil;
  return changes as PersonChanges;
}
