import type Database from 'better-sqlite3';
import type { Competency } from '../../../../shared/api/competencies';
import type { LevelDefinition } from '../../../../shared/domain/competencies/levels';
import type { CompetencyKind } from '../../../../shared/domain/competencies/rome-starter';
import { fail } from '../../errors';

export function listLevels(db: Database.Database): LevelDefinition[] {
  return db.prepare('SELECT level, label, descriptor FROM competency_level ORDER BY level').all() as LevelDefinition[];
}

export function listCompetencies(db: Database.Database): Competency[] {
  return db.prepare('SELECT id, label, kind, enjeu, code_ogr AS codeOgr, description FROM competency ORDER BY kind, enjeu, label').all() as Competency[];
}

export function createCompetency(db: Database.Database, input: { label: string; kind: CompetencyKind; description: string }, now: Date): Competency {
  const same = db.prepare('SELECT id FROM competency WHERE lower(label) = lower(?) AND kind = ?').get(input.label, input.kind);
  if (same) fail('CONFLICT', `La compétence « ${input.label} » existe déjà : choisissez-la dans la liste.`);
  const stamp = now.toISOString();
  const id = Number(db.prepare('INSERT INTO competency (label, kind, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.label, input.kind, input.description, stamp, stamp).lastInsertRowid);
  return { id, label: input.label, kind: input.kind, enjeu: '', codeOgr: null, description: input.description };
}

/** Replaces the scale; refused (nothing changed) when a level in use would disappear. */
export function updateLevels(db: Database.Database, levels: readonly LevelDefinition[]): LevelDefinition[] {
  const numbers = levels.map((l) => l.level).sort((a, b) => a - b);
  if (numbers.some((n, i) => n !== i + 1)) fail('VALIDATION', 'Les niveaux se suivent à partir de 1 (1, 2, 3…), sans trou ni doublon.');
  const max = numbers.length;
  const used = db.prepare('SELECT max(m) AS m FROM (SELECT max(level) AS m FROM grid_requirement UNION ALL SELECT max(level) FROM assessment)').get() as { m: number | null };
  if ((used.m ?? 0) > max) fail('VALIDATION', `Le niveau ${used.m ?? 0} est utilisé dans des grilles ou des évaluations : gardez au moins ${used.m ?? 0} niveaux, ou modifiez d’abord ces grilles.`);
  db.transaction(() => {
    db.prepare('DELETE FROM competency_level').run();
    const insert = db.prepare('INSERT INTO competency_level (level, label, descriptor) VALUES (?, ?, ?)');
    for (const l of levels) insert.run(l.level, l.label, l.descriptor);
  })();
  return listLevels(db);
}
