import type Database from 'better-sqlite3';
import { isUnsubscribed } from '../store/newsletters/unsubscribes';

// Every recipient list honours the newsletter unsubscribe list (CNIL), owned by the newsletters feature.

/** The contact a message to a structure goes to, and who was left out because they unsubscribed. */
export type StructureRecipient = {
  structureId: number;
  structureName: string;
  /** Chosen address, or null when the register has none usable. */
  email: string | null;
  contactName: string | null;
  /** Addresses skipped because they are on the unsubscribe list (kept out of the draft). */
  unsubscribed: string[];
};

/** Who answers for the structure's HR questions first (collection workbooks, trainings), then its director, president. */
const roleOrder = ['hr', 'director', 'president', 'other'];

/** The structure's contact e-mail: first contact with an address by role, skipping unsubscribed ones. */
export function structureRecipient(db: Database.Database, structureId: number): StructureRecipient {
  const structure = db.prepare('SELECT id, name FROM structure WHERE id = ?').get(structureId) as { id: number; name: string } | undefined;
  const contacts = db
    .prepare("SELECT name, role, email FROM contact WHERE structure_id = ? AND email <> '' ORDER BY id")
    .all(structureId) as { name: string; role: string; email: string }[];
  contacts.sort((a, b) => rank(a.role) - rank(b.role));
  const unsubscribed: string[] = [];
  for (const contact of contacts) {
    if (isUnsubscribed(db, contact.email)) {
      unsubscribed.push(contact.email);
      continue;
    }
    return { structureId, structureName: structure?.name ?? '', email: contact.email, contactName: contact.name, unsubscribed };
  }
  return { structureId, structureName: structure?.name ?? '', email: null, contactName: null, unsubscribed };
}

const rank = (role: string) => {
  const index = roleOrder.indexOf(role);
  return index < 0 ? roleOrder.length : index;
};

/** A list of addresses without the unsubscribed ones (for mailings such as the newsletter). */
export function withoutUnsubscribed(db: Database.Database, emails: readonly string[]): { kept: string[]; removed: string[] } {
  const kept: string[] = [];
  const removed: string[] = [];
  const seen = new Set<string>();
  for (const email of emails) {
    const key = email.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    (isUnsubscribed(db, key) ? removed : kept).push(email.trim());
  }
  return { kept, removed };
}
