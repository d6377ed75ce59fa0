import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';

describe('migration 003 (CDD)', () => {
  const tempFolder = useTempFolder();

  it('a file at version 2 with structures is migrated to 3, keeps its data and gets the occupation list', async () => {
    const folder = tempFolder();
    const path = oldAssociationFile(folder, 'registre.passerelles', 2, (old, stamp) => {
      old.prepare("INSERT INTO structure (id, name, epci_code, created_at, updated_at) VALUES (7, 'EHPAD Les Tilleuls', '200071348', ?, ?)").run(stamp, stamp);
      old.prepare("INSERT INTO setting (key, value) VALUES ('fteHoursPerYear', '1820') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    });

    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    const db = window.context.session.file!.db;
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(3);
    expect(db.prepare('SELECT id, name, epci_code AS epci FROM structure').all()).toEqual([{ id: 7, name: 'EHPAD Les Tilleuls', epci: '200071348' }]);
    // The coordinator's own divisor survives; the new thresholds get their defaults.
    expect(await window.call('settings.get')).toMatchObject({ fteHoursPerYear: 1820, minStructures: 2, minOccupancy: 0.75, maxHoursPerContractMonth: 230 });
    const occupations = await window.call('occupations.list');
    expect(occupations.find((o) => o.key === 'agent-service-hospitalier')).toMatchObject({ romeCode: 'J1301', family: 'nonMedicalServices', isCustom: false });
    expect(db.prepare('SELECT count(*) AS n FROM cdd_entry').get()).toEqual({ n: 0 });
    // CDD rows must point to real structures and occupations.
    expect(() => db.prepare("INSERT INTO cdd_entry (structure_id, occupation_id, month, hours) VALUES (999, 1, '2025-01', 1)").run()).toThrow(/FOREIGN KEY/);
    window.close();
  });
});
