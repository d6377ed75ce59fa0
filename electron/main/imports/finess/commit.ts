import type Database from 'better-sqlite3';
import { insertStructure, updateStructure } from '../../store/register/structures';
import { logImport } from '../import-log';
import type { FinessExtract } from './extract';
import { writeLocation } from './location';
import type { FinessPlan } from './plan';

export type FinessCounts = { added: number; updated: number; unchanged: number; refused: number };

/** All or nothing: one transaction for the structures and the log line. The caller takes the backup first. */
export function commitFinessPlan(db: Database.Database, extract: FinessExtract, plan: FinessPlan, details: Record<string, unknown>, now: Date, importedBy: string): FinessCounts {
  const counts = { added: plan.toAdd.length, updated: plan.toUpdate.length, unchanged: plan.unchanged, refused: plan.refused.length };
  if (counts.added + counts.updated === 0) return counts; // nothing to write, nothing to log
  db.transaction(() => {
    for (const { value, location } of plan.toAdd) {
      const id = insertStructure(db, value, now, 'finess');
      if (location) writeLocation(db, id, location, now);
    }
    for (const { id, changes, location } of plan.toUpdate) {
      // A location-only update changes no register field: updateStructure would only touch updated_at.
      if (Object.keys(changes).length > 0) updateStructure(db, id, changes, now);
      if (location) writeLocation(db, id, location, now);
    }
    logImport(db, { kind: 'finess', fileName: extract.fileName, sha256: extract.sha256, ...counts, details: { ...details, unchanged: plan.unchanged }, importedBy }, now);
  })();
  return counts;
}
