import type Database from 'better-sqlite3';
import { personalDataSources, type PersonalDataSource } from '../../../electron/main/store/privacy/sources';

/**
 * A feature's data about a person as the other features will declare it: a table that references
 * the person (erased by cascade) and a copy elsewhere that only the source's `erase` removes.
 */
export function addNotesSource(db: Database.Database): () => void {
  db.exec(`CREATE TABLE IF NOT EXISTS test_note (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE, text TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS test_mailing (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL, address TEXT NOT NULL) STRICT;`);
  const source: PersonalDataSource = {
    id: 'test-notes',
    label: 'Notes d’entretien',
    rowsAbout: (file, personId) =>
      file.prepare('SELECT id AS "N°", text AS "Note" FROM test_note WHERE person_id = ? ORDER BY id').all(personId) as Array<Record<string, string | number | null>>,
    erase: (file, personId) => {
      file.prepare('DELETE FROM test_mailing WHERE person_id = ?').run(personId);
    },
  };
  personalDataSources.push(source);
  return () => {
    const index = personalDataSources.indexOf(source);
    if (index >= 0) personalDataSources.splice(index, 1);
  };
}
