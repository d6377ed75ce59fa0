import type Database from 'better-sqlite3';
import type { RetentionDue } from '../../../../shared/api/exchange';
import { cvKeptUntil } from '../../../../shared/domain/exchange';

/**
 * Candidates past the CNIL limit on `today` (ISO): their last contact (or, without one, the day
 * they were recorded) is more than two years old. Oldest first: the most overdue come first.
 */
export function candidatesDue(db: Database.Database, today: string): RetentionDue[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.last_name AS lastName, p.first_name AS firstName, p.last_contact_on AS lastContactOn, c.created_at AS createdAt,
              cv.person_id IS NOT NULL AS hasCv
       FROM candidate c JOIN person p ON p.id = c.person_id LEFT JOIN candidate_cv cv ON cv.person_id = c.person_id`,
    )
    .all() as { id: number; lastName: string; firstName: string; lastContactOn: string | null; createdAt: string; hasCv: number }[];
  return rows
    .map((row) => ({ id: row.id, lastName: row.lastName, firstName: row.firstName, lastContactOn: row.lastContactOn, keptUntil: cvKeptUntil(row.lastContactOn, row.createdAt), hasCv: row.hasCv === 1 }))
    .filter((row) => row.keptUntil < today)
    .sort((a, b) => a.keptUntil.localeCompare(b.keptUntil) || a.id - b.id);
}
