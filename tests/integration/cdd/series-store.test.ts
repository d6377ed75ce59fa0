import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { computeSeries } from '../../../electron/main/store/cdd/series';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';
import { useTempFolder } from '../../support/temp-folder';
import { importYear, openCddWindow } from './cdd-window';

const year = { from: '2025-01', to: '2025-12' };

const float64s = (blob: Buffer) => [...new Float64Array(new Uint8Array(blob).buffer)];

/** The stored series are exactly the rows summed again, none is stale, and no occupation without rows keeps one. */
function expectSeriesToMatchRows(db: Database.Database) {
  expect(db.prepare('SELECT count(*) FROM cdd_series_stale').pluck().get()).toBe(0);
  const occupationIds = db.prepare('SELECT DISTINCT occupation_id FROM cdd_entry ORDER BY 1').pluck().all() as number[];
  const expected = computeSeries(db, occupationIds).map((s) => [s.occupationId, s.firstMonth, s.monthCount, s.structureIds, [...s.hours], [...s.contracts]]);
  const stored = (db.prepare('SELECT occupation_id, first_month, month_count, structure_ids, hours, contracts FROM cdd_series ORDER BY 1').raw().all() as [number, string, number, Buffer, Buffer, Buffer][]).map(
    ([o, first, count, ids, hours, contracts]) => [o, first, count, [...new Int32Array(new Uint8Array(ids).buffer)], float64s(hours), float64s(contracts)],
  );
  expect(stored).toEqual(expected);
  return stored.length;
}

describe('the summed CDD series (migration 005)', () => {
  const tempFolder = useTempFolder();

  it('stay equal to the rows through imports, re-imports, merges and deletions', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const db = window.context.session.file!.db;
    await importYear(window, folder, [60, [10, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 5], 40]);
    expect(expectSeriesToMatchRows(db)).toBe(1);
    // One row for the occupation: 12 months for each of the 3 structures, in the order of their ids.
    const [first, count, hours] = db.prepare('SELECT first_month, month_count, hours FROM cdd_series').raw().get() as [string, number, Buffer];
    expect([first, count]).toEqual(['2025-01', 12]);
    expect(float64s(hours).slice(12, 24)).toEqual([10, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 5]);

    // Re-imported with other figures: replaced, never added.
    await importYear(window, folder, [30, 30, 30]);
    expectSeriesToMatchRows(db);
    expect((await window.call('cdd.consolidated', { period: year })).total.hours).toBe(3 * 12 * 30);

    // A second occupation, then merged into the first: one series per structure, the hours added.
    await importYear(window, folder, [30, 30, 30], ['Agent de service', 'Agent à domicile']);
    expect(expectSeriesToMatchRows(db)).toBe(2);
    const grid = await window.call('cdd.consolidated', { period: year });
    const keys = grid.occupations.map((o) => o.occupationKey);
    expect(keys).toHaveLength(2);
    await window.call('occupations.merge', { keepKey: keys[0]!, mergeKey: keys[1]! });
    expect(expectSeriesToMatchRows(db)).toBe(1);
    expect((await window.call('cdd.consolidated', { period: year })).total.hours).toBe(3 * 12 * 60);

    // A structure deleted takes its rows and its series with it.
    await window.call('structures.delete', { id: window.structures[2]!.id });
    expect(expectSeriesToMatchRows(db)).toBe(1);
    expect(db.prepare('SELECT length(structure_ids) FROM cdd_series').pluck().get()).toBe(2 * 4);
    expect((await window.call('cdd.consolidated', { period: year })).total.hours).toBe(2 * 12 * 60);
    for (const structure of window.structures.slice(0, 2)) await window.call('structures.delete', { id: structure.id });
    expect(expectSeriesToMatchRows(db)).toBe(0);
    expect(await window.call('cdd.dataRange')).toBeNull();
    window.close();
  });

  it('a change made behind the store’s back is read from the rows until the series are refreshed', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls']);
    const db = window.context.session.file!.db;
    await importYear(window, folder, [60]);
    expect(await window.call('cdd.dataRange')).toEqual(year);
    db.prepare('UPDATE cdd_entry SET hours = 100 WHERE month = ?').run('2025-03');
    expect(db.prepare('SELECT count(*) FROM cdd_series_stale').pluck().get()).toBe(1);
    // A month added behind the store's back counts in the range too.
    db.prepare("UPDATE cdd_entry SET month = '2026-02' WHERE month = '2025-12'").run();
    expect(await window.call('cdd.dataRange')).toEqual({ from: '2025-01', to: '2026-02' });
    db.prepare("UPDATE cdd_entry SET month = '2025-12' WHERE month = '2026-02'").run();
    expect((await window.call('cdd.consolidated', { period: year })).total.hours).toBe(11 * 60 + 100);
    const analysis = await window.call('cdd.analysis', { period: year, area: 'territory' });
    expect(analysis.occupations[0]?.hours).toBe(11 * 60 + 100);
    // Reopened: the file brings its series up to date.
    window.close();
    await window.reopen(window.path);
    expectSeriesToMatchRows(window.context.session.file!.db);
    window.close();
  });

  it('a file at version 4 with CDD rows gets its series computed when it is opened', async () => {
    const folder = tempFolder();
    const path = oldAssociationFile(folder, 'ancien.passerelles', 4, (old, stamp) => {
      old.prepare("INSERT INTO structure (id, name, created_at, updated_at) VALUES (7, 'EHPAD Les Tilleuls', ?, ?)").run(stamp, stamp);
      old.prepare("INSERT INTO occupation (id, key, label, family, created_at, updated_at) VALUES (3, 'agent-service-interne', 'Agent de service', 'nonMedicalServices', ?, ?)").run(stamp, stamp);
      const insert = old.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (7, 3, ?, ?, ?)');
      insert.run('2024-11', 1, 35.5);
      insert.run('2025-02', 2, 70);
      insert.run('2025-02', 1, 0.25);
    });

    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    const db = window.context.session.file!.db;
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(5);
    expect(expectSeriesToMatchRows(db)).toBe(1);
    const [first, hours] = db.prepare('SELECT first_month, hours FROM cdd_series').raw().get() as [string, Buffer];
    expect(first).toBe('2024-11');
    expect(float64s(hours)).toEqual([35.5, 0, 0, 70.25]);
    const grid = await window.call('cdd.consolidated', { period: { from: '2025-01', to: '2025-12' } });
    expect(grid.total).toMatchObject({ hours: 70.25, contracts: 3 });
    window.close();
  });
});
