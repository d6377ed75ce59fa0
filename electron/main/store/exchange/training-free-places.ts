import type Database from 'better-sqlite3';

/**
 * The free places of the shared trainings (issue 12's tables) that are marked « places offertes
 * aux adhérents »: places planned minus participants enrolled. Copied into training_place with
 * source 'training' and source_ref 'training:<id>', so copying again updates the same line (its
 * seats, dates) instead of adding one; a training now full marks its line « attribuées ».
 * A file without the trainings tables (not possible past migration 012, but a backup may be
 * older) copies nothing.
 */
export function copyTrainingFreePlaces(db: Database.Database, now: Date): { added: number; updated: number } {
  const hasTrainings = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'training'").get() !== undefined;
  if (!hasTrainings) return { added: 0, updated: 0 };
  const trainings = db
    .prepare(
      `SELECT t.id, t.title, t.provider_name AS organiser, t.location, t.places,
              (SELECT count(*) FROM training_participant p WHERE p.training_id = t.id) AS enrolled,
              (SELECT min(starts_on) FROM training_session s WHERE s.training_id = t.id) AS startsOn,
              (SELECT max(ends_on) FROM training_session s WHERE s.training_id = t.id) AS endsOn
       FROM training t WHERE t.offers_free_places = 1 AND t.places IS NOT NULL`,
    )
    .all() as { id: number; title: string; organiser: string; location: string; places: number; enrolled: number; startsOn: string | null; endsOn: string | null }[];
  const existing = db.prepare('SELECT id FROM training_place WHERE source_ref = ?');
  const insert = db.prepare(
    `INSERT INTO training_place (title, organiser, starts_on, ends_on, seats, status, notes, source, source_ref, created_at, updated_at)
     VALUES (@title, @organiser, @startsOn, @endsOn, @seats, @status, @notes, 'training', @ref, @stamp, @stamp)`,
  );
  const update = db.prepare(
    `UPDATE training_place SET title = @title, organiser = @organiser, starts_on = @startsOn, ends_on = @endsOn, seats = @seats,
            status = CASE WHEN @status = 'taken' THEN 'taken' WHEN status = 'taken' THEN 'open' ELSE status END, updated_at = @stamp
     WHERE source_ref = @ref`,
  );
  const stamp = now.toISOString();
  return db.transaction(() => {
    let added = 0;
    let updated = 0;
    for (const training of trainings) {
      const free = training.places - training.enrolled;
      const ref = `training:${training.id}`;
      const isKnown = existing.get(ref) !== undefined;
      if (free <= 0 && !isKnown) continue;
      const row = {
        title: training.title,
        organiser: training.organiser,
        startsOn: training.startsOn,
        endsOn: training.endsOn,
        // a full training keeps its line with the last count, marked taken
        seats: Math.max(free, 1),
        status: free <= 0 ? 'taken' : 'open',
        notes: training.location ? `Lieu : ${training.location}` : '',
        ref,
        stamp,
      };
      if (isKnown) {
        update.run(row);
        updated += 1;
      } else {
        insert.run(row);
        added += 1;
      }
    }
    return { added, updated };
  })();
}
