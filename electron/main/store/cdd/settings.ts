import type Database from 'better-sqlite3';
import type { CddSettings } from '../../../../shared/api/cdd';
import { DEFAULT_FTE_HOURS_PER_YEAR } from '../../../../shared/domain/pooling/settings';

// Stored as text in the `setting` table of 001 (one row per key); absent keys take the default.
const defaults: CddSettings = {
  fteHoursPerYear: DEFAULT_FTE_HOURS_PER_YEAR,
  maxHoursPerMonth: null,
  minCombinedFte: 1,
  minStructures: 2,
  minOccupancy: 0.75,
  maxDistanceKm: null,
  maxHoursPerContractMonth: 230,
};
const keys = Object.keys(defaults) as (keyof CddSettings)[];

export function readCddSettings(db: Database.Database): CddSettings {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const settings: Record<string, number | null> = { ...defaults };
  for (const key of keys) {
    const text = stored.get(key);
    if (text === undefined) continue;
    const value = text === '' ? null : Number(text);
    // A value another version wrote badly falls back to the default rather than breaking the analysis.
    if (value === null ? defaults[key] === null : Number.isFinite(value)) settings[key] = value;
  }
  return settings as CddSettings;
}

export function updateCddSettings(db: Database.Database, changes: Partial<CddSettings>): CddSettings {
  const upsert = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const key of keys) {
      const value = changes[key];
      if (value !== undefined) upsert.run(key, value === null ? '' : String(value));
    }
  })();
  return readCddSettings(db);
}
