import type Database from 'better-sqlite3';
import type { NewOccupation, Occupation } from '../../../../shared/api/cdd';
import type { OccupationFamily } from '../../../../shared/domain/occupations/families';
import type { MatchableOccupation } from '../../../../shared/domain/occupations/match';
import { jobTitleKey, normaliseJobTitle } from '../../../../shared/domain/occupations/normalise';
import { fail } from '../../errors';
import { insertSynonyms } from './seed-occupations';
import { refreshSeries } from './series';

type OccupationRow = {
  id: number;
  key: string;
  label: string;
  romeCode: string | null;
  romeParent: string | null;
  family: OccupationFamily;
  isCustom: number;
  entryCount: number;
};

const selectOccupations = `SELECT o.id, o.key, o.label, o.rome_code AS romeCode, o.rome_parent AS romeParent, o.family, o.is_custom AS isCustom,
  (SELECT count(*) FROM cdd_entry e WHERE e.occupation_id = o.id) AS entryCount
  FROM occupation o`;

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function synonymsByOccupation(db: Database.Database): Map<number, string[]> {
  const rows = db.prepare('SELECT occupation_id AS id, synonym FROM occupation_synonym ORDER BY rowid').all() as { id: number; synonym: string }[];
  const byId = new Map<number, string[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row.synonym]);
  return byId;
}

const toOccupation = (row: OccupationRow, synonyms: string[]): Occupation => ({
  key: row.key,
  label: row.label,
  romeCode: row.romeCode,
  romeParent: row.romeParent,
  family: row.family,
  isCustom: row.isCustom === 1,
  synonyms,
  entryCount: row.entryCount,
});

export function listOccupations(db: Database.Database): Occupation[] {
  const synonyms = synonymsByOccupation(db);
  return (db.prepare(selectOccupations).all() as OccupationRow[])
    .map((row) => toOccupation(row, synonyms.get(row.id) ?? []))
    .sort((a, b) => collator.compare(a.label, b.label));
}

export function getOccupation(db: Database.Database, key: string): Occupation {
  const row = db.prepare(`${selectOccupations} WHERE o.key = ?`).get(key) as OccupationRow | undefined;
  if (!row) fail('NOT_FOUND', 'Ce métier n’existe plus (il a peut-être été fusionné avec un autre) : rechargez la liste des métiers.');
  const synonyms = (db.prepare('SELECT synonym FROM occupation_synonym WHERE occupation_id = ? ORDER BY rowid').all(row.id) as { synonym: string }[]).map((s) => s.synonym);
  return toOccupation(row, synonyms);
}

const idOf = (db: Database.Database, key: string) => {
  const row = db.prepare('SELECT id FROM occupation WHERE key = ?').get(key) as { id: number } | undefined;
  if (!row) fail('NOT_FOUND', 'Ce métier n’existe plus (il a peut-être été fusionné avec un autre) : rechargez la liste des métiers.');
  return row.id;
};

/** What the matcher compares a typed job title with: each occupation's label and every synonym. */
export function matchableOccupations(db: Database.Database): MatchableOccupation[] {
  const synonyms = synonymsByOccupation(db);
  return (db.prepare('SELECT id, key, label FROM occupation').all() as { id: number; key: string; label: string }[]).map((row) => ({
    key: row.key,
    label: row.label,
    synonyms: synonyms.get(row.id) ?? [],
  }));
}

/** The occupation whose label or synonym already reads like `text` (another one than `exceptId`). */
function ownerOfName(db: Database.Database, text: string, exceptId: number): { label: string } | null {
  const key = jobTitleKey(text);
  if (key === '') return null;
  const bySynonym = db
    .prepare('SELECT o.label FROM occupation_synonym s JOIN occupation o ON o.id = s.occupation_id WHERE s.match_key = ? AND o.id <> ?')
    .get(key, exceptId) as { label: string } | undefined;
  if (bySynonym) return bySynonym;
  const labels = db.prepare('SELECT id, label FROM occupation WHERE id <> ?').all(exceptId) as { id: number; label: string }[];
  return labels.find((row) => jobTitleKey(row.label) === key) ?? null;
}

const slugOf = (label: string) =>
  normaliseJobTitle(label)
    .replace(/\s+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'metier';

export function createOccupation(db: Database.Database, input: Required<NewOccupation>, now: Date): Occupation {
  const owner = ownerOfName(db, input.label, 0);
  if (owner) fail('CONFLICT', `« ${input.label} » désigne déjà le métier « ${owner.label} » : utilisez ce métier, ou choisissez un autre intitulé.`);
  const base = slugOf(input.label);
  let key = base;
  for (let n = 2; db.prepare('SELECT 1 FROM occupation WHERE key = ?').get(key); n += 1) key = `${base}-${n}`;
  const stamp = now.toISOString();
  db.prepare('INSERT INTO occupation (key, label, rome_code, rome_parent, family, is_custom, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)').run(
    key,
    input.label,
    input.romeCode || null,
    input.romeParent || input.romeCode || null,
    input.family,
    stamp,
    stamp,
  );
  return getOccupation(db, key);
}

/** The old label stays a synonym: files prepared before the rename still match. */
export function renameOccupation(db: Database.Database, key: string, label: string, now: Date): Occupation {
  const id = idOf(db, key);
  const owner = ownerOfName(db, label, id);
  if (owner) fail('CONFLICT', `« ${label} » désigne déjà le métier « ${owner.label} » : fusionnez les deux métiers plutôt que de les renommer pareil.`);
  const previous = getOccupation(db, key).label;
  db.transaction(() => {
    db.prepare('UPDATE occupation SET label = ?, updated_at = ? WHERE id = ?').run(label, now.toISOString(), id);
    insertSynonyms(db, id, [previous], 'file');
  })();
  return getOccupation(db, key);
}

export function addSynonym(db: Database.Database, key: string, synonym: string): Occupation {
  const id = idOf(db, key);
  if (jobTitleKey(synonym) === '') fail('VALIDATION', 'Ce synonyme ne contient aucun mot reconnaissable : écrivez l’intitulé tel que les adhérents le tapent.');
  const owner = ownerOfName(db, synonym, id);
  if (owner) fail('CONFLICT', `« ${synonym} » désigne déjà le métier « ${owner.label} » : retirez-le de ce métier d’abord, ou fusionnez les deux métiers.`);
  insertSynonyms(db, id, [synonym], 'file');
  return getOccupation(db, key);
}

export function removeSynonym(db: Database.Database, key: string, synonym: string): Occupation {
  const id = idOf(db, key);
  db.prepare('DELETE FROM occupation_synonym WHERE occupation_id = ? AND match_key = ?').run(id, jobTitleKey(synonym));
  return getOccupation(db, key);
}

/** Moves data and synonyms of `mergeKey` into `keepKey` in one transaction; nothing is lost. */
export function mergeOccupations(db: Database.Database, keepKey: string, mergeKey: string, now: Date): Occupation {
  if (keepKey === mergeKey) fail('VALIDATION', 'Choisissez deux métiers différents à fusionner.');
  const keepId = idOf(db, keepKey);
  const mergeId = idOf(db, mergeKey);
  const merged = getOccupation(db, mergeKey);
  db.transaction(() => {
    db.prepare('UPDATE cdd_entry SET occupation_id = ? WHERE occupation_id = ?').run(keepId, mergeId);
    db.prepare('DELETE FROM occupation_synonym WHERE occupation_id = ?').run(mergeId);
    insertSynonyms(db, keepId, [merged.label, ...merged.synonyms], 'file');
    db.prepare('DELETE FROM occupation WHERE id = ?').run(mergeId);
    db.prepare('UPDATE occupation SET updated_at = ? WHERE id = ?').run(now.toISOString(), keepId);
    refreshSeries(db);
  })();
  return getOccupation(db, keepKey);
}
