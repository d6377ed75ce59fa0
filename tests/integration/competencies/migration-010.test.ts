import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersionOf } from '../../../electron/main/store/migrations';
import { ensureCompetencies } from '../../../electron/main/store/competencies/seed';
import { oldAssociationFile } from '../../support/old-file';
import { useTempFolder } from '../../support/temp-folder';

describe('migration 010 (competencies)', () => {
  const tempFolder = useTempFolder();

  it('keeps the people and occupations of version 9, adds the level scale, and cascades a person’s assessments', () => {
    const path = oldAssociationFile(tempFolder(), 'ancien.passerelles', 9, (old, stamp) => {
      old.prepare("INSERT INTO structure (id, name, created_at, updated_at) VALUES (7, 'EHPAD Les Tilleuls', ?, ?)").run(stamp, stamp);
      old.prepare("INSERT INTO occupation (id, key, label, rome_code, family, created_at, updated_at) VALUES (3, 'agent-domicile', 'Agent à domicile', 'K1304', 'nonMedicalServices', ?, ?)").run(stamp, stamp);
      old.prepare("INSERT INTO person (id, last_name, first_name, structure_id, occupation_id, retention_until, created_at, updated_at) VALUES (5, 'Lemaître', 'Odile', 7, 3, '2027-01-01', ?, ?)").run(stamp, stamp);
    });
    const db = new Database(path);
    try {
      db.pragma('foreign_keys = ON');
      expect(migrate(db, 10)).toEqual([10]);
      expect(schemaVersionOf(db)).toBe(10);
      expect(db.prepare('SELECT last_name AS name FROM person').all()).toEqual([{ name: 'Lemaître' }]);
      expect(db.prepare('SELECT level, label FROM competency_level ORDER BY level').all()).toEqual([
        { level: 1, label: 'Notions' },
        { level: 2, label: 'Pratique' },
        { level: 3, label: 'Maîtrise' },
        { level: 4, label: 'Expert' },
      ]);
      ensureCompetencies(db, new Date('2026-01-01T00:00:00Z'));
      // The occupation of version 9 gets its ROME reference grid (K1304: 78 items in ROME v4.60).
      const grid = db.prepare('SELECT g.id, count(*) AS n, sum(r.is_core) AS core FROM competency_grid g JOIN grid_requirement r ON r.grid_id = g.id WHERE g.occupation_id = 3').get();
      expect(grid).toMatchObject({ n: 78, core: 10 });
      const competencyId = (db.prepare('SELECT competency_id AS id FROM grid_requirement LIMIT 1').get() as { id: number }).id;
      db.prepare("INSERT INTO assessment (person_id, competency_id, level, assessed_on, assessed_by, created_at) VALUES (5, ?, 2, '2026-01-10', 'Mme Roger', '2026-01-10')").run(competencyId);
      db.prepare("INSERT INTO person_target (person_id, occupation_id, created_at) VALUES (5, 3, '2026-01-10')").run();
      expect(() => db.prepare("INSERT INTO assessment (person_id, competency_id, level, assessed_on, created_at) VALUES (5, ?, 7, '2026-01-10', 'x')").run(competencyId)).toThrow(/CHECK/);
      db.prepare('DELETE FROM person WHERE id = 5').run();
      expect(db.prepare('SELECT (SELECT count(*) FROM assessment) + (SELECT count(*) FROM person_target) AS n').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('seeds once: a second call adds nothing, and one reference grid per occupation', () => {
    const path = oldAssociationFile(tempFolder(), 'neuf.passerelles', 10);
    const db = new Database(path);
    try {
      const now = new Date('2026-01-01T00:00:00Z');
      ensureCompetencies(db, now);
      const count = () => db.prepare('SELECT (SELECT count(*) FROM competency) AS c, (SELECT count(*) FROM competency_grid) AS g, (SELECT count(*) FROM grid_requirement) AS r').get();
      const first = count();
      ensureCompetencies(db, now);
      expect(count()).toEqual(first);
      expect(first).toMatchObject({ g: 39 });
      expect(db.prepare('SELECT count(*) AS n FROM occupation_wear').get()).toEqual({ n: 39 });
    } finally {
      db.close();
    }
  });
});
