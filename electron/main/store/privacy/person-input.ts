import type Database from 'better-sqlite3';
import type { PersonChanges, PersonRow } from '../../../../shared/api/people';
import { isRealIsoDate, retentionDateOf, type PersonKind } from '../../../../shared/domain/people';
import { fail } from '../../errors';
import type { PersonValue } from './people';
import { retentionMonthsOf } from './retention';

const exists = (db: Database.Database, table: 'structure' | 'occupation', id: number) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/** Every refusal at once, each naming its field: the person fixes them in one go. */
function check(db: Database.Database, value: Partial<PersonValue>, today: string): void {
  const errors: string[] = [];
  if (value.structureId != null && !exists(db, 'structure', value.structureId)) errors.push('La structure choisie n’existe plus : choisissez-en une autre.');
  if (value.occupationId != null && !exists(db, 'occupation', value.occupationId)) errors.push('Le métier choisi n’existe plus : choisissez-en un autre.');
  if (value.lastContactOn != null) {
    if (!isRealIsoDate(value.lastContactOn)) errors.push('La date du dernier contact n’est pas une date du calendrier.');
    else if (value.lastContactOn > today) errors.push('La date du dernier contact est dans le futur : indiquez la date du dernier échange.');
  }
  if (value.retentionUntil !== undefined && !isRealIsoDate(value.retentionUntil)) errors.push('La date de fin de conservation n’est pas une date du calendrier.');
  if (value.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.email)) errors.push(`L’adresse e-mail « ${value.email} » n’est pas valide (exemple : prenom.nom@exemple.fr).`);
  if (errors.length > 0) fail('VALIDATION', errors.join(' '));
}

export type NewPerson = Omit<PersonValue, 'retentionUntil'> & { retentionUntil: string | null };

/** A new person: the retention date is the kind's default from the last contact unless typed. */
export function normalizeNewPerson(db: Database.Database, input: NewPerson, today: string): PersonValue {
  const retentionUntil = input.retentionUntil ?? retentionDateOf(input.lastContactOn, today, retentionMonthsOf(db, input.kind));
  const value = { ...input, retentionUntil };
  check(db, value, today);
  return value;
}

/**
 * The changes to write. A new last contact or kind moves the retention date to the kind's
 * default from that contact, unless the same change sets the date itself.
 */
export function planPersonUpdate(db: Database.Database, current: PersonRow, changes: PersonChanges, today: string): PersonChanges {
  const toWrite: PersonChanges = { ...changes };
  const movesBasis = (changes.lastContactOn !== undefined && changes.lastContactOn !== current.lastContactOn) || (changes.kind !== undefined && changes.kind !== current.kind);
  if (movesBasis && changes.retentionUntil === undefined) {
    const kind: PersonKind = changes.kind ?? current.kind;
    const lastContactOn = changes.lastContactOn !== undefined ? changes.lastContactOn : current.lastContactOn;
    // Without a contact, the clock starts from when the person was recorded, not from today.
    toWrite.retentionUntil = retentionDateOf(lastContactOn ?? current.createdAt.slice(0, 10), today, retentionMonthsOf(db, kind));
  }
  check(db, toWrite, today);
  return toWrite;
}
