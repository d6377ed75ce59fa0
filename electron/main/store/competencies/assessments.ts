import type Database from 'better-sqlite3';
import { fail } from '../../errors';

export type AssessmentLine = { id: number; competencyId: number; label: string; level: number; assessedOn: string; assessedBy: string };

export function requirePerson(db: Database.Database, personId: number): void {
  if (!db.prepare('SELECT 1 FROM person WHERE id = ?').get(personId)) fail('NOT_FOUND', 'Cette personne n’est plus dans le fichier : rechargez la liste.');
}

export function assessmentHistory(db: Database.Database, personId: number): AssessmentLine[] {
  return db
    .prepare(
      `SELECT a.id, a.competency_id AS competencyId, c.label, a.level, a.assessed_on AS assessedOn, a.assessed_by AS assessedBy
       FROM assessment a JOIN competency c ON c.id = a.competency_id WHERE a.person_id = ? ORDER BY a.assessed_on DESC, a.id DESC`,
    )
    .all(personId) as AssessmentLine[];
}

/** The latest assessed level per competency (the most recent date wins, then the last recorded). */
export function currentLevels(db: Database.Database, personId: number): Map<number, number> {
  const levels = new Map<number, number>();
  for (const line of assessmentHistory(db, personId)) if (!levels.has(line.competencyId)) levels.set(line.competencyId, line.level);
  return levels;
}

/**
 * The latest assessed level per competency for every person assessed, in one read (the same rule
 * as currentLevels: the most recent date wins, then the last recorded). For matching many
 * candidates at once without one query per person.
 */
export function currentLevelsOfEveryone(db: Database.Database): Map<number, Map<number, number>> {
  const byPerson = new Map<number, Map<number, number>>();
  const rows = db.prepare('SELECT person_id AS personId, competency_id AS competencyId, level FROM assessment ORDER BY person_id, assessed_on DESC, id DESC').all() as {
    personId: number;
    competencyId: number;
    level: number;
  }[];
  for (const row of rows) {
    let levels = byPerson.get(row.personId);
    if (!levels) byPerson.set(row.personId, (levels = new Map()));
    if (!levels.has(row.competencyId)) levels.set(row.competencyId, row.level);
  }
  return byPerson;
}

export function recordAssessment(
  db: Database.Database,
  input: { personId: number; competencyId: number; level: number; assessedOn: string; assessedBy: string },
  now: Date,
): number {
  requirePerson(db, input.personId);
  if (!db.prepare('SELECT 1 FROM competency WHERE id = ?').get(input.competencyId)) fail('NOT_FOUND', 'Cette compétence n’existe plus : rechargez la liste.');
  const max = (db.prepare('SELECT max(level) AS n FROM competency_level').get() as { n: number }).n;
  if (input.level > max) fail('VALIDATION', `Le niveau ${input.level} n’existe pas : l’échelle va de 0 (non acquis) à ${max}.`);
  if (input.assessedOn > now.toISOString().slice(0, 10)) fail('VALIDATION', 'La date de l’évaluation est dans le futur : indiquez le jour où elle a eu lieu.');
  return Number(
    db
      .prepare('INSERT INTO assessment (person_id, competency_id, level, assessed_on, assessed_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.personId, input.competencyId, input.level, input.assessedOn, input.assessedBy, now.toISOString()).lastInsertRowid,
  );
}

export type TargetRow = { personId: number; occupationId: number; occupationLabel: string; structureId: number | null; structureName: string | null };

export function targetsOf(db: Database.Database, personId: number | null): TargetRow[] {
  return db
    .prepare(
      `SELECT t.person_id AS personId, t.occupation_id AS occupationId, o.label AS occupationLabel, t.structure_id AS structureId, s.name AS structureName
       FROM person_target t JOIN occupation o ON o.id = t.occupation_id LEFT JOIN structure s ON s.id = t.structure_id
       WHERE ? IS NULL OR t.person_id = ? ORDER BY o.label`,
    )
    .all(personId, personId) as TargetRow[];
}

export function setTarget(db: Database.Database, personId: number, occupationId: number, structureId: number | null, now: Date): void {
  requirePerson(db, personId);
  if (!db.prepare('SELECT 1 FROM occupation WHERE id = ?').get(occupationId)) fail('NOT_FOUND', 'Ce métier n’existe plus : rechargez la liste.');
  db.prepare(
    `INSERT INTO person_target (person_id, occupation_id, structure_id, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (person_id, occupation_id) DO UPDATE SET structure_id = excluded.structure_id`,
  ).run(personId, occupationId, structureId, now.toISOString());
}

export function removeTarget(db: Database.Database, personId: number, occupationId: number): void {
  db.prepare('DELETE FROM person_target WHERE person_id = ? AND occupation_id = ?').run(personId, occupationId);
}

export type PersonRow = {
  id: number;
  name: string;
  kind: string;
  structureName: string | null;
  occupationId: number | null;
  occupationLabel: string | null;
  retentionUntil: string;
  assessmentCount: number;
};

export function listPeople(db: Database.Database): PersonRow[] {
  return db
    .prepare(
      `SELECT p.id, trim(p.first_name || ' ' || p.last_name) AS name, p.kind, s.name AS structureName, p.occupation_id AS occupationId, o.label AS occupationLabel,
        p.retention_until AS retentionUntil, (SELECT count(*) FROM assessment a WHERE a.person_id = p.id) AS assessmentCount
       FROM person p LEFT JOIN structure s ON s.id = p.structure_id LEFT JOIN occupation o ON o.id = p.occupation_id
       ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE`,
    )
    .all() as PersonRow[];
}
