import type Database from 'better-sqlite3';
import type { Attachment } from './attachment';

/** Stores (or replaces) a candidate's CV inside the association file. */
export function storeCv(db: Database.Database, personId: number, attachment: Attachment, now: Date): void {
  db.prepare(
    `INSERT INTO candidate_cv (person_id, file_name, media_type, size_bytes, sha256, content, added_at)
     VALUES (@personId, @fileName, @mediaType, @size, @sha256, @content, @stamp)
     ON CONFLICT (person_id) DO UPDATE SET file_name = excluded.file_name, media_type = excluded.media_type,
       size_bytes = excluded.size_bytes, sha256 = excluded.sha256, content = excluded.content, added_at = excluded.added_at`,
  ).run({ personId, ...attachment, size: attachment.content.length, stamp: now.toISOString() });
}

export const removeCv = (db: Database.Database, personId: number): boolean => db.prepare('DELETE FROM candidate_cv WHERE person_id = ?').run(personId).changes > 0;

export const readCv = (db: Database.Database, personId: number) =>
  (db.prepare('SELECT file_name AS fileName, media_type AS mediaType, content FROM candidate_cv WHERE person_id = ?').get(personId) as
    | { fileName: string; mediaType: string; content: Buffer }
    | undefined) ?? null;
