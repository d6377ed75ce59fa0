import type Database from 'better-sqlite3';

/** Rows per statement: 100 rows of 21 columns stay far below SQLite's 32,766 parameters. */
export const bulkBatchSize = 100;

/**
 * Inserts rows a hundred per statement: an import of ten thousand structures, their contacts and
 * membership years made 30,000 statements, and their binding and setting up cost a fifth of the
 * commit. `head` is « INSERT INTO t (a, b) », `tail` an optional ON CONFLICT clause. Each
 * statement is all or nothing, inside the caller's transaction.
 */
export function bulkInserter(head: string, columnCount: number, tail = '') {
  const statements = new WeakMap<Database.Database, Map<number, Database.Statement<unknown[]>>>();
  const statementFor = (db: Database.Database, rowCount: number) => {
    const byCount = statements.get(db) ?? new Map<number, Database.Statement<unknown[]>>();
    statements.set(db, byCount);
    let statement = byCount.get(rowCount);
    if (!statement) {
      const row = `(${Array.from({ length: columnCount }, () => '?').join(', ')})`;
      statement = db.prepare<unknown[]>(`${head} VALUES ${Array.from({ length: rowCount }, () => row).join(', ')} ${tail}`);
      byCount.set(rowCount, statement);
    }
    return statement;
  };
  /** `rows`: one array of `columnCount` values each; `onBatchFailed` may explain the failure of a batch (then rethrown). */
  return (db: Database.Database, rows: readonly unknown[][], onBatchFailed?: (batch: readonly unknown[][], error: unknown) => void): void => {
    for (let start = 0; start < rows.length; start += bulkBatchSize) {
      const batch = rows.slice(start, start + bulkBatchSize);
      try {
        statementFor(db, batch.length).run(...batch.flat());
      } catch (error) {
        onBatchFailed?.(batch, error);
        throw error;
      }
    }
  };
}
