import type Database from 'better-sqlite3';
import { starterLevel } from '../../../../shared/domain/competencies/levels';
import type { StarterFile, StarterOccupation } from '../../../../shared/domain/competencies/rome-starter';
import { ensureOccupations } from '../cdd/seed-occupations';

// Bundled by Vite like the occupation list (no file lookup at run time).
const sources = import.meta.glob('../../../../resources/competencies/starter-competencies.json', { eager: true, import: 'default' }) as Record<string, unknown>;

const isStarterFile = (raw: unknown): raw is StarterFile =>
  typeof raw === 'object' && raw !== null && Array.isArray((raw as StarterFile).competencies) && Array.isArray((raw as StarterFile).occupations);

/** The shipped starter set; an empty one when absent (the coordinator can still build grids by hand). */
export function starterSet(): StarterFile {
  const [raw] = Object.values(sources);
  return isStarterFile(raw) ? raw : { source: '', licence: '', romeVersion: '', competencies: [], occupations: [] };
}

let byKey: Map<string, StarterOccupation> | null = null;
/** ROME's data for one occupation key (its mobility links, whether it is regulated). */
export function starterOccupation(key: string): StarterOccupation | undefined {
  byKey ??= new Map(starterSet().occupations.map((o) => [o.key, o]));
  return byKey.get(key);
}

/**
 * Loads the starter set into a file that has no competency yet: the ROME items, one reference
 * grid per occupation of the list, the starter wear factors. One transaction: all or nothing.
 * Called lazily by the handlers (files created or migrated before the set existed get it too).
 */
export function ensureCompetencies(db: Database.Database, now: Date): void {
  ensureOccupations(db, now);
  const { n } = db.prepare('SELECT count(*) AS n FROM competency').get() as { n: number };
  if (n > 0) return;
  const starter = starterSet();
  if (starter.competencies.length === 0) return;
  const stamp = now.toISOString();
  const occupations = new Map((db.prepare('SELECT key, id FROM occupation').all() as { key: string; id: number }[]).map((o) => [o.key, o.id]));
  const insertCompetency = db.prepare('INSERT INTO competency (label, kind, code_ogr, enjeu, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertGrid = db.prepare('INSERT OR IGNORE INTO competency_grid (occupation_id, structure_id, created_at, updated_at) VALUES (?, NULL, ?, ?)');
  const gridOf = db.prepare('SELECT id FROM competency_grid WHERE occupation_id = ? AND structure_id IS NULL');
  const insertRequirement = db.prepare('INSERT OR IGNORE INTO grid_requirement (grid_id, competency_id, level, is_core) VALUES (?, ?, ?, ?)');
  const insertWear = db.prepare('INSERT OR IGNORE INTO occupation_wear (occupation_id, physical, night, isolation, emotional) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    const ids = new Map<string, number>();
    for (const c of starter.competencies) ids.set(c.codeOgr, Number(insertCompetency.run(c.label, c.kind, c.codeOgr, c.enjeu, stamp, stamp).lastInsertRowid));
    for (const o of starter.occupations) {
      const occupationId = occupations.get(o.key);
      if (occupationId === undefined) continue;
      insertGrid.run(occupationId, stamp, stamp);
      const { id: gridId } = gridOf.get(occupationId) as { id: number };
      for (const r of o.requirements) {
        const competencyId = ids.get(r.codeOgr);
        if (competencyId !== undefined) insertRequirement.run(gridId, competencyId, starterLevel(r.isCore), r.isCore ? 1 : 0);
      }
      insertWear.run(occupationId, o.wear.physical, o.wear.night, o.wear.isolation, o.wear.emotional);
    }
  })();
}
