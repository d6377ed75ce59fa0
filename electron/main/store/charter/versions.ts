import type Database from 'better-sqlite3';
import type { CharterVersion } from '../../../../shared/api/charter';
import { emptyRichText, type RichText } from '../../../../shared/api/rich-text';
import { fail } from '../../errors';
import { cleanRichText } from '../../print/rich-text/clean';

type Row = { id: number; title: string; content: string; adoptedOn: string | null; signatoryCount: number };

/** Every version, oldest first; the current one is the latest adopted. */
export function listVersions(db: Database.Database): CharterVersion[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.title, v.content, v.adopted_on AS adoptedOn,
              (SELECT count(*) FROM charter_signatory s WHERE s.version_id = v.id AND s.withdrawn_on IS NULL) AS signatoryCount
         FROM charter_version v ORDER BY v.id`,
    )
    .all() as Row[];
  const current = currentVersionId(db);
  return rows.map((row, index) => ({ ...row, number: index + 1, content: JSON.parse(row.content) as RichText, isCurrent: row.id === current }));
}

export function currentVersionId(db: Database.Database): number | null {
  const row = db.prepare('SELECT id FROM charter_version WHERE adopted_on IS NOT NULL ORDER BY adopted_on DESC, id DESC LIMIT 1').get() as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * The version that replaced an adopted one: the next adopted after it, in the order that makes the
 * latest adopted the current one (adoption date, then creation). Null for the version in force
 * and for a draft, which replace nothing yet.
 */
export function replacementOf(versions: CharterVersion[], id: number): CharterVersion | null {
  const adopted = versions.filter((v) => v.adoptedOn !== null).sort((a, b) => a.adoptedOn!.localeCompare(b.adoptedOn!) || a.id - b.id);
  const index = adopted.findIndex((v) => v.id === id);
  return index < 0 ? null : (adopted[index + 1] ?? null);
}

export function getVersion(db: Database.Database, id: number): CharterVersion {
  const version = listVersions(db).find((v) => v.id === id);
  if (!version) fail('NOT_FOUND', 'Cette version de la charte n’existe plus.');
  return version;
}

/** A new draft version, starting from the latest text (or an empty page for the first one). */
export function createVersion(db: Database.Database, now: string, title?: string): CharterVersion {
  const draft = db.prepare('SELECT id FROM charter_version WHERE adopted_on IS NULL').get() as { id: number } | undefined;
  if (draft) fail('CONFLICT', 'Une version en projet existe déjà : modifiez-la ou adoptez-la avant d’en commencer une autre.');
  const latest = listVersions(db).at(-1);
  const result = db
    .prepare('INSERT INTO charter_version (title, content, adopted_on, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)')
    .run(title?.trim() || latest?.title || 'Charte d’intervention concertée', JSON.stringify(latest?.content ?? emptyRichText()), now, now);
  return getVersion(db, Number(result.lastInsertRowid));
}

export function saveVersion(db: Database.Database, id: number, title: string, content: RichText, now: string): CharterVersion {
  const version = getVersion(db, id);
  if (version.adoptedOn) fail('CONFLICT', `La version ${version.number} a été adoptée : elle ne change plus. Créez une nouvelle version pour modifier le texte.`);
  db.prepare('UPDATE charter_version SET title = ?, content = ?, updated_at = ? WHERE id = ?').run(title, JSON.stringify(cleanRichText(content)), now, id);
  return getVersion(db, id);
}

export function adoptVersion(db: Database.Database, id: number, adoptedOn: string, now: string): CharterVersion {
  const version = getVersion(db, id);
  if (version.adoptedOn) fail('CONFLICT', `La version ${version.number} est déjà adoptée.`);
  const previous = listVersions(db).filter((v) => v.adoptedOn).at(-1);
  if (previous?.adoptedOn && adoptedOn < previous.adoptedOn) {
    fail('VALIDATION', `La version ${version.number} ne peut pas être adoptée avant la version ${previous.number} (adoptée le ${previous.adoptedOn.split('-').reverse().join('/')}).`);
  }
  db.prepare('UPDATE charter_version SET adopted_on = ?, updated_at = ? WHERE id = ?').run(adoptedOn, now, id);
  return getVersion(db, id);
}
