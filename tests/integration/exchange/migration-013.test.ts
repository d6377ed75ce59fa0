import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';
import { useTempFolder } from '../../support/temp-folder';

describe('migration 013 (the exchange)', () => {
  const tempFolder = useTempFolder();

  it('a file at version 12 keeps its structures and people, and takes ads, candidates and places', async () => {
    const folder = tempFolder();
    const path = oldAssociationFile(folder, 'ancien.passerelles', 12, (old, stamp) => {
      old.prepare("INSERT INTO structure (id, name, commune_code, created_at, updated_at) VALUES (7, 'EHPAD Les Tilleuls', '61169', ?, ?)").run(stamp, stamp);
      old.prepare("INSERT INTO person (id, last_name, first_name, kind, retention_until, created_at, updated_at) VALUES (3, 'Berthelot', 'Maëlle', 'employee', '2030-01-01', ?, ?)").run(stamp, stamp);
    });
    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    expect(schemaVersionOf(window.db())).toBeGreaterThanOrEqual(13);
    expect(window.db().prepare('SELECT id, last_name AS lastName FROM person').all()).toEqual([{ id: 3, lastName: 'Berthelot' }]);
    expect(await window.call('exchange.candidates.list')).toEqual([]);

    const ad = await window.call('exchange.ads.save', { ad: { structureId: 7, title: 'Agent de service', contract: 'cdd' } });
    expect(ad).toMatchObject({ structureName: 'EHPAD Les Tilleuls', communeName: 'Flers', status: 'open' });
    const candidate = await window.call('exchange.candidates.save', { candidate: { lastName: 'Vautier', communeCode: '61169' } });
    expect(candidate).toMatchObject({ lastName: 'Vautier', communeName: 'Flers', consentScope: 'none', cv: null });
    expect(window.db().prepare('SELECT kind FROM person WHERE id = ?').get(candidate.id)).toEqual({ kind: 'candidate' });
    const place = await window.call('exchange.places.save', { place: { title: 'Gestes et postures', seats: 2 } });
    expect(place).toMatchObject({ title: 'Gestes et postures', seats: 2, status: 'open', source: 'typed' });
    // Erasing the person cascades to everything the exchange holds about them.
    window.db().prepare('DELETE FROM person WHERE id = ?').run(candidate.id);
    expect(window.db().prepare('SELECT count(*) AS n FROM candidate').get()).toEqual({ n: 0 });
    window.close();
  });
});
