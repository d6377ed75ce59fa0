import type Database from 'better-sqlite3';
import type { StoredLocation } from '../../../../shared/domain/location';
import type { StructureValue } from '../../store/register/structure-input';
import { insertStructure, updateStructure } from '../../store/register/structures';
import { logImport } from '../import-log';
import type { FinessExtract } from './extract';
import { writeLocation } from './location';
import type { FinessPlan } from './plan';

export type FinessCounts = { added: number; updated: number; unchanged: number; refused: number };

/** What a commit writes, plain data only (it crosses to the workbook worker): the plan without its preview. */
export type FinessCommit = {
  fileName: string;
  sha256: string;
  counts: FinessCounts;
  details: Record<string, unknown>;
  toAdd: { value: StructureValue; location: StoredLocation | null }[];
  toUpdate: { id: number; changes: Partial<StructureValue>; location: StoredLocation | null }[];
};

export function finessCommitOf(extract: Pick<FinessExtract, 'fileName' | 'sha256'>, plan: FinessPlan, details: Record<string, unknown>): FinessCommit {
  return {
    fileName: extract.fileName,
    sha256: extract.sha256,
    counts: { added: plan.toAdd.length, updated: plan.toUpdate.length, unchanged: plan.unchanged, refused: plan.refused.length },
    details: { ...details, unchanged: plan.unchanged },
    toAdd: plan.toAdd.map(({ value, location }) => ({ value, location })),
    toUpdate: plan.toUpdate.map(({ id, changes, location }) => ({ id, changes, location })),
  };
}

const progressEvery = 500;

/**
 * All or nothing: one transaction for the structures and the log line. The caller takes the
 * backup first. `onRows` hears how many establishments are written so far.
 */
export function commitFiness(db: Database.Database, commit: FinessCommit, now: Date, importedBy: string, onRows: (rows: number) => void = () => {}): FinessCounts {
  const { counts } = commit;
  if (counts.added + counts.updated === 0) return counts; // nothing to write, nothing to log
  let written = 0;
  const wrote = () => {
    written += 1;
    if (written % progressEvery === 0) onRows(written);
  };
  db.transaction(() => {
    for (const { value, location } of commit.toAdd) {
      const id = insertStructure(db, value, now, 'finess');
      if (location) writeLocation(db, id, location, now);
      wrote();
    }
    for (const { id, changes, location } of commit.toUpdate) {
      // A location-only update changes no register field: updateStructure would only touch updated_at.
      if (Object.keys(changes).length > 0) updateStructure(db, id, changes, now);
      if (location) writeLocation(db, id, location, now);
      wrote();
    }
    logImport(db, { kind: 'finess', fileName: commit.fileName, sha256: commit.sha256, ...counts, details: commit.details, importedBy }, now);
  })();
  onRows(written);
  return counts;
}
