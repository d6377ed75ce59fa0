import type Database from 'better-sqlite3';
import type { AuditEvent } from '../../../../shared/api/privacy';
import { addMonths } from '../../../../shared/domain/people';

/** GDPR accountability: lines are kept 12 months, then pruned. */
export const auditRetentionMonths = 12;

export const auditActions: Record<string, string> = {
  'access-export': 'Export des données d’une personne',
  erasure: 'Effacement définitif',
  purge: 'Purge après la durée de conservation',
  review: 'Revue de conservation',
  settings: 'Durée de conservation modifiée',
  import: 'Import',
  export: 'Export',
  share: 'Partage',
};

export type AuditLine = {
  at: Date;
  /** The coordinator at the computer (ctx.app.userName()), never the person concerned. */
  actor: string;
  action: string;
  /** The kind of data: 'person', 'cv', 'job-ad', 'assessment'… */
  subject: string;
  count: number;
  /** Free text for the coordinator: never a name, an e-mail or a file name of a person. */
  detail?: string;
};

/** One audit line. Call it inside the transaction of the change it records, so both land or neither. */
export function recordAudit(db: Database.Database, line: AuditLine): void {
  db.prepare('INSERT INTO audit_event (at, actor, action, subject, count, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    line.at.toISOString(),
    line.actor,
    line.action,
    line.subject,
    line.count,
    line.detail ?? '',
  );
}

/** Deletes lines older than 12 months at `now`; returns how many. */
export function pruneAudit(db: Database.Database, now: Date): number {
  const cutoff = addMonths(now.toISOString().slice(0, 10), -auditRetentionMonths);
  return db.prepare('DELETE FROM audit_event WHERE at < ?').run(cutoff).changes;
}

export function listAudit(db: Database.Database, limit: number): AuditEvent[] {
  const rows = db.prepare('SELECT id, at, actor, action, subject, count, detail FROM audit_event ORDER BY at DESC, id DESC LIMIT ?').all(limit) as Omit<
    AuditEvent,
    'actionLabel'
  >[];
  return rows.map((row) => ({ ...row, actionLabel: auditActions[row.action] ?? row.action }));
}
