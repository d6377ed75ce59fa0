import type Database from 'better-sqlite3';
import type { Grid, GridOverview } from '../../../../shared/api/competencies';
import type { Requirement } from '../../../../shared/domain/competencies/proximity';
import { wearScore, type Wear } from '../../../../shared/domain/competencies/wear';
import { fail } from '../../errors';
import { starterOccupation } from './seed';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function requirementsOf(db: Database.Database, gridId: number): Requirement[] {
  return (db.prepare('SELECT competency_id AS competencyId, level, is_core AS isCore FROM grid_requirement WHERE grid_id = ? ORDER BY is_core DESC, competency_id').all(gridId) as {
    competencyId: number;
    level: number;
    isCore: number;
  }[]).map((r) => ({ competencyId: r.competencyId, level: r.level, isCore: r.isCore === 1 }));
}

type GridRow = { gridId: number; occupationId: number; occupationLabel: string; structureId: number | null; structureName: string | null };

export function getGrid(db: Database.Database, gridId: number): Grid {
  const row = db
    .prepare(
      `SELECT g.id AS gridId, g.occupation_id AS occupationId, o.label AS occupationLabel, g.structure_id AS structureId, s.name AS structureName
       FROM competency_grid g JOIN occupation o ON o.id = g.occupation_id LEFT JOIN structure s ON s.id = g.structure_id WHERE g.id = ?`,
    )
    .get(gridId) as GridRow | undefined;
  if (!row) fail('NOT_FOUND', 'Cette grille n’existe plus : rechargez la liste des grilles.');
  return { ...row, requirements: requirementsOf(db, gridId) };
}

/** ROME's emploi_reglemente for the sector's occupations (the starter set carries it); an occupation the file added is taken as not regulated. */
export function isRegulatedOccupation(key: string): boolean {
  return starterOccupation(key)?.isRegulated ?? false;
}

export function wearOf(db: Database.Database, occupationId: number): Wear {
  return (db.prepare('SELECT physical, night, isolation, emotional FROM occupation_wear WHERE occupation_id = ?').get(occupationId) as Wear | undefined) ?? {
    physical: 0,
    night: 0,
    isolation: 0,
    emotional: 0,
  };
}

export function gridsOverview(db: Database.Database): GridOverview[] {
  const occupations = db.prepare('SELECT id, key, label, rome_code AS romeCode FROM occupation').all() as { id: number; key: string; label: string; romeCode: string | null }[];
  const grids = db
    .prepare(
      `SELECT g.id, g.occupation_id AS occupationId, g.structure_id AS structureId, s.name AS structureName,
        (SELECT count(*) FROM grid_requirement r WHERE r.grid_id = g.id) AS n
       FROM competency_grid g LEFT JOIN structure s ON s.id = g.structure_id`,
    )
    .all() as { id: number; occupationId: number; structureId: number | null; structureName: string | null; n: number }[];
  return occupations
    .map((o) => {
      const own = grids.filter((g) => g.occupationId === o.id);
      const reference = own.find((g) => g.structureId === null);
      const wear = wearOf(db, o.id);
      return {
        occupationId: o.id,
        key: o.key,
        label: o.label,
        romeCode: o.romeCode,
        isRegulated: isRegulatedOccupation(o.key),
        wear,
        wearScore: wearScore(wear),
        referenceGridId: reference?.id ?? null,
        requirementCount: reference?.n ?? 0,
        employerGrids: own
          .filter((g) => g.structureId !== null)
          .map((g) => ({ gridId: g.id, structureId: g.structureId ?? 0, structureName: g.structureName ?? '' }))
          .sort((a, b) => collator.compare(a.structureName, b.structureName)),
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

const touch = (db: Database.Database, gridId: number, now: Date) => db.prepare('UPDATE competency_grid SET updated_at = ? WHERE id = ?').run(now.toISOString(), gridId);

export function setRequirement(db: Database.Database, gridId: number, competencyId: number, level: number, isCore: boolean | undefined, now: Date): Grid {
  getGrid(db, gridId);
  if (!db.prepare('SELECT 1 FROM competency WHERE id = ?').get(competencyId)) fail('NOT_FOUND', 'Cette compétence n’existe plus : rechargez la grille.');
  const maxLevel = (db.prepare('SELECT max(level) AS n FROM competency_level').get() as { n: number }).n;
  if (level > maxLevel) fail('VALIDATION', `Le niveau ${level} n’existe pas : l’échelle de ce fichier va de 1 à ${maxLevel} (0 pour « non concerné »).`);
  db.transaction(() => {
    if (level === 0) db.prepare('DELETE FROM grid_requirement WHERE grid_id = ? AND competency_id = ?').run(gridId, competencyId);
    else
      db.prepare(
        `INSERT INTO grid_requirement (grid_id, competency_id, level, is_core) VALUES (?, ?, ?, ?)
         ON CONFLICT (grid_id, competency_id) DO UPDATE SET level = excluded.level, is_core = coalesce(?, is_core)`,
      ).run(gridId, competencyId, level, isCore ? 1 : 0, isCore === undefined ? null : isCore ? 1 : 0);
    touch(db, gridId, now);
  })();
  return getGrid(db, gridId);
}

/** Replaces the content of `gridId` with `sourceGridId`'s, in one statement set inside a transaction. */
export function copyGrid(db: Database.Database, gridId: number, sourceGridId: number, now: Date): Grid {
  getGrid(db, gridId);
  getGrid(db, sourceGridId);
  if (gridId === sourceGridId) fail('VALIDATION', 'Choisissez une autre grille que celle que vous modifiez.');
  db.transaction(() => {
    db.prepare('DELETE FROM grid_requirement WHERE grid_id = ?').run(gridId);
    db.prepare('INSERT INTO grid_requirement (grid_id, competency_id, level, is_core) SELECT ?, competency_id, level, is_core FROM grid_requirement WHERE grid_id = ?').run(gridId, sourceGridId);
    touch(db, gridId, now);
  })();
  return getGrid(db, gridId);
}

export function referenceGridId(db: Database.Database, occupationId: number, now: Date): number {
  const row = db.prepare('SELECT id FROM competency_grid WHERE occupation_id = ? AND structure_id IS NULL').get(occupationId) as { id: number } | undefined;
  if (row) return row.id;
  if (!db.prepare('SELECT 1 FROM occupation WHERE id = ?').get(occupationId)) fail('NOT_FOUND', 'Ce métier n’existe plus : rechargez la liste.');
  const stamp = now.toISOString();
  return Number(db.prepare('INSERT INTO competency_grid (occupation_id, structure_id, created_at, updated_at) VALUES (?, NULL, ?, ?)').run(occupationId, stamp, stamp).lastInsertRowid);
}

export function createEmployerGrid(db: Database.Database, occupationId: number, structureId: number, now: Date): Grid {
  if (!db.prepare('SELECT 1 FROM structure WHERE id = ?').get(structureId)) fail('NOT_FOUND', 'Cette structure n’existe plus : rechargez la liste.');
  const existing = db.prepare('SELECT id FROM competency_grid WHERE occupation_id = ? AND structure_id = ?').get(occupationId, structureId) as { id: number } | undefined;
  if (existing) fail('CONFLICT', 'Cette structure a déjà sa grille pour ce métier : ouvrez-la dans la liste.');
  const stamp = now.toISOString();
  const gridId = db.transaction(() => {
    const reference = referenceGridId(db, occupationId, now);
    const created = Number(db.prepare('INSERT INTO competency_grid (occupation_id, structure_id, created_at, updated_at) VALUES (?, ?, ?, ?)').run(occupationId, structureId, stamp, stamp).lastInsertRowid);
    db.prepare('INSERT INTO grid_requirement (grid_id, competency_id, level, is_core) SELECT ?, competency_id, level, is_core FROM grid_requirement WHERE grid_id = ?').run(created, reference);
    return created;
  })();
  return getGrid(db, gridId);
}

export function deleteEmployerGrid(db: Database.Database, gridId: number): void {
  const grid = getGrid(db, gridId);
  if (grid.structureId === null) fail('VALIDATION', 'La grille de référence d’un métier ne se supprime pas ; supprimez plutôt les grilles des employeurs.');
  db.prepare('DELETE FROM competency_grid WHERE id = ?').run(gridId);
}

export function setWear(db: Database.Database, occupationId: number, wear: Wear): void {
  db.prepare(
    `INSERT INTO occupation_wear (occupation_id, physical, night, isolation, emotional) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (occupation_id) DO UPDATE SET physical = excluded.physical, night = excluded.night, isolation = excluded.isolation, emotional = excluded.emotional`,
  ).run(occupationId, wear.physical, wear.night, wear.isolation, wear.emotional);
}

/** The grid of a job: the employer's own when it has one, else the occupation's reference grid. */
export function gridOfJob(db: Database.Database, occupationId: number, structureId: number | null): { gridId: number | null; source: 'employer' | 'reference'; requirements: Requirement[] } {
  if (structureId !== null) {
    const own = db.prepare('SELECT id FROM competency_grid WHERE occupation_id = ? AND structure_id = ?').get(occupationId, structureId) as { id: number } | undefined;
    if (own) return { gridId: own.id, source: 'employer', requirements: requirementsOf(db, own.id) };
  }
  const reference = db.prepare('SELECT id FROM competency_grid WHERE occupation_id = ? AND structure_id IS NULL').get(occupationId) as { id: number } | undefined;
  return { gridId: reference?.id ?? null, source: 'reference', requirements: reference ? requirementsOf(db, reference.id) : [] };
}
