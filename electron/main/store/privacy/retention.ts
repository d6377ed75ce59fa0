import type Database from 'better-sqlite3';
import type { RetentionSetting } from '../../../../shared/api/privacy';
import { defaultRetentionMonths, personKindCodes, retentionDateOf, type PersonKind } from '../../../../shared/domain/people';

/** Months per kind, from the file (migration 009), the shipped default for a kind it lacks. */
export function retentionSettings(db: Database.Database): RetentionSetting[] {
  const rows = db.prepare('SELECT kind, months FROM retention_setting').all() as RetentionSetting[];
  const byKind = new Map(rows.map((row) => [row.kind, row.months]));
  return personKindCodes.map((kind) => ({ kind, months: byKind.get(kind) ?? defaultRetentionMonths[kind] }));
}

export const retentionMonthsOf = (db: Database.Database, kind: PersonKind): number =>
  retentionSettings(db).find((setting) => setting.kind === kind)?.months ?? defaultRetentionMonths[kind];

/**
 * The one retention date of a person a feature creates or re-dates (a candidate, a trainee, a charter
 * signatory…): the coordinator's months for the kind (« Personnes et RGPD ») after the last contact,
 * or after today without one. Every feature goes through it so that changing a kind's setting
 * applies to all of them.
 */
export const retentionUntilFor = (db: Database.Database, kind: PersonKind, lastContactOn: string | null, now: Date): string =>
  retentionDateOf(lastContactOn, now.toISOString().slice(0, 10), retentionMonthsOf(db, kind));

export function saveRetentionSetting(db: Database.Database, setting: RetentionSetting, now: Date): void {
  db.prepare(
    'INSERT INTO retention_setting (kind, months, updated_at) VALUES (?, ?, ?) ON CONFLICT (kind) DO UPDATE SET months = excluded.months, updated_at = excluded.updated_at',
  ).run(setting.kind, setting.months, now.toISOString());
}
