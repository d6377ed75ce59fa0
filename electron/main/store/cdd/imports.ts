import type Database from 'better-sqlite3';
import type { CddReason, ImportLogEntry } from '../../../../shared/api/cdd';
import { fail } from '../../errors';
import { refreshSeries } from './series';

type ImportRow = Omit<ImportLogEntry, 'period'> & { periodStart: string; periodEnd: string };

const selectImports = `SELECT id, structure_id AS structureId, structure_name AS structureName, period_start AS periodStart, period_end AS periodEnd,
  file_name AS fileName, sha256, imported_at AS importedAt, imported_by AS importedBy, rows_accepted AS rowsAccepted, rows_refused AS rowsRefused, hours, contracts,
  recognised_by AS recognisedBy, replaced_by AS replacedBy, replaced_at AS replacedAt FROM cdd_import`;

const toEntry = ({ periodStart, periodEnd, ...row }: ImportRow): ImportLogEntry => ({ ...row, period: { from: periodStart, to: periodEnd } });

/** The import log, newest first. */
export function listImports(db: Database.Database, structureId: number | null): ImportLogEntry[] {
  const rows = (structureId === null
    ? db.prepare(`${selectImports} ORDER BY imported_at DESC, id DESC`).all()
    : db.prepare(`${selectImports} WHERE structure_id = ? ORDER BY imported_at DESC, id DESC`).all(structureId)) as ImportRow[];
  return rows.map(toEntry);
}

export type ReplacedImport = ImportLogEntry & { reason: 'same-file' | 'same-period' };

/**
 * The imports still counting that a new one would replace: the same file (same sha256, whoever
 * it was imported for), or the same structure with months in common.
 */
export function importsReplacedBy(db: Database.Database, structureId: number, period: { from: string; to: string }, sha256: string): ReplacedImport[] {
  const rows = db
    .prepare(
      `${selectImports} WHERE replaced_by IS NULL AND (sha256 = @sha256 OR (structure_id = @structureId AND period_start <= @to AND period_end >= @from))
       ORDER BY imported_at, id`,
    )
    .all({ sha256, structureId, from: period.from, to: period.to }) as ImportRow[];
  return rows.map((row) => ({ ...toEntry(row), reason: row.sha256 === sha256 ? 'same-file' : 'same-period' }));
}

export type NewImport = {
  structure: { id: number; name: string };
  period: { from: string; to: string };
  fileName: string;
  sha256: string;
  recognisedBy: 'meta' | 'mapping';
  /** Who imports it (the computer account). */
  importedBy: string;
  rowsRefused: number;
  lines: readonly { month: string; occupationKey: string; contracts: number | null; hours: number; reason: CddReason | null }[];
};

/**
 * Writes one returned file in ONE transaction: the log entry, the removal of what it replaces
 * (the same file's rows, and this structure's rows for the months of the period, whatever import
 * brought them), then its rows. So a re-import never counts twice, and a failure leaves nothing.
 */
export function commitImport(db: Database.Database, value: NewImport, now: Date): { importId: number; replacedIds: number[] } {
  const stamp = now.toISOString();
  const occupationIds = new Map((db.prepare('SELECT key, id FROM occupation').all() as { key: string; id: number }[]).map((row) => [row.key, row.id]));
  const insertEntry = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours, reason, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  return db.transaction(() => {
    const previous = importsReplacedBy(db, value.structure.id, value.period, value.sha256);
    let hours = 0;
    let contracts = 0;
    for (const line of value.lines) {
      hours += line.hours;
      contracts += line.contracts ?? 0;
    }
    const importId = Number(
      db
        .prepare(
          `INSERT INTO cdd_import (structure_id, structure_name, period_start, period_end, file_name, sha256, imported_at, imported_by, recognised_by, rows_accepted, rows_refused, hours, contracts)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(value.structure.id, value.structure.name, value.period.from, value.period.to, value.fileName, value.sha256, stamp, value.importedBy, value.recognisedBy, value.lines.length, value.rowsRefused, hours, contracts).lastInsertRowid,
    );
    for (const earlier of previous) if (earlier.reason === 'same-file') db.prepare('DELETE FROM cdd_entry WHERE import_id = ?').run(earlier.id);
    db.prepare('DELETE FROM cdd_entry WHERE structure_id = ? AND month BETWEEN ? AND ?').run(value.structure.id, value.period.from, value.period.to);
    // An earlier import is "replaced" once none of its rows count any more; one only partly
    // overlapped keeps its other months and stays in force.
    const replacedIds: number[] = [];
    const hasRows = db.prepare('SELECT 1 FROM cdd_entry WHERE import_id = ? LIMIT 1');
    const markReplaced = db.prepare('UPDATE cdd_import SET replaced_by = ?, replaced_at = ? WHERE id = ?');
    for (const earlier of previous) {
      if (earlier.reason === 'same-file' || !hasRows.get(earlier.id)) {
        markReplaced.run(importId, stamp, earlier.id);
        replacedIds.push(earlier.id);
      }
    }
    for (const line of value.lines) {
      const occupationId = occupationIds.get(line.occupationKey);
      // The occupation was merged away between preview and commit: the transaction rolls back.
      if (occupationId === undefined) fail('CONFLICT', 'Un métier de ce fichier a été fusionné ou supprimé depuis la lecture : relisez le fichier, puis importez-le.');
      insertEntry.run(value.structure.id, occupationId, line.month, line.contracts, line.hours, line.reason, importId);
    }
    // The analysis reads these series: kept up to date as the data arrives, in the same transaction.
    refreshSeries(db);
    return { importId, replacedIds };
  })();
}

export function getImport(db: Database.Database, id: number): ImportLogEntry | null {
  const row = db.prepare(`${selectImports} WHERE id = ?`).get(id) as ImportRow | undefined;
  return row ? toEntry(row) : null;
}
