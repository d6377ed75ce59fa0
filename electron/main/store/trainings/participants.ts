import type Database from 'better-sqlite3';
import type { AddParticipant, AttendanceStatus, Participant } from '../../../../shared/api/trainings';
import { addParticipantSchema, participantChangesSchema } from '../../../../shared/api/trainings';
import { normalizeEmail } from '../../../../shared/domain/contact';
import type { Opca } from '../../../../shared/domain/structure';
import { fail } from '../../errors';
import { retentionUntilFor } from '../privacy/retention';
import { splitCost } from './cost-split';

type RawParticipant = Omit<Participant, 'attendance' | 'effectiveCostCents' | 'opca'> & { opca: string | null };

const participantSelect = `
  SELECT p.id, p.person_id AS personId, pe.civility, pe.last_name AS lastName, pe.first_name AS firstName,
         p.structure_id AS structureId, coalesce(s.name, '') AS structureName, coalesce(s.siret, '') AS structureSiret,
         s.opca, p.occupation_label AS occupationLabel, p.cost_cents AS costCents,
         p.funding_status AS fundingStatus, p.funded_cents AS fundedCents, p.funding_note AS fundingNote
  FROM training_participant p
  JOIN person pe ON pe.id = p.person_id
  LEFT JOIN structure s ON s.id = p.structure_id`;

const knownOpca = (value: string | null): Opca | null => (value === 'unifaf' || value === 'uniformation' || value === 'other' ? value : null);

export function listParticipants(db: Database.Database, trainingId: number, trainingCostCents: number): Participant[] {
  const rows = db.prepare(`${participantSelect} WHERE p.training_id = ? ORDER BY p.id`).all(trainingId) as RawParticipant[];
  const attendance = db
    .prepare('SELECT a.participant_id AS participantId, a.session_id AS sessionId, a.status FROM training_attendance a JOIN training_participant p ON p.id = a.participant_id WHERE p.training_id = ?')
    .all(trainingId) as { participantId: number; sessionId: number; status: AttendanceStatus }[];
  const shares = splitCost(trainingCostCents, rows.map((r) => r.costCents));
  const list = rows.map((row, i) => ({ ...row, opca: knownOpca(row.opca), effectiveCostCents: shares[i] ?? 0, attendance: {} as Record<string, AttendanceStatus> }));
  const byId = new Map(list.map((p) => [p.id, p]));
  for (const a of attendance) {
    const participant = byId.get(a.participantId);
    if (participant) participant.attendance[String(a.sessionId)] = a.status;
  }
  // Alphabetical by name, the way attendance sheets read.
  return list.sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr') || a.id - b.id);
}


function checkStructure(db: Database.Database, structureId: number | null): void {
  if (structureId !== null && !db.prepare('SELECT 1 FROM structure WHERE id = ?').get(structureId)) fail('NOT_FOUND', 'La structure choisie n’existe plus : rechargez la liste.');
}

/** Adds a person of the file, or a new person, to an action; one transaction. Returns the participant's id. */
export function addParticipant(db: Database.Database, input: AddParticipant, now: Date): number {
  const value = addParticipantSchema.parse(input);
  if (!db.prepare('SELECT 1 FROM training WHERE id = ?').get(value.trainingId)) fail('NOT_FOUND', 'Cette formation n’existe plus : rechargez la liste.');
  checkStructure(db, value.structureId);
  const stamp = now.toISOString();
  return db.transaction(() => {
    let personId = value.personId;
    if (personId === null) {
      const person = value.newPerson!;
      const email = normalizeEmail(person.email);
      if (!email.ok) fail('VALIDATION', email.message);
      const inserted = db
        .prepare(
          `INSERT INTO person (last_name, first_name, civility, email, kind, structure_id, retention_until, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'trainee', ?, ?, ?, ?)`,
        )
        .run(person.lastName, person.firstName, person.civility, email.value, value.structureId, retentionUntilFor(db, 'trainee', null, now), stamp, stamp);
      personId = Number(inserted.lastInsertRowid);
    } else if (!db.prepare('SELECT 1 FROM person WHERE id = ?').get(personId)) {
      fail('NOT_FOUND', 'Cette personne n’existe plus dans le fichier : rechargez la liste.');
    }
    if (db.prepare('SELECT 1 FROM training_participant WHERE training_id = ? AND person_id = ?').get(value.trainingId, personId))
      fail('CONFLICT', 'Cette personne participe déjà à cette formation.');
    const structureId = value.structureId ?? ((db.prepare('SELECT structure_id AS id FROM person WHERE id = ?').get(personId) as { id: number | null }).id ?? null);
    const result = db
      .prepare('INSERT INTO training_participant (training_id, person_id, structure_id, occupation_label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(value.trainingId, personId, structureId, value.occupationLabel, stamp, stamp);
    return Number(result.lastInsertRowid);
  })();
}

export function trainingOfParticipant(db: Database.Database, participantId: number): number {
  const row = db.prepare('SELECT training_id AS trainingId FROM training_participant WHERE id = ?').get(participantId) as { trainingId: number } | undefined;
  if (!row) fail('NOT_FOUND', 'Ce participant n’est plus inscrit : rechargez la formation.');
  return row.trainingId;
}

export function updateParticipant(db: Database.Database, participantId: number, rawChanges: unknown, now: Date): number {
  const changes = participantChangesSchema.parse(rawChanges);
  const trainingId = trainingOfParticipant(db, participantId);
  if (changes.structureId !== undefined) checkStructure(db, changes.structureId);
  const sets: string[] = [];
  const values: Record<string, unknown> = { id: participantId, stamp: now.toISOString() };
  const columns = { structureId: 'structure_id', occupationLabel: 'occupation_label', costCents: 'cost_cents' } as const;
  for (const key of Object.keys(columns) as (keyof typeof columns)[]) {
    if (changes[key] === undefined) continue;
    sets.push(`${columns[key]} = @${key}`);
    values[key] = changes[key];
  }
  if (sets.length > 0) db.prepare(`UPDATE training_participant SET ${sets.join(', ')}, updated_at = @stamp WHERE id = @id`).run(values);
  return trainingId;
}

/** Removes the person from the action (the person stays in the file: the privacy screen erases people). */
export function removeParticipant(db: Database.Database, participantId: number): number {
  const trainingId = trainingOfParticipant(db, participantId);
  db.prepare('DELETE FROM training_participant WHERE id = ?').run(participantId);
  return trainingId;
}

export function setAttendance(db: Database.Database, sessionId: number, participantId: number, status: AttendanceStatus | null): number {
  const trainingId = trainingOfParticipant(db, participantId);
  const session = db.prepare('SELECT training_id AS trainingId FROM training_session WHERE id = ?').get(sessionId) as { trainingId: number } | undefined;
  if (!session || session.trainingId !== trainingId) fail('NOT_FOUND', 'Cette session n’appartient pas à la formation du participant : rechargez la formation.');
  if (status === null) db.prepare('DELETE FROM training_attendance WHERE session_id = ? AND participant_id = ?').run(sessionId, participantId);
  else db.prepare('INSERT INTO training_attendance (session_id, participant_id, status) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET status = excluded.status').run(sessionId, participantId, status);
  return trainingId;
}

export function searchPeople(db: Database.Database, search: string) {
  const like = `%${search.replace(/[%_]/g, '')}%`;
  return db
    .prepare(
      `SELECT pe.id, pe.civility, pe.last_name AS lastName, pe.first_name AS firstName, pe.structure_id AS structureId, coalesce(s.name, '') AS structureName
       FROM person pe LEFT JOIN structure s ON s.id = pe.structure_id
       WHERE pe.last_name LIKE @like OR pe.first_name LIKE @like OR (pe.first_name || ' ' || pe.last_name) LIKE @like
       ORDER BY pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE LIMIT 50`,
    )
    .all({ like }) as { id: number; civility: string; lastName: string; firstName: string; structureId: number | null; structureName: string }[];
}
