import type Database from 'better-sqlite3';
import type { PlaceRow } from '../../../../shared/api/exchange';
import type { PlaceStatus } from '../../../../shared/domain/exchange';
import { fail } from '../../errors';

export type PlaceValue = {
  title: string;
  structureId: number | null;
  occupationId: number | null;
  organiser: string;
  startsOn: string | null;
  endsOn: string | null;
  communeCode: string;
  communeName: string;
  seats: number;
  status: PlaceStatus;
  notes: string;
};

const selectPlaces = `
  SELECT t.id, t.title, t.structure_id AS structureId, coalesce(s.name, '') AS structureName, o.key AS occupationKey,
         coalesce(o.label, '') AS occupationLabel, t.organiser, t.starts_on AS startsOn, t.ends_on AS endsOn,
         t.commune_code AS communeCode, t.commune_name AS communeName, t.seats, t.status, t.notes, t.source
  FROM training_place t LEFT JOIN structure s ON s.id = t.structure_id LEFT JOIN occupation o ON o.id = t.occupation_id`;

/** Open places first, soonest first. */
export const listPlaces = (db: Database.Database): PlaceRow[] =>
  db.prepare(`${selectPlaces} ORDER BY t.status <> 'open', t.starts_on IS NULL, t.starts_on, t.id`).all() as PlaceRow[];

export const requirePlace = (db: Database.Database, id: number): PlaceRow =>
  (db.prepare(`${selectPlaces} WHERE t.id = ?`).get(id) as PlaceRow | undefined) ??
  fail('NOT_FOUND', 'Ces places de formation n’existent plus (elles ont peut-être été supprimées) : rechargez la liste.');

export function savePlace(db: Database.Database, id: number | null, value: PlaceValue, now: Date): number {
  const stamp = now.toISOString();
  if (id === null) {
    const result = db
      .prepare(
        `INSERT INTO training_place (title, structure_id, occupation_id, organiser, starts_on, ends_on, commune_code, commune_name, seats, status, notes, created_at, updated_at)
         VALUES (@title, @structureId, @occupationId, @organiser, @startsOn, @endsOn, @communeCode, @communeName, @seats, @status, @notes, @stamp, @stamp)`,
      )
      .run({ ...value, stamp });
    return Number(result.lastInsertRowid);
  }
  const result = db
    .prepare(
      `UPDATE training_place SET title = @title, structure_id = @structureId, occupation_id = @occupationId, organiser = @organiser,
              starts_on = @startsOn, ends_on = @endsOn, commune_code = @communeCode, commune_name = @communeName, seats = @seats,
              status = @status, notes = @notes, updated_at = @stamp WHERE id = @id`,
    )
    .run({ ...value, id, stamp });
  if (result.changes === 0) requirePlace(db, id);
  return id;
}

export const deletePlace = (db: Database.Database, id: number): boolean => db.prepare('DELETE FROM training_place WHERE id = ?').run(id).changes > 0;
