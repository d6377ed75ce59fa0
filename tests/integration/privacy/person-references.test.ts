import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/store/migrations';

/**
 * Erasure relies on the cascade (migration 007's rule): every table that references a person must
 * go with them. A SET NULL or a missing ON DELETE would keep a row about an erased person (a CV,
 * an assessment) with only its link cut. Checked over the whole schema, every feature's migration.
 */
describe('tables about a person', () => {
  it('all reference person (id) ON DELETE CASCADE', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    const references = tables.flatMap((table) =>
      (db.pragma(`foreign_key_list(${JSON.stringify(table)})`) as { table: string; from: string; on_delete: string }[])
        .filter((fk) => fk.table === 'person')
        .map((fk) => ({ table, column: fk.from, onDelete: fk.on_delete })),
    );
    db.close();
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((ref) => ref.onDelete !== 'CASCADE')).toEqual([]);
  });
});
