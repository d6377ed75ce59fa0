import type Database from 'better-sqlite3';
import { namesOf, occupationReferenceFileSchema, type OccupationReference } from '../../../../shared/domain/occupations/reference';
import { jobTitleKey } from '../../../../shared/domain/occupations/normalise';

// Bundled by Vite like the migrations (no file lookup at run time); an empty glob until the
// reference list exists, then every new or migrated file gets it.
const sources = import.meta.glob('../../../../resources/occupations/sector-occupations.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** The shipped reference list, checked once; [] when absent or malformed (the coordinator can still add occupations). */
export function referenceOccupations(): OccupationReference[] {
  const [raw] = Object.values(sources);
  const parsed = occupationReferenceFileSchema.safeParse(raw);
  return parsed.success ? parsed.data.occupations : [];
}

let regulated: Set<string> | null = null;

/** Whether a ROME code is a regulated profession (its diploma required), from the shipped reference. */
export function isRegulatedRomeCode(code: string | null): boolean {
  if (!code) return false;
  if (!regulated) {
    const parsed = occupationReferenceFileSchema.safeParse(Object.values(sources)[0]);
    regulated = new Set(parsed.success ? parsed.data.regulatedRomeCodes : []);
  }
  return regulated.has(code.toUpperCase());
}

/** Inserts the synonyms of one occupation, skipping spellings that normalise to one already there. */
export function insertSynonyms(db: Database.Database, occupationId: number, synonyms: readonly string[], source: 'reference' | 'file'): number {
  const insert = db.prepare('INSERT OR IGNORE INTO occupation_synonym (occupation_id, synonym, match_key, source) VALUES (?, ?, ?, ?)');
  let added = 0;
  for (const synonym of synonyms) {
    const key = jobTitleKey(synonym);
    if (key !== '') added += insert.run(occupationId, synonym.trim(), key, source).changes;
  }
  return added;
}

/**
 * Loads the reference list into a file that has no occupation yet (new file, or one migrated to
 * version 3). Called lazily by the CDD handlers so association-file.ts stays feature-free.
 * One transaction: a file never holds half the list.
 */
export function ensureOccupations(db: Database.Database, now: Date): void {
  const { n } = db.prepare('SELECT count(*) AS n FROM occupation').get() as { n: number };
  if (n > 0) return;
  const reference = referenceOccupations();
  if (reference.length === 0) return;
  const stamp = now.toISOString();
  const insert = db.prepare(
    'INSERT INTO occupation (key, label, rome_code, rome_parent, family, is_custom, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
  );
  db.transaction(() => {
    for (const occupation of reference) {
      const id = Number(insert.run(occupation.key, occupation.label, occupation.romeCode, occupation.romeParent, occupation.family, stamp, stamp).lastInsertRowid);
      insertSynonyms(db, id, namesOf(occupation), 'reference');
    }
  })();
}
