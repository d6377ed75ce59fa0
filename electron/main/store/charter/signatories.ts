import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Signatory, signatoryInputSchema } from '../../../../shared/api/charter';
import { structureTypes } from '../../../../shared/domain/structure';
import { fail } from '../../errors';
import { findCommune } from '../../reference/communes';
import { retentionUntilFor } from '../privacy/retention';
import { currentVersionId } from './versions';
import { resolvePart } from './territory';

type SignatoryValue = z.output<typeof signatoryInputSchema>;

type Row = Omit<Signatory, 'territory' | 'kind' | 'name' | 'description' | 'communeName'> & { structureName: string | null; structureType: string | null; structureCommune: string | null };

const selectSignatories = `
  SELECT s.id, s.structure_id AS structureId, s.person_id AS personId, s.profession, s.address, s.postcode,
         s.commune_code AS communeCode, s.field, s.version_id AS versionId,
         (SELECT count(*) FROM charter_version v WHERE v.id <= s.version_id) AS versionNumber,
         s.signed_on AS signedOn, s.withdrawn_on AS withdrawnOn,
         st.name AS structureName, st.type AS structureType, st.commune_name AS structureCommune,
         coalesce(p.last_name, '') AS lastName, coalesce(p.first_name, '') AS firstName,
         coalesce(p.email, '') AS email, coalesce(p.phone, '') AS phone
    FROM charter_signatory s
    LEFT JOIN structure st ON st.id = s.structure_id
    LEFT JOIN person p ON p.id = s.person_id`;

function toSignatory(db: Database.Database, row: Row): Signatory {
  const territory = db
    .prepare("SELECT kind, code, name FROM charter_territory WHERE signatory_id = ? ORDER BY kind DESC, name")
    .all(row.id) as Signatory['territory'];
  const isStructure = row.structureId !== null;
  const { structureName, structureType, structureCommune, ...rest } = row;
  return {
    ...rest,
    kind: isStructure ? 'structure' : 'professional',
    name: isStructure ? (structureName ?? '') : [row.firstName, row.lastName].filter(Boolean).join(' '),
    description: isStructure ? (structureType ? (structureTypes[structureType as keyof typeof structureTypes] ?? '') : '') : row.profession,
    communeName: isStructure ? (structureCommune ?? '') : (findCommune(row.communeCode)?.name ?? ''),
    territory,
  };
}

/** Signatories in the order they signed; withdrawn ones stay listed with their date. */
export function listSignatories(db: Database.Database): Signatory[] {
  const rows = db.prepare(`${selectSignatories} ORDER BY s.signed_on, s.id`).all() as Row[];
  return rows.map((row) => toSignatory(db, row));
}

export function getSignatory(db: Database.Database, id: number): Signatory {
  const row = db.prepare(`${selectSignatories} WHERE s.id = ?`).get(id) as Row | undefined;
  if (!row) fail('NOT_FOUND', 'Ce signataire n’existe plus.');
  return toSignatory(db, row);
}


function checkInput(db: Database.Database, input: SignatoryValue, exceptId: number | null) {
  if (input.territory.length === 0) fail('VALIDATION', 'Indiquez le territoire couvert : au moins une commune ou un EPCI.');
  const parts = input.territory.map(resolvePart);
  if (input.kind === 'structure') {
    const structure = db.prepare('SELECT name FROM structure WHERE id = ?').get(input.structureId) as { name: string } | undefined;
    if (!structure) fail('NOT_FOUND', 'Cette structure n’est plus dans le registre.');
    const already = db
      .prepare('SELECT id FROM charter_signatory WHERE structure_id = ? AND withdrawn_on IS NULL AND id IS NOT ?')
      .get(input.structureId, exceptId);
    if (already) fail('CONFLICT', `${structure.name} a déjà signé la charte.`);
  } else if (input.communeCode && !findCommune(input.communeCode)) {
    fail('VALIDATION', `La commune ${input.communeCode} n’existe pas : choisissez-la dans la liste.`);
  }
  return parts;
}

function writeTerritory(db: Database.Database, signatoryId: number, parts: ReturnType<typeof resolvePart>[]) {
  db.prepare('DELETE FROM charter_territory WHERE signatory_id = ?').run(signatoryId);
  const insert = db.prepare('INSERT OR IGNORE INTO charter_territory (signatory_id, kind, code, name) VALUES (?, ?, ?, ?)');
  for (const part of parts) insert.run(signatoryId, part.kind, part.code, part.name);
}

/**
 * The professional as a person of kind « other »: the signature is the last contact, kept for the
 * months the coordinator set for that kind in « Personnes et RGPD », then reviewed there.
 */
function savePerson(db: Database.Database, input: Extract<SignatoryValue, { kind: 'professional' }>, personId: number | null, now: string): number {
  const retention = retentionUntilFor(db, 'other', input.signedOn, new Date(now));
  if (personId !== null) {
    db.prepare('UPDATE person SET last_name = ?, first_name = ?, email = ?, phone = ?, updated_at = ? WHERE id = ?').run(
      input.lastName, input.firstName, input.email, input.phone, now, personId,
    );
    return personId;
  }
  const result = db
    .prepare("INSERT INTO person (last_name, first_name, email, phone, kind, notes, last_contact_on, retention_until, created_at, updated_at) VALUES (?, ?, ?, ?, 'other', 'Signataire de la charte', ?, ?, ?, ?)")
    .run(input.lastName, input.firstName, input.email, input.phone, input.signedOn, retention, now, now);
  return Number(result.lastInsertRowid);
}

export function addSignatory(db: Database.Database, input: SignatoryValue, now: string): Signatory {
  const versionId = currentVersionId(db);
  if (versionId === null) fail('VALIDATION', 'Aucune version de la charte n’est adoptée : adoptez le texte avant d’enregistrer des signatures.');
  return db.transaction(() => {
    const parts = checkInput(db, input, null);
    const personId = input.kind === 'professional' ? savePerson(db, input, null, now) : null;
    const professional = input.kind === 'professional' ? input : null;
    const result = db
      .prepare(
        `INSERT INTO charter_signatory (structure_id, person_id, profession, address, postcode, commune_code, field, version_id, signed_on, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.kind === 'structure' ? input.structureId : null, personId,
        professional?.profession ?? '', professional?.address ?? '', professional?.postcode ?? '', professional?.communeCode ?? '',
        input.field, versionId, input.signedOn, now, now,
      );
    const id = Number(result.lastInsertRowid);
    writeTerritory(db, id, parts);
    return getSignatory(db, id);
  })();
}

/** Edits a signature: who, field, date, territory. The version signed does not change. */
export function updateSignatory(db: Database.Database, id: number, input: SignatoryValue, now: string): Signatory {
  const existing = getSignatory(db, id);
  if (existing.kind !== input.kind) fail('VALIDATION', 'Un signataire ne change pas de nature : retirez cette signature et enregistrez-en une nouvelle.');
  if (existing.withdrawnOn && input.signedOn > existing.withdrawnOn) fail('VALIDATION', 'La date de signature doit précéder la date de retrait.');
  return db.transaction(() => {
    const parts = checkInput(db, input, id);
    if (input.kind === 'professional') savePerson(db, input, existing.personId, now);
    const professional = input.kind === 'professional' ? input : null;
    db.prepare(
      `UPDATE charter_signatory SET structure_id = ?, profession = ?, address = ?, postcode = ?, commune_code = ?, field = ?, signed_on = ?, updated_at = ? WHERE id = ?`,
    ).run(
      input.kind === 'structure' ? input.structureId : null,
      professional?.profession ?? '', professional?.address ?? '', professional?.postcode ?? '', professional?.communeCode ?? '',
      input.field, input.signedOn, now, id,
    );
    writeTerritory(db, id, parts);
    return getSignatory(db, id);
  })();
}

/** Withdraws a signature on a date (null takes the withdrawal back). */
export function withdrawSignatory(db: Database.Database, id: number, withdrawnOn: string | null, now: string): Signatory {
  const existing = getSignatory(db, id);
  if (withdrawnOn && withdrawnOn < existing.signedOn) fail('VALIDATION', 'La date de retrait ne peut pas précéder la date de signature.');
  db.transaction(() => {
    db.prepare('UPDATE charter_signatory SET withdrawn_on = ?, updated_at = ? WHERE id = ?').run(withdrawnOn, now, id);
    // The withdrawal is the last contact: the kind's months run again from it (from the signature if taken back).
    if (existing.personId !== null) {
      const lastContact = withdrawnOn ?? existing.signedOn;
      db.prepare('UPDATE person SET last_contact_on = ?, retention_until = ?, updated_at = ? WHERE id = ?').run(
        lastContact, retentionUntilFor(db, 'other', lastContact, new Date(now)), now, existing.personId,
      );
    }
  })();
  return getSignatory(db, id);
}

/** Removes a signature typed by mistake. A professional stays a person until the privacy review (other features may know them). */
export function deleteSignatory(db: Database.Database, id: number): void {
  getSignatory(db, id);
  db.prepare('DELETE FROM charter_signatory WHERE id = ?').run(id);
}
