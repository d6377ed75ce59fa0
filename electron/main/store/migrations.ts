import type Database from 'better-sqlite3';

export type Migration = { version: number; name: string; sql: string };

// Bundled as text by Vite (electron-vite, the test host and vitest alike): no file lookup at run time.
const sources = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

function parseMigrations(files: Record<string, string>): Migration[] {
  const list = Object.entries(files).map(([path, sql]) => {
    const match = /\/(\d{3})_([a-z0-9_]+)\.sql$/.exec(path);
    if (!match) throw new Error(`Nom de migration invalide : ${path} (attendu NNN_nom.sql)`);
    return { version: Number(match[1]), name: match[2] ?? '', sql };
  });
  list.sort((a, b) => a.version - b.version);
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migrations non contiguës : ${migration.version} en position ${index + 1}`);
  });
  return list;
}

export const migrations = parseMigrations(sources);
export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;

export const schemaVersionOf = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

/** Applies every pending migration up to `target` in one transaction: all of them or none. */
export function migrate(db: Database.Database, target = latestSchemaVersion): number[] {
  const from = schemaVersionOf(db);
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
