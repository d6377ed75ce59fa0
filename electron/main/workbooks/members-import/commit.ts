import type Database from 'better-sqlite3';
import { insertContact, listContacts, updateContact, type ContactValue } from '../../store/register/contacts';
import { listMemberships, saveMembership } from '../../store/register/memberships';
import { insertStructure, updateStructure } from '../../store/register/structures';
import { logImport } from '../../imports/import-log';
import { mergedContact, sameContact } from './contact-match';
import type { WorkbookRead } from './describe';
import type { MembershipValue } from './rows';
import type { WorkbookPlan } from './plan';

export type WorkbookCounts = { added: number; updated: number; refused: number; skipped: number; contactsSaved: number; membershipsSaved: number };

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

/** All or nothing: every valid row, its contacts and membership year, and the log line, in one transaction. */
export function commitWorkbookPlan(db: Database.Database, read: WorkbookRead, plan: WorkbookPlan, now: Date, importedBy: string): WorkbookCounts {
  const counts: WorkbookCounts = { added: 0, updated: 0, refused: 0, skipped: 0, contactsSaved: 0, membershipsSaved: 0 };
  const hasWork = plan.rows.some((row) => row.status === 'add' || row.status === 'update');
  db.transaction(() => {
    for (const row of plan.rows) {
      if (row.status === 'refused' || row.status === 'skipped' || !row.checked) {
        counts[row.status === 'skipped' ? 'skipped' : 'refused'] += 1;
        continue;
      }
      const isNew = row.status === 'add';
      let id = row.structureId ?? 0;
      if (isNew) {
        id = insertStructure(db, row.checked.value, now, 'workbook');
        counts.added += 1;
      } else {
        if (Object.keys(row.changes).length > 0) updateStructure(db, id, row.changes, now);
        counts.updated += 1;
      }
      counts.contactsSaved += saveContacts(db, id, row.checked.contacts, isNew, now);
      if (row.checked.membership) {
        saveYear(db, id, plan.membershipYear, row.checked.membership, isNew);
        counts.membershipsSaved += 1;
      }
    }
    if (!hasWork) return; // nothing valid: the file is not recorded as imported
    logImport(
      db,
      {
        kind: 'membersWorkbook',
        fileName: read.fileName,
        sha256: read.sha256,
        added: counts.added,
        updated: counts.updated,
        refused: counts.refused,
        details: { sheet: plan.sheet, membershipYear: plan.membershipYear, skipped: counts.skipped, contactsSaved: counts.contactsSaved, membershipsSaved: counts.membershipsSaved },
        importedBy,
      },
      now,
    );
  })();
  return counts;
}
