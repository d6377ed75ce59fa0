import type Database from 'better-sqlite3';
import type { TrainingOffer } from '../../../../shared/domain/competencies/training-cover';

/**
 * The file's trainings with the competencies they develop (tables of the trainings feature,
 * migration 012). Only trainings linked to at least one competency can close a gap.
 */
export function trainingOffers(db: Database.Database): TrainingOffer[] {
  const hasTables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name IN ('training', 'training_competency')").get() as { n: number };
  if (hasTables.n < 2) return [];
  const rows = db
    .prepare('SELECT t.id, t.title, t.duration_hours AS hours, tc.competency_id AS competencyId FROM training t JOIN training_competency tc ON tc.training_id = t.id ORDER BY t.id')
    .all() as { id: number; title: string; hours: number; competencyId: number }[];
  const byId = new Map<number, { id: number; title: string; hours: number; competencyIds: number[] }>();
  for (const row of rows) {
    const offer = byId.get(row.id) ?? { id: row.id, title: row.title, hours: row.hours, competencyIds: [] };
    offer.competencyIds.push(row.competencyId);
    byId.set(row.id, offer);
  }
  return [...byId.values()];
}
