import type Database from 'better-sqlite3';
import type { Period } from '../../../../shared/domain/pooling/types';
import type { Fees } from '../../../../shared/api/follow-up';
import { contactRoles } from '../../../../shared/domain/structure';
import { missingStructures } from '../cdd/queries';

type ContactEmail = { name: string; role: string; email: string };

// Whom a reminder goes to: the director first, then the president, HR, the others.
const roleOrder = "CASE role WHEN 'director' THEN 0 WHEN 'president' THEN 1 WHEN 'hr' THEN 2 ELSE 3 END";

/** The contacts of these structures that have an e-mail, by structure. */
export function contactEmails(db: Database.Database, structureIds: number[]): Map<number, ContactEmail[]> {
  const byStructure = new Map<number, ContactEmail[]>(structureIds.map((structureId) => [structureId, []]));
  if (structureIds.length === 0) return byStructure;
  const rows = db
    .prepare(
      `SELECT structure_id AS structureId, name, role, role_label AS roleLabel, email FROM contact
       WHERE email <> '' AND structure_id IN (SELECT value FROM json_each(?))
       ORDER BY structure_id, ${roleOrder}, name COLLATE NOCASE`,
    )
    .all(JSON.stringify(structureIds)) as { structureId: number; name: string; role: keyof typeof contactRoles; roleLabel: string; email: string }[];
  for (const row of rows) {
    byStructure.get(row.structureId)?.push({ name: row.name, role: row.roleLabel || contactRoles[row.role] || '', email: row.email });
  }
  return byStructure;
}

/** The structures expected for the period that sent nothing, with whom to write to. */
export function missingCddReminders(db: Database.Database, period: Period) {
  const { missing } = missingStructures(db, period);
  const emails = contactEmails(db, missing.map((m) => m.structureId));
  return missing.map(({ structureId, name, epciName, isMember, wasSent }) => ({ structureId, name, epciName, isMember, wasSent, contacts: emails.get(structureId) ?? [] }));
}

export function membershipYears(db: Database.Database): number[] {
  return db.prepare('SELECT DISTINCT year FROM membership WHERE is_member = 1 ORDER BY year DESC').pluck().all() as number[];
}

/** A year's fees: what was called (recorded amounts), what came in (with a payment date), who has not paid. */
export function feesOfYear(db: Database.Database, year: number): Fees {
  const rows = db
    .prepare(
      `SELECT s.id AS structureId, s.name, m.fee_cents AS feeCents, m.paid_on AS paidOn
       FROM membership m JOIN structure s ON s.id = m.structure_id
       WHERE m.year = ? AND m.is_member = 1 ORDER BY s.name COLLATE NOCASE`,
    )
    .all(year) as { structureId: number; name: string; feeCents: number | null; paidOn: string | null }[];
  const unpaidRows = rows.filter((row) => !row.paidOn);
  const emails = contactEmails(db, unpaidRows.map((row) => row.structureId));
  return {
    year,
    unpaid: unpaidRows.map((row) => ({ ...row, contacts: emails.get(row.structureId) ?? [] })),
    paidCount: rows.length - unpaidRows.length,
    memberCount: rows.length,
    calledCents: rows.reduce((sum, row) => sum + (row.feeCents ?? 0), 0),
    receivedCents: rows.reduce((sum, row) => sum + (row.paidOn ? (row.feeCents ?? 0) : 0), 0),
    withoutAmount: rows.filter((row) => row.feeCents === null).length,
    years: membershipYears(db),
  };
}
