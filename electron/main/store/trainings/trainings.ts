import type Database from 'better-sqlite3';
import type { SessionInput, TrainingDetail, TrainingInput, TrainingRow, TrainingSession } from '../../../../shared/api/trainings';
import { sessionInputSchema, trainingInputSchema, type trainingChangesSchema } from '../../../../shared/api/trainings';
import { isSiretKeyValid } from '../../../../shared/domain/siret';
import { fail } from '../../errors';
import { listParticipants } from './participants';

type TrainingChanges = ReturnType<typeof trainingChangesSchema.parse>;

const rowSelect = `
  SELECT t.id, t.title, t.theme, t.provider_name AS providerName, t.provider_siret AS providerSiret, t.provider_activity_number AS providerActivityNumber,
         t.duration_hours AS durationHours, t.cost_cents AS costCents, t.places, t.location, t.location_postcode AS locationPostcode,
         t.plan_year AS planYear, t.offers_free_places AS offersFreePlaces, t.notes,
         (SELECT count(*) FROM training_session s WHERE s.training_id = t.id) AS sessionCount,
         (SELECT min(starts_on) FROM training_session s WHERE s.training_id = t.id) AS firstDate,
         (SELECT max(ends_on) FROM training_session s WHERE s.training_id = t.id) AS lastDate,
         (SELECT count(*) FROM training_participant p WHERE p.training_id = t.id) AS participantCount
  FROM training t`;

type RawRow = Omit<TrainingRow, 'offersFreePlaces' | 'freePlaces'> & { offersFreePlaces: number };
const toRow = (raw: RawRow): TrainingRow => ({
  ...raw,
  offersFreePlaces: raw.offersFreePlaces === 1,
  freePlaces: raw.places === null ? null : Math.max(0, raw.places - raw.participantCount),
});

export function listTrainings(db: Database.Database, planYear?: number | null): TrainingRow[] {
  const where = planYear === undefined ? '' : planYear === null ? ' WHERE t.plan_year IS NULL' : ' WHERE t.plan_year = @planYear';
  const rows = db.prepare(`${rowSelect}${where} ORDER BY firstDate IS NULL, firstDate, t.title COLLATE NOCASE, t.id`).all(planYear ? { planYear } : {}) as RawRow[];
  return rows.map(toRow);
}

export function getTrainingRow(db: Database.Database, id: number): TrainingRow {
  const raw = db.prepare(`${rowSelect} WHERE t.id = ?`).get(id) as RawRow | undefined;
  if (!raw) fail('NOT_FOUND', 'Cette formation n’existe plus (supprimée entre-temps) : rechargez la liste.');
  return toRow(raw);
}

export function listSessions(db: Database.Database, trainingId: number): TrainingSession[] {
  return db
    .prepare('SELECT id, starts_on AS startsOn, ends_on AS endsOn, start_time AS startTime, end_time AS endTime, location FROM training_session WHERE training_id = ? ORDER BY starts_on, start_time, id')
    .all(trainingId) as TrainingSession[];
}

export function trainingDetail(db: Database.Database, id: number): TrainingDetail {
  const training = getTrainingRow(db, id);
  const competencyIds = hasCompetencyTable(db)
    ? (db.prepare('SELECT competency_id AS id FROM training_competency WHERE training_id = ? ORDER BY competency_id').all(id) as { id: number }[]).map((r) => r.id)
    : [];
  return { training, sessions: listSessions(db, id), participants: listParticipants(db, id, training.costCents), competencyIds };
}

/** The competencies table comes from migration 010 (competencies feature), filled by that feature. */
export const hasCompetencyTable = (db: Database.Database) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'competency'").get() !== undefined;

function checkSiret(siret: string): string {
  const digits = siret.replace(/[\s.]/g, '');
  if (digits === '') return '';
  if (!isSiretKeyValid(digits)) fail('VALIDATION', `Le SIRET de l’organisme « ${siret} » n’est pas valide : il compte 14 chiffres et sa clé doit être juste. Corrigez-le ou laissez-le vide.`);
  return digits;
}

const columns = {
  title: 'title',
  theme: 'theme',
  providerName: 'provider_name',
  providerSiret: 'provider_siret',
  providerActivityNumber: 'provider_activity_number',
  durationHours: 'duration_hours',
  costCents: 'cost_cents',
  places: 'places',
  location: 'location',
  locationPostcode: 'location_postcode',
  planYear: 'plan_year',
  offersFreePlaces: 'offers_free_places',
  notes: 'notes',
} as const;

export function createTraining(db: Database.Database, input: TrainingInput, now: Date, lheoRef = ''): number {
  const value = trainingInputSchema.parse(input);
  const stamp = now.toISOString();
  const result = db
    .prepare(
      `INSERT INTO training (title, theme, provider_name, provider_siret, provider_activity_number, duration_hours, cost_cents, places, location, location_postcode, plan_year, offers_free_places, lheo_ref, notes, created_at, updated_at)
       VALUES (@title, @theme, @providerName, @providerSiret, @providerActivityNumber, @durationHours, @costCents, @places, @location, @locationPostcode, @planYear, @offersFreePlaces, @lheoRef, @notes, @stamp, @stamp)`,
    )
    .run({ ...value, providerSiret: checkSiret(value.providerSiret), offersFreePlaces: value.offersFreePlaces ? 1 : 0, lheoRef, stamp });
  return Number(result.lastInsertRowid);
}

export function updateTraining(db: Database.Database, id: number, changes: TrainingChanges, now: Date): void {
  getTrainingRow(db, id);
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as [keyof typeof columns, unknown][];
  if (entries.length === 0) return;
  const values: Record<string, unknown> = { id, stamp: now.toISOString() };
  for (const [key, value] of entries) {
    values[key] = key === 'providerSiret' ? checkSiret(String(value)) : key === 'offersFreePlaces' ? (value ? 1 : 0) : value;
  }
  const sets = entries.map(([key]) => `${columns[key]} = @${key}`).join(', ');
  db.prepare(`UPDATE training SET ${sets}, updated_at = @stamp WHERE id = @id`).run(values);
}

export function deleteTraining(db: Database.Database, id: number): void {
  getTrainingRow(db, id);
  db.prepare('DELETE FROM training WHERE id = ?').run(id);
}

export function saveSession(db: Database.Database, trainingId: number, sessionId: number | null, input: SessionInput): void {
  getTrainingRow(db, trainingId);
  const value = sessionInputSchema.parse(input);
  if (sessionId === null) {
    db.prepare('INSERT INTO training_session (training_id, starts_on, ends_on, start_time, end_time, location) VALUES (@trainingId, @startsOn, @endsOn, @startTime, @endTime, @location)').run({ trainingId, ...value });
    return;
  }
  const changed = db
    .prepare('UPDATE training_session SET starts_on = @startsOn, ends_on = @endsOn, start_time = @startTime, end_time = @endTime, location = @location WHERE id = @sessionId AND training_id = @trainingId')
    .run({ sessionId, trainingId, ...value });
  if (changed.changes === 0) fail('NOT_FOUND', 'Cette session n’existe plus : rechargez la formation.');
}

/** Deletes a session (and its attendance); returns its training. */
export function deleteSession(db: Database.Database, sessionId: number): number {
  const row = db.prepare('SELECT training_id AS trainingId FROM training_session WHERE id = ?').get(sessionId) as { trainingId: number } | undefined;
  if (!row) fail('NOT_FOUND', 'Cette session n’existe plus : rechargez la formation.');
  db.prepare('DELETE FROM training_session WHERE id = ?').run(sessionId);
  return row.trainingId;
}

export function setCompetencies(db: Database.Database, trainingId: number, competencyIds: readonly number[]): void {
  getTrainingRow(db, trainingId);
  if (!hasCompetencyTable(db)) fail('VALIDATION', 'Les compétences ne sont pas encore disponibles dans ce fichier.');
  const known = db.prepare('SELECT 1 FROM competency WHERE id = ?');
  for (const id of competencyIds) if (!known.get(id)) fail('NOT_FOUND', 'Une des compétences choisies n’existe plus : rechargez la liste.');
  db.transaction(() => {
    db.prepare('DELETE FROM training_competency WHERE training_id = ?').run(trainingId);
    const insert = db.prepare('INSERT OR IGNORE INTO training_competency (training_id, competency_id) VALUES (?, ?)');
    for (const id of competencyIds) insert.run(trainingId, id);
  })();
}

export function trainingsDeveloping(db: Database.Database, competencyIds: readonly number[]) {
  if (competencyIds.length === 0 || !hasCompetencyTable(db)) return [];
  const rows = db
    .prepare(
      `SELECT tc.training_id AS trainingId, json_group_array(tc.competency_id) AS ids FROM training_competency tc
       WHERE tc.competency_id IN (SELECT value FROM json_each(?)) GROUP BY tc.training_id`,
    )
    .all(JSON.stringify(competencyIds)) as { trainingId: number; ids: string }[];
  return rows
    .map((row) => {
      const training = getTrainingRow(db, row.trainingId);
      return { trainingId: training.id, title: training.title, durationHours: training.durationHours, firstDate: training.firstDate, freePlaces: training.freePlaces, competencyIds: (JSON.parse(row.ids) as number[]).sort((a, b) => a - b) };
    })
    .sort((a, b) => b.competencyIds.length - a.competencyIds.length || a.title.localeCompare(b.title, 'fr'));
}
