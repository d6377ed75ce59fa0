import type Database from 'better-sqlite3';
import type { RetentionDue } from '../../../../shared/api/exchange';
import { isPastRetention } from '../../../../shared/domain/people';

/**
 * Candidates past their retention date on `today` (ISO): person.retention_until, which saving a
 * candidate sets two years after the last contact (CNIL), and which « Conserver » in the people
 * screen may move. Oldest first: the most overdue come first.
 */
export function candidatesDue(db: Database.Database, today: string): RetentionDue[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.last_name AS lastName, p.first_name AS firstName, p.last_contact_on AS lastContactOn, p.retention_until AS keptUntil,
              cv.person_id IS NOT NULL AS hasCv
       FROM candidate c JOIN person p ON p.id = c.person_id LEFT JOIN candidate_cv cv ON cv.person_id = c.person_id`,
    )
    .all() as { id: number; lastName: string; firstName: string; lastContactOn: string | null; keptUntil: string; hasCv: number }[];
  return rows
    .map((row) => ({ id: row.id, lastName: row.lastName, firstName: row.firstName, lastContactOn: row.lastContactOn, keptUntil: row.keptUntil, hasCv: row.hasCv === 1 }))
    .filter((row) => isPastRetention(row.keptUntil, today))
    .sort((a, b) => a.keptUntil.localeCompare(b.keptUntil) || a.id - b.id);
}
