import type Database from 'better-sqlite3';
import { fail } from '../../errors';

/**
 * The unsubscribe list (CNIL: a newsletter needs one). Every recipient list the app builds —
 * newsletters, training invitations, exchange mailings — asks `isUnsubscribed` for each address.
 */
export type Unsubscribe = { id: number; email: string; name: string; personId: number | null; askedOn: string; note: string };

/** Addresses compare trimmed and without case (« Marie.Dupont@x.fr » is « marie.dupont@x.fr »). */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const simpleEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isUnsubscribed(db: Database.Database, email: string): boolean {
  const key = normaliseEmail(email);
  if (!key) return false;
  return db.prepare('SELECT 1 FROM newsletter_unsubscribe WHERE email = ?').get(key) !== undefined;
}

/** The addresses of a list that may be written to, in their order (the unsubscribed left out). */
export function withoutUnsubscribed<T>(db: Database.Database, items: T[], emailOf: (item: T) => string): T[] {
  const blocked = new Set(listUnsubscribes(db).map((row) => row.email));
  return items.filter((item) => !blocked.has(normaliseEmail(emailOf(item))));
}

export function listUnsubscribes(db: Database.Database): Unsubscribe[] {
  return db
    .prepare('SELECT id, email, name, person_id AS personId, asked_on AS askedOn, note FROM newsletter_unsubscribe ORDER BY email')
    .all() as Unsubscribe[];
}

export type UnsubscribeInput = { email: string; name?: string; personId?: number | null; askedOn: string; note?: string };

export function addUnsubscribe(db: Database.Database, input: UnsubscribeInput): Unsubscribe {
  const email = normaliseEmail(input.email);
  if (!simpleEmail.test(email)) fail('VALIDATION', `« ${input.email.trim()} » n’est pas une adresse e-mail : vérifiez-la (nom@domaine.fr).`);
  if (isUnsubscribed(db, email)) fail('CONFLICT', `${email} est déjà dans la liste de désinscription.`);
  const result = db
    .prepare('INSERT INTO newsletter_unsubscribe (email, name, person_id, asked_on, note) VALUES (?, ?, ?, ?, ?)')
    .run(email, input.name?.trim() ?? '', input.personId ?? null, input.askedOn, input.note?.trim() ?? '');
  return listUnsubscribes(db).find((row) => row.id === Number(result.lastInsertRowid))!;
}

export function removeUnsubscribe(db: Database.Database, id: number): void {
  const result = db.prepare('DELETE FROM newsletter_unsubscribe WHERE id = ?').run(id);
  if (result.changes === 0) fail('NOT_FOUND', 'Cette adresse n’est plus dans la liste de désinscription.');
}
