import type Database from 'better-sqlite3';
import type { Membership } from '../../../../shared/api/members';
import { bulkInserter } from './bulk-insert';
import { prepared } from './prepared';

type RawMembership = Omit<Membership, 'isMember'> & { isMember: number };
const toMembership = ({ isMember, ...row }: RawMembership): Membership => ({ ...row, isMember: isMember === 1 });

const listStatement = prepared<[number], RawMembership>(
  `SELECT structure_id AS structureId, year, is_member AS isMember, fee_cents AS feeCents, paid_on AS paidOn
   FROM membership WHERE structure_id = ? ORDER BY year DESC`,
);
// One row per structure and year: saving a year again replaces it.
const upsertStatement = prepared<[Record<string, unknown>]>(
  `INSERT INTO membership (structure_id, year, is_member, fee_cents, paid_on) VALUES (@structureId, @year, @isMember, @feeCents, @paidOn)
   ON CONFLICT (structure_id, year) DO UPDATE SET is_member = excluded.is_member, fee_cents = excluded.fee_cents, paid_on = excluded.paid_on`,
);
const deleteStatement = prepared<[number, number]>('DELETE FROM membership WHERE structure_id = ? AND year = ?');

/** Newest year first. */
export const listMemberships = (db: Database.Database, structureId: number): Membership[] =>
  listStatement(db).all(structureId).map(toMembership);

/** Fee in cents, paid on as ISO date. */
export function saveMembership(db: Database.Database, membership: Membership): Membership {
  upsertStatement(db).run({ ...membership, isMember: membership.isMember ? 1 : 0 });
  return membership;
}

const upsertMany = bulkInserter(
  'INSERT INTO membership (structure_id, year, is_member, fee_cents, paid_on)',
  5,
  'ON CONFLICT (structure_id, year) DO UPDATE SET is_member = excluded.is_member, fee_cents = excluded.fee_cents, paid_on = excluded.paid_on',
);

/** Saves many years at once, a hundred per statement, as saveMembership saves one. */
export function saveMemberships(db: Database.Database, memberships: readonly Membership[]): void {
  upsertMany(db, memberships.map((m) => [m.structureId, m.year, m.isMember ? 1 : 0, m.feeCents, m.paidOn]));
}

export const deleteMembership = (db: Database.Database, structureId: number, year: number): boolean =>
  deleteStatement(db).run(structureId, year).changes > 0;
