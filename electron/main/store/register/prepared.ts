import type Database from 'better-sqlite3';

/** A statement prepared once per open file, on first use (a file is reopened with a new connection). */
export function prepared<Params extends unknown[] = unknown[], Row = unknown>(sql: string) {
  const cache = new WeakMap<Database.Database, Database.Statement<Params, Row>>();
  return (db: Database.Database): Database.Statement<Params, Row> => {
    let statement = cache.get(db);
    if (!statement) {
      statement = db.prepare<Params, Row>(sql);
      cache.set(db, statement);
    }
    return statement;
  };
}
