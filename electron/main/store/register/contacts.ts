import type Database from 'better-sqlite3';
import type { Contact, ContactInput } from '../../../../shared/api/members';
import { contactInputSchema } from '../../../../shared/api/members';
import { plainContactInput } from '../../../../shared/api/plain-input';
import { normalizeEmail, normalizePhone } from '../../../../shared/domain/contact';
import { fail } from '../../errors';
import type { FieldIssue } from './structure-input';
import { bulkInserter } from './bulk-insert';
import { prepared } from './prepared';

export type ContactValue = Omit<Contact, 'id' | 'structureId'>;

/** Checks a contact: email lowercased, phone as "02 33 62 30 01". */
export function normalizeContactInput(input: ContactInput): { value: ContactValue; errors: FieldIssue[] } {
  let data = plainContactInput(input);
  if (!data) {
    const parsed = contactInputSchema.safeParse(input);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'name'), message: issue.message }));
      return { value: { name: '', role: 'other', roleLabel: '', email: '', phone: '' }, errors };
    }
    data = parsed.data;
  }
  const errors: FieldIssue[] = [];
  const value: ContactValue = { ...data };
  const email = normalizeEmail(data.email);
  if (email.ok) value.email = email.value;
  else errors.push({ field: 'email', message: email.message });
  const phone = normalizePhone(data.phone);
  if (phone.ok) value.phone = phone.value;
  else errors.push({ field: 'phone', message: phone.message });
  return { value, errors };
}

const selectContact = 'SELECT id, structure_id AS structureId, name, role, role_label AS roleLabel, email, phone FROM contact';
const listStatement = prepared<[number], Contact>(`${selectContact} WHERE structure_id = ? ORDER BY name COLLATE NOCASE, id`);
const getStatement = prepared<[number], Contact>(`${selectContact} WHERE id = ?`);
const insertStatement = prepared<[Record<string, unknown>]>(
  `INSERT INTO contact (structure_id, name, role, role_label, email, phone, created_at, updated_at)
   VALUES (@structureId, @name, @role, @roleLabel, @email, @phone, @stamp, @stamp)`,
);
const updateStatement = prepared<[Record<string, unknown>]>(
  `UPDATE contact SET name = @name, role = @role, role_label = @roleLabel, email = @email, phone = @phone, updated_at = @stamp
   WHERE id = @id AND structure_id = @structureId`,
);
const deleteStatement = prepared<[number]>('DELETE FROM contact WHERE id = ?');

export const listContacts = (db: Database.Database, structureId: number): Contact[] => listStatement(db).all(structureId);

export const getContact = (db: Database.Database, id: number): Contact | null => getStatement(db).get(id) ?? null;

export function insertContact(db: Database.Database, structureId: number, value: ContactValue, now: Date): Contact {
  const result = insertStatement(db).run({ ...value, structureId, stamp: now.toISOString() });
  return { id: Number(result.lastInsertRowid), structureId, ...value };
}

const insertMany = bulkInserter('INSERT INTO contact (structure_id, name, role, role_label, email, phone, created_at, updated_at)', 8);

/** Adds many checked contacts, a hundred per statement (an import of thousands of structures). */
export function insertContacts(db: Database.Database, contacts: readonly (ContactValue & { structureId: number })[], now: Date): void {
  const stamp = now.toISOString();
  insertMany(db, contacts.map((c) => [c.structureId, c.name, c.role, c.roleLabel, c.email, c.phone, stamp, stamp]));
}

export function updateContact(db: Database.Database, structureId: number, id: number, value: ContactValue, now: Date): Contact {
  const result = updateStatement(db).run({ ...value, id, structureId, stamp: now.toISOString() });
  if (result.changes === 0) fail('NOT_FOUND', 'Ce contact n’existe plus pour cette structure : rechargez la fiche.');
  return { id, structureId, ...value };
}

export const deleteContact = (db: Database.Database, id: number): boolean => deleteStatement(db).run(id).changes > 0;
