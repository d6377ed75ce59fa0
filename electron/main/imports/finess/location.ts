import type Database from 'better-sqlite3';
import type { FieldChange } from '../../../../shared/api/member-imports';
import { distanceKm, projectionLabel, type StoredLocation } from '../../../../shared/domain/location';
import { fail } from '../../errors';
import { prepared } from '../../store/register/prepared';

// The register's location columns (migration 004), written by the FINESS import only.

type Row = { x: number | null; y: number | null; projection: string | null; source: string | null };

const selectStatement = prepared<[number], Row>(
  'SELECT location_x AS x, location_y AS y, location_projection AS projection, location_source AS source FROM structure WHERE id = ?',
);
const updateStatement = prepared<[number, number, string, string, string, number]>(
  'UPDATE structure SET location_x = ?, location_y = ?, location_projection = ?, location_source = ?, updated_at = ? WHERE id = ?',
);

/** The stored location of a structure; null when it is not located. */
export function storedLocation(db: Database.Database, id: number): StoredLocation | null {
  const row = selectStatement(db).get(id);
  if (!row || row.x === null || row.y === null || !row.projection) return null;
  return { x: row.x, y: row.y, projection: row.projection, source: row.source ?? '' };
}

/** NOT_FOUND if the structure was deleted meanwhile (the transaction then writes nothing). */
export function writeLocation(db: Database.Database, id: number, location: StoredLocation, now: Date): void {
  const result = updateStatement(db).run(location.x, location.y, location.projection, location.source, now.toISOString(), id);
  if (result.changes === 0) fail('NOT_FOUND', 'Cette structure n’existe plus (elle a peut-être été supprimée) : rechargez la liste.');
}

const kilometres = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * The one line the preview shows for a new or moved location: coordinates mean nothing to a
 * coordinator, "located" or "moved by 300 m" does.
 */
export function locationChange(before: StoredLocation | null, after: StoredLocation): FieldChange {
  const located = (location: StoredLocation) => `Localisée (${projectionLabel(location.projection)})`;
  const km = distanceKm(before, after);
  const moved = km === null ? located(after) : km < 1 ? `Déplacée de ${Math.round(km * 1000)} m` : `Déplacée de ${kilometres.format(km)} km`;
  return { field: 'location', label: 'Localisation', before: before ? located(before) : '', after: moved };
}
