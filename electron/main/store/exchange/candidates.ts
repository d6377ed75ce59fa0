import type Database from 'better-sqlite3';
import type { CandidateRow } from '../../../../shared/api/exchange';
import type { ConsentScope, Mobility } from '../../../../shared/domain/exchange';
import { retentionUntilFor } from '../privacy/retention';
import { fail } from '../../errors';
import { describeMediaType } from './attachment';
import type { Located } from './location';

/** What the handler has checked (names, e-mail, phone, commune, dates, consent). */
export type CandidateValue = {
  civility: string;
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
  mobility: Mobility;
  availableFrom: string | null;
  availability: string;
  wishedOccupationIds: number[];
  consentScope: ConsentScope;
  consentOn: string | null;
  consentMemberIds: number[];
  lastContactOn: string | null;
} & Located;

type RawCandidate = Omit<CandidateRow, 'wishedOccupations' | 'consentMemberIds' | 'cv'> & {
  cvFileName: string | null;
  cvMediaType: string | null;
  cvSize: number | null;
  cvAddedAt: string | null;
};

const selectCandidates = `
  SELECT p.id, p.civility, p.last_name AS lastName, p.first_name AS firstName, p.email, p.phone,
         c.commune_code AS communeCode, c.commune_name AS communeName, c.mobility, c.available_from AS availableFrom,
         c.availability, c.consent_scope AS consentScope, c.consent_on AS consentOn, p.last_contact_on AS lastContactOn, p.retention_until AS keptUntil,
         c.created_at AS createdAt, cv.file_name AS cvFileName, cv.media_type AS cvMediaType, cv.size_bytes AS cvSize,
         cv.added_at AS cvAddedAt
  FROM candidate c JOIN person p ON p.id = c.person_id LEFT JOIN candidate_cv cv ON cv.person_id = c.person_id`;

type CandidateLists = { wishes: Map<number, { key: string; label: string }[]>; members: Map<number, number[]> };

/**
 * The wished occupations and named members of every candidate (or of one), grouped by person in
 * two reads: a statement per candidate made listing and matching thousands of them slow.
 */
function listsOf(db: Database.Database, personId: number | null): CandidateLists {
  const where = personId === null ? '' : 'WHERE w.person_id = ?';
  const params = personId === null ? [] : [personId];
  const wishes = new Map<number, { key: string; label: string }[]>();
  const wishRows = db
    .prepare(`SELECT w.person_id AS personId, o.key, o.label FROM candidate_occupation w JOIN occupation o ON o.id = w.occupation_id ${where} ORDER BY o.label`)
    .all(...params) as { personId: number; key: string; label: string }[];
  for (const { personId: id, ...wish } of wishRows) {
    const list = wishes.get(id);
    if (list) list.push(wish);
    else wishes.set(id, [wish]);
  }
  const members = new Map<number, number[]>();
  const memberRows = db.prepare(`SELECT w.person_id AS personId, w.structure_id AS id FROM candidate_consent_member w ${where} ORDER BY w.structure_id`).all(...params) as { personId: number; id: number }[];
  for (const row of memberRows) {
    const list = members.get(row.personId);
    if (list) list.push(row.id);
    else members.set(row.personId, [row.id]);
  }
  return { wishes, members };
}

function complete(raw: RawCandidate, lists: CandidateLists): CandidateRow {
  const { cvFileName, cvMediaType, cvSize, cvAddedAt, ...rest } = raw;
  const cv =
    cvFileName !== null && cvMediaType !== null
      ? { fileName: cvFileName, mediaType: cvMediaType, kindLabel: describeMediaType(cvMediaType), sizeBytes: cvSize ?? 0, addedAt: cvAddedAt ?? '' }
      : null;
  return { ...rest, wishedOccupations: lists.wishes.get(raw.id) ?? [], consentMemberIds: lists.members.get(raw.id) ?? [], cv };
}

export function listCandidates(db: Database.Database): CandidateRow[] {
  const rows = db.prepare(`${selectCandidates} ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id`).all() as RawCandidate[];
  const lists = listsOf(db, null);
  return rows.map((row) => complete(row, lists));
}

export function getCandidate(db: Database.Database, id: number): CandidateRow | null {
  const row = db.prepare(`${selectCandidates} WHERE c.person_id = ?`).get(id) as RawCandidate | undefined;
  return row ? complete(row, listsOf(db, id)) : null;
}

export const requireCandidate = (db: Database.Database, id: number): CandidateRow =>
  getCandidate(db, id) ?? fail('NOT_FOUND', 'Ce candidat n’existe plus (il a peut-être été effacé) : rechargez la liste.');

function writeLists(db: Database.Database, id: number, value: CandidateValue): void {
  db.prepare('DELETE FROM candidate_occupation WHERE person_id = ?').run(id);
  const wish = db.prepare('INSERT OR IGNORE INTO candidate_occupation (person_id, occupation_id) VALUES (?, ?)');
  for (const occupationId of value.wishedOccupationIds) wish.run(id, occupationId);
  db.prepare('DELETE FROM candidate_consent_member WHERE person_id = ?').run(id);
  if (value.consentScope !== 'someMembers') return;
  const member = db.prepare('INSERT OR IGNORE INTO candidate_consent_member (person_id, structure_id) VALUES (?, ?)');
  for (const structureId of value.consentMemberIds) member.run(id, structureId);
}

/** Until when the person is kept: the privacy engine's setting for candidates (24 months by default, the CNIL's two years for a CV). */
const retentionOf = (db: Database.Database, lastContactOn: string | null, now: Date) => retentionUntilFor(db, 'candidate', lastContactOn, now);

/** A new candidate: a person of kind « candidate » and their candidate row, in one transaction. */
export function insertCandidate(db: Database.Database, value: CandidateValue, now: Date): number {
  const stamp = now.toISOString();
  return db.transaction(() => {
    const person = db
      .prepare(
        `INSERT INTO person (last_name, first_name, civility, email, phone, kind, last_contact_on, retention_until, created_at, updated_at)
         VALUES (@lastName, @firstName, @civility, @email, @phone, 'candidate', @lastContactOn, @retentionUntil, @stamp, @stamp)`,
      )
      .run({ ...value, retentionUntil: retentionOf(db, value.lastContactOn, now), stamp });
    const id = Number(person.lastInsertRowid);
    db.prepare(
      `INSERT INTO candidate (person_id, commune_code, commune_name, epci_code, department_code, mobility, available_from, availability,
                              consent_scope, consent_on, created_at, updated_at)
       VALUES (@id, @communeCode, @communeName, @epciCode, @departmentCode, @mobility, @availableFrom, @availability,
               @consentScope, @consentOn, @stamp, @stamp)`,
    ).run({ ...value, id, stamp });
    writeLists(db, id, value);
    return id;
  })();
}

export function updateCandidate(db: Database.Database, id: number, value: CandidateValue, now: Date): void {
  const stamp = now.toISOString();
  const current = requireCandidate(db, id);
  // A new last contact restarts the clock; otherwise the date stays (« Conserver » may have moved it).
  const retentionUntil = value.lastContactOn !== current.lastContactOn ? retentionOf(db, value.lastContactOn, now) : current.keptUntil;
  db.transaction(() => {
    db.prepare(
      `UPDATE person SET last_name = @lastName, first_name = @firstName, civility = @civility, email = @email, phone = @phone,
              last_contact_on = @lastContactOn, retention_until = @retentionUntil, updated_at = @stamp WHERE id = @id`,
    ).run({ ...value, id, retentionUntil, stamp });
    db.prepare(
      `UPDATE candidate SET commune_code = @communeCode, commune_name = @communeName, epci_code = @epciCode, department_code = @departmentCode,
              mobility = @mobility, available_from = @availableFrom, availability = @availability, consent_scope = @consentScope,
              consent_on = @consentOn, updated_at = @stamp WHERE person_id = @id`,
    ).run({ ...value, id, stamp });
    writeLists(db, id, value);
  })();
}

/** The candidates' wished occupations with their ROME codes, for the matching. */
export function wishedOccupations(db: Database.Database): Map<number, { id: number; label: string; romeCode: string | null; romeParent: string | null }[]> {
  const rows = db
    .prepare(
      `SELECT w.person_id AS personId, o.id, o.label, o.rome_code AS romeCode, o.rome_parent AS romeParent
       FROM candidate_occupation w JOIN occupation o ON o.id = w.occupation_id`,
    )
    .all() as { personId: number; id: number; label: string; romeCode: string | null; romeParent: string | null }[];
  const byPerson = new Map<number, { id: number; label: string; romeCode: string | null; romeParent: string | null }[]>();
  for (const { personId, ...occupation } of rows) byPerson.set(personId, [...(byPerson.get(personId) ?? []), occupation]);
  return byPerson;
}

/** Where each candidate lives, for the matching. */
export const candidateHomes = (db: Database.Database) =>
  db
    .prepare('SELECT person_id AS id, commune_code AS communeCode, epci_code AS epciCode, department_code AS departmentCode, mobility FROM candidate')
    .all() as { id: number; communeCode: string; epciCode: string; departmentCode: string; mobility: Mobility }[];
