import type Database from 'better-sqlite3';
import type { Holding } from '../../../../shared/api/people';
import { personalDataSources, type PersonalDataSource } from './sources';

/** Every source's rows about one person, in registry order (the access export, the person card). */
export function sourceRowsAbout(db: Database.Database, personId: number, sources: PersonalDataSource[] = personalDataSources) {
  return sources.map((source) => ({ id: source.id, label: source.label, rows: source.rowsAbout(db, personId) }));
}

/** How many rows each feature holds about the person: what the erasure will remove. */
export function holdingsOf(db: Database.Database, personId: number, sources: PersonalDataSource[] = personalDataSources): Holding[] {
  return sourceRowsAbout(db, personId, sources).map((source) => ({ sourceId: source.id, label: source.label, count: source.rows.length }));
}
