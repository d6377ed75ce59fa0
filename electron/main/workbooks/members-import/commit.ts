import type Database from 'better-sqlite3';
import type { Contact, Membership } from '../../../../shared/api/members';
import { insertContact, insertContacts, listContacts, updateContact, type ContactValue } from '../../store/register/contacts';
import { listMemberships, saveMembership, saveMemberships } from '../../store/register/memberships';
import type { StructureValue } from '../../store/register/structure-input';
import { insertStructures, updateStructure } from '../../store/register/structures';
import { logImport } from '../../imports/import-log';
import { mergedContact, sameContact } from './contact-match';
import type { WorkbookRead } from './describe';
import type { MembershipValue } from './rows';
import type { WorkbookPlan } from './plan';

export type WorkbookCounts = { added: number; updated: number; refused: number; skipped: number; contactsSaved: number; membershipsSaved: number };

/** One row the commit writes: what the preview decided for it, nothing else (it crosses to the workbook worker). */
export type WorkbookCommitRow = {
  status: 'add' | 'update';
  structureId: number | null;
  value: StructureValue;
  contacts: ContactValue[];
  membership: MembershipValue | null;
  changes: Partial<StructureValue>;
};

/** What a commit needs of the file and of its plan: plain data, so the workbook worker can write it. */
export type WorkbookCommit = {
  fileName: string;
  sha256: string;
  sheet: string;
  membershipYear: number;
  refused: number;
  skipped: number;
  rows: WorkbookCommitRow[];
};

/** The rows to write, and the counts of the rows left out, from the preview's plan. */
export function commitOf(read: Pick<WorkbookRead, 'fileName' | 'sha256'>, plan: WorkbookPlan): WorkbookCommit {
  const commit: WorkbookCommit = { fileName: read.fileName, sha256: read.sha256, sheet: plan.sheet, membershipYear: plan.membershipYear, refused: 0, skipped: 0, rows: [] };
  for (const row of plan.rows) {
    if (row.status === 'skipped') commit.skipped += 1;
    else if (row.status === 'refused' || !row.checked) commit.refused += 1;
    else commit.rows.push({ status: row.status, structureId: row.structureId, value: row.checked.value, contacts: row.checked.contacts, membership: row.checked.membership, changes: row.changes });
  }
  return commit;
}

/** A contact already on the structure (see sameContact) is updated; the preview said how (contactChanges). */
function saveContacts(db: Database.Database, structureId: number, contacts: ContactValue[], now: Date): number {
  const existing = listContacts(db, structureId);
  for (const contact of contacts) {
    const same = sameContact(existing, contact);
    if (!same) {
      existing.push(insertContact(db, structureId, contact, now));
      continue;
    }
    const merged = mergedContact(same, contact);
    if (merged.name !== same.name || merged.email !== same.email || merged.phone !== same.phone || merged.role !== same.role || merged.roleLabel !== same.roleLabel) {
      updateContact(db, structureId, same.id, merged, now);
    }
  }
  return contacts.length;
}

/** An empty cell keeps the fee or the payment date the register knows for that year. */
function saveYear(db: Database.Database, structureId: number, year: number, membership: MembershipValue): void {
  const known = listMemberships(db, structureId).find((other) => other.year === year);
  saveMembership(db, {
    structureId,
    year,
    isMember: membership.isMember,
    feeCents: membership.feeCents ?? known?.feeCents ?? null,
    paidOn: membership.paidOn ?? known?.paidOn ?? null,
  });
}

function updateRow(db: Database.Database, row: WorkbookCommitRow, year: number, now: Date, counts: WorkbookCounts): void {
  const id = row.structureId ?? 0;
  if (Object.keys(row.changes).length > 0) updateStructure(db, id, row.changes, now);
  counts.updated += 1;
  counts.contactsSaved += saveContacts(db, id, row.contacts, now);
  if (row.membership) {
    saveYear(db, id, year, row.membership);
    counts.membershipsSaved += 1;
  }
}

/** The contacts of a new structure, the same person named twice on its row merged (as saveContacts would). */
function distinctContacts(contacts: readonly ContactValue[]): ContactValue[] {
  const kept: Contact[] = [];
  for (const contact of contacts) {
    const same = sameContact(kept, contact);
    if (same) kept[same.id] = { ...mergedContact(same, contact), id: same.id, structureId: 0 };
    else kept.push({ ...contact, id: kept.length, structureId: 0 });
  }
  return kept.map(({ id: _id, structureId: _structureId, ...value }) => value);
}

/** New structures, a chunk of rows at a time: their rows, contacts and years each in a few statements. */
function addStructures(db: Database.Database, rows: readonly WorkbookCommitRow[], year: number, now: Date, counts: WorkbookCounts): void {
  const ids = insertStructures(db, rows.map((row) => row.value), now, 'workbook');
  const contacts: (ContactValue & { structureId: number })[] = [];
  const memberships: Membership[] = [];
  for (const [i, row] of rows.entries()) {
    const structureId = ids[i] ?? 0;
    for (const contact of distinctContacts(row.contacts)) contacts.push({ ...contact, structureId });
    counts.contactsSaved += row.contacts.length;
    if (row.membership) {
      memberships.push({ structureId, year, isMember: row.membership.isMember, feeCents: row.membership.feeCents, paidOn: row.membership.paidOn });
      counts.membershipsSaved += 1;
    }
  }
  insertContacts(db, contacts, now);
  saveMemberships(db, memberships);
  counts.added += rows.length;
}

/** How often the commit says how far it is: often enough for the label to move, rarely enough to cost nothing. */
export const commitProgressEvery = 500;

/**
 * All or nothing: every valid row, its contacts and membership year, and the log line, in one
 * transaction. `onRows` hears how many rows are written so far (the log line comes last).
 */
export function commitWorkbook(db: Database.Database, commit: WorkbookCommit, now: Date, importedBy: string, onRows: (rows: number) => void = () => {}): WorkbookCounts {
  const counts: WorkbookCounts = { added: 0, updated: 0, refused: commit.refused, skipped: commit.skipped, contactsSaved: 0, membershipsSaved: 0 };
  if (commit.rows.length === 0) return counts; // nothing valid: the file is not recorded as imported
  const adds = commit.rows.filter((row) => row.status === 'add');
  const updates = commit.rows.filter((row) => row.status === 'update');
  let written = 0;
  const wrote = (rows: number) => {
    const before = written;
    written += rows;
    if (Math.floor(written / commitProgressEvery) > Math.floor(before / commitProgressEvery)) onRows(written);
  };
  // IMMEDIATE: the write lock from the start, so the ids insertStructures gives stay free.
  db.transaction(() => {
    for (let start = 0; start < adds.length; start += commitProgressEvery) {
      const chunk = adds.slice(start, start + commitProgressEvery);
      addStructures(db, chunk, commit.membershipYear, now, counts);
      wrote(chunk.length);
    }
    for (const row of updates) {
      updateRow(db, row, commit.membershipYear, now, counts);
      wrote(1);
    }
    const { fileName, sha256, sheet, membershipYear } = commit;
    const details = { sheet, membershipYear, skipped: counts.skipped, contactsSaved: counts.contactsSaved, membershipsSaved: counts.membershipsSaved };
    logImport(db, { kind: 'membersWorkbook', fileName, sha256, added: counts.added, updated: counts.updated, refused: counts.refused, details, importedBy }, now);
  }).immediate();
  onRows(commit.rows.length);
  return counts;
}
