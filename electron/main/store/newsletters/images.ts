import type Database from 'better-sqlite3';
import { fail } from '../../errors';

const maxBytes = 5 * 1024 * 1024;

/** The type from the file's first bytes, not its name: a renamed file is recognised or refused. */
export function imageTypeOf(bytes: Buffer): 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  return null;
}

export type StoredImage = { id: number; fileName: string; dataUrl: string };

export function addImage(db: Database.Database, letterId: number, fileName: string, bytes: Buffer, now: string): StoredImage {
  if (bytes.length > maxBytes) fail('VALIDATION', `« ${fileName} » pèse plus de 5 Mo : réduisez l’image (une largeur de 1 600 pixels suffit à l’impression).`);
  const mime = imageTypeOf(bytes);
  if (!mime) fail('VALIDATION', `« ${fileName} » n’est pas une image PNG, JPEG, WebP ou GIF. Enregistrez-la dans l’un de ces formats.`);
  const result = db.prepare('INSERT INTO newsletter_image (newsletter_id, file_name, mime, data, created_at) VALUES (?, ?, ?, ?, ?)').run(letterId, fileName, mime, bytes, now);
  return { id: Number(result.lastInsertRowid), fileName, dataUrl: `data:${mime};base64,${bytes.toString('base64')}` };
}

export function listImages(db: Database.Database, letterId: number): StoredImage[] {
  const rows = db.prepare('SELECT id, file_name AS fileName, mime, data FROM newsletter_image WHERE newsletter_id = ? ORDER BY id').all(letterId) as { id: number; fileName: string; mime: string; data: Buffer }[];
  return rows.map((row) => ({ id: row.id, fileName: row.fileName, dataUrl: `data:${row.mime};base64,${row.data.toString('base64')}` }));
}
