import type Database from 'better-sqlite3';
import { insertContact, listContacts, updateContact, type ContactValue } from '../../store/register/contacts';
import { listMemberships, saveMembership } from '../../store/register/memberships';
import type { StructureValue } from '../../store/register/structure-input';
import { insertStructure, updateStructure } from '../../store/register/structures';
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
function saveContacts(db: Database.Database, structureId: number, contacts: ContactValue[], isNew: boolean, now: Date): number {
  const existing = isNew ? [] : listContacts(db, structureId);
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

function saveYear(db: Database.Database, structureId: number, year: number, membership: MembershipValue, isNew: boolean): void {
  const known = isNew ? undefined : listMemberships(db, structureId).find((other) => other.year === year);
  saveMembership(db, {
    structureId,
    year,
    isMember: membership.isMember,
    feeCents: membership.feeCents ?? known?.feeCents ?? null,
    paidOn: membership.paidOn ?? known?.paidOn ?? null,
  });
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
  db.transaction(() => {
    for (const [index, row] of commit.rows.entries()) {
      const isNew = row.status === 'add';
      let id = row.structureId ?? 0;
      if (isNew) {
        id = insertStructure(db, row.value, now, 'workbook');
        counts.added += 1;
      } else {
        if (Object.keys(row.changes).length > 0) updateStructure(db, id, row.changes, now);
        counts.updated += 1;
      }
      counts.contactsSaved += saveContacts(db, id, row.contacts, isNew, now);
      if (row.membership) {
        saveYear(db, id, commit.membershipYear, row.membership, isNew);
        counts.membershipsSaved += 1;
      }
      if ((index + 1) % commitProgressEvery === 0) onRows(index + 1);
    }
    const { fileName, sha256, sheet, membershipYear } = commit;
    const details = { sheet, membershipYear, skipped: counts.skipped, contactsSaved: counts.contactsSaved, membershipsSaved: counts.membershipsSaved };
    logImport(db, { kind: 'membersWorkbook', fileName, sha256, added: counts.added, updated: counts.updated, refused: counts.refused, details, importedBy }, now);
  })();
  onRows(commit.rows.length);
  return counts;
}
