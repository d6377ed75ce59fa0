import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';

describe('migration 004 (structure location)', () => {
  const tempFolder = useTempFolder();

  it('a file at version 3 with structures and CDD data is migrated, keeps its data, and its structures are not located yet', async () => {
    const folder = tempFolder();
    let before: { structure: unknown[]; cdd: unknown[] } = { structure: [], cdd: [] };
    const path = oldAssociationFile(folder, 'registre.passerelles', 3, (old, stamp) => {
      old
        .prepare("INSERT INTO structure (id, name, finess_et, epci_code, source, created_at, updated_at) VALUES (7, 'EHPAD Les Tilleuls', '610000101', '200071348', 'finess', ?, ?)")
        .run(stamp, stamp);
      old.prepare("INSERT INTO occupation (id, key, label, family, created_at, updated_at) VALUES (1, 'agent-service-hospitalier', 'Agent de service', 'nonMedicalServices', ?, ?)").run(stamp, stamp);
      old.prepare("INSERT INTO cdd_entry (structure_id, occupation_id, month, hours) VALUES (7, 1, '2025-01', 120)").run();
      before = { structure: old.prepare('SELECT * FROM structure').all(), cdd: old.prepare('SELECT * FROM cdd_entry').all() };
    });

    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    const db = window.context.session.file!.db;
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(4);
    // Every earlier column and value is kept; the four new ones are empty.
    const after = db.prepare('SELECT * FROM structure').all() as Record<string, unknown>[];
    expect(after).toEqual([
      { ...(before.structure[0] as object), location_x: null, location_y: null, location_projection: null, location_source: null },
    ]);
    expect(after[0]?.source).toBe('finess');
    expect(db.prepare('SELECT structure_id, occupation_id, month, hours FROM cdd_entry').all()).toEqual([{ structure_id: 7, occupation_id: 1, month: '2025-01', hours: 120 }]);
    expect(before.cdd).toHaveLength(1);
    // STRICT table: the coordinates are REAL, the projection TEXT.
    db.prepare("UPDATE structure SET location_x = 439000, location_y = 6848000.5, location_projection = 'LAMBERT_93', location_source = 'IGN' WHERE id = 7").run();
    expect(db.prepare('SELECT location_x AS x, location_y AS y, typeof(location_x) AS t FROM structure').get()).toEqual({ x: 439000, y: 6848000.5, t: 'real' });
    expect(() => db.prepare("UPDATE structure SET location_x = 'près de Flers' WHERE id = 7").run()).toThrow();
    window.close();
  });
});
