import type Database from 'better-sqlite3';

/** What the exchange records (issue 13 §2): imports, exports, shares, purges, erasures. */
export type ExchangeAuditAction = 'import' | 'export' | 'share' | 'purge' | 'erasure';

/** The trail is kept 12 months (migration 007): older lines go whenever a new one is written. */
export const auditKeptMonths = 12;

function monthsBefore(now: Date, months: number): string {
  const date = new Date(now.getTime());
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString();
}

/**
 * One line of the audit trail: who, when, what kind, how many. `detail` is a sentence of the
 * app's own words, never a name, an e-mail or a file name of a person (the test scans for them).
 */
export function recordAudit(
  db: Database.Database,
  entry: { at: Date; actor: string; action: ExchangeAuditAction; subject: string; count: number; detail?: string },
): void {
  db.prepare('DELETE FROM audit_event WHERE at < ?').run(monthsBefore(entry.at, auditKeptMonths));
  db.prepare('INSERT INTO audit_event (at, actor, action, subject, count, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.at.toISOString(),
    entry.actor,
    entry.action,
    entry.subject,
    entry.count,
    entry.detail ?? '',
  );
}
