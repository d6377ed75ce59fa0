import type Database from 'better-sqlite3';
import type { PersonChanges, PersonRow } from '../../../../shared/api/people';
import { isRealIsoDate, retentionDateOf, type PersonKind } from '../../../../shared/domain/people';
import { fail } from '../../errors';
import type { PersonValue } from './people';
import { retentionMonthsOf } from './retention';

const structureExists = (db: Database.Database, id: number) => db.prepare('SELECT 1 FROM structure WHERE id = ?').get(id) !== undefined;
const occupationIdOf = (db: Database.Database, key: string) => (db.prepare('SELECT id FROM occupation WHERE key = ?').get(key) as { id: number } | undefined)?.id;

const occupationGone = 'Le métier choisi n’existe plus (il a peut-être été fusionné) : choisissez-en un autre.';

/** The occupation's row id for its key; undefined when the key is unknown. */
function resolveOccupation(db: Database.Database, key: string | null | undefined, errors: string[]): number | null | undefined {
  if (key === undefined) return undefined;
  if (key === null) return null;
  const found = occupationIdOf(db, key);
  if (found === undefined) errors.push(occupationGone);
  return found ?? null;
}

/** Every refusal at once, each naming its field: the person fixes them in one go. */
function check(db: Database.Database, value: Partial<PersonValue>, today: string, errors: string[] = []): void {
  if (value.structureId != null && !structureExists(db, value.structureId)) errors.push('La structure choisie n’existe plus : choisissez-en une autre.');
  if (value.lastContactOn != null) {
    if (!isRealIsoDate(value.lastContactOn)) errors.push('La date du dernier contact n’est pas une date du calendrier.');
    else if (value.lastContactOn > today) errors.push('La date du dernier contact est dans le futur : indiquez la date du dernier échange.');
  }
  if (value.retentionUntil !== undefined && !isRealIsoDate(value.retentionUntil)) errors.push('La date de fin de conservation n’est pas une date du calendrier.');
  if (value.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.email)) errors.push(`L’adresse e-mail « ${value.email} » n’est pas valide (exemple : prenom.nom@exemple.fr).`);
  if (errors.length > 0) fail('VALIDATION', errors.join(' '));
}

export type NewPerson = Omit<PersonValue, 'retentionUntil' | 'occupationId'> & { retentionUntil: string | null; occupationKey: string | null };

/** A new person: the retention date is the kind's default from the last contact unless typed. */
export function normalizeNewPerson(db: Database.Database, input: NewPerson, today: string): PersonValue {
  const errors: string[] = [];
  const { occupationKey, ...rest } = input;
  const occupationId = resolveOccupation(db, occupationKey, errors) ?? null;
  const retentionUntil = input.retentionUntil ?? retentionDateOf(input.lastContactOn, today, retentionMonthsOf(db, input.kind));
  const value = { ...rest, occupationId, retentionUntil };
  check(db, value, today, errors);
  return value;
}

/**
 * The changes to write. A new last contact or kind moves the retention date to the kind's
 * default from that contact, unless the same change sets the date itself.
 */
export function planPersonUpdate(db: Database.Database, current: PersonRow, changes: PersonChanges, today: string): Partial<PersonValue> {
  const errors: string[] = [];
  const { occupationKey, ...rest } = changes;
  const toWrite: Partial<PersonValue> = { ...rest };
  const occupationId = resolveOccupation(db, occupationKey, errors);
  if (occupationId !== undefined) toWrite.occupationId = occupationId;
  const movesBasis = (changes.lastContactOn !== undefined && changes.lastContactOn !== current.lastContactOn) || (changes.kind !== undefined && changes.kind !== current.kind);
  if (movesBasis && changes.retentionUntil === undefined) {
    const kind: PersonKind = changes.kind ?? current.kind;
    const lastContactOn = changes.lastContactOn !== undefined ? changes.lastContactOn : current.lastContactOn;
    // Without a contact, the clock starts from when the person was recorded, not from today.
    toWrite.retentionUntil = retentionDateOf(lastContactOn ?? current.createdAt.slice(0, 10), today, retentionMonthsOf(db, kind));
  }
  check(db, toWrite, today, errors);
  return toWrite;
}
