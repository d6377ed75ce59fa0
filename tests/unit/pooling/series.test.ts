import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/store/migrations';
import { refreshSeries } from '../../../electron/main/store/cdd/series';
import { loadConsolidationInput, loadPoolingOccupations, loadPoolingSeries, loadPoolingStructures, loadVolumes, type ParsedFilters } from '../../../electron/main/store/cdd/queries';
import {
  analysePooling,
  analysePoolingSeries,
  consolidate,
  consolidateSeries,
  distanceBetweenCentres,
  drillDown,
  drillDownSeries,
  mergeAnalysisParts,
  monthsOfPeriod,
  seriesOf,
  type CddVolume,
  type PoolingFilter,
  type PoolingInput,
} from '../../../shared/domain/pooling';
import { occupations, structure } from './fixtures';

// The compact path (per-(occupation, structure) monthly series, what the store reads for a
// regional file) must give exactly the results of the row path, to the last bit.

const period = { from: '2023-01', to: '2025-12' };
const months = monthsOfPeriod(period);
const structures = Array.from({ length: 10 }, (_, i) =>
  structure(i + 1, { epciCode: i < 4 ? 'E1' : i < 8 ? 'E2' : '', epciName: i < 4 ? 'CC Un' : 'CC Deux', type: i % 2 ? 'saad' : 'ehpad', lat: 48.5 + i * 0.05, lon: -0.5 + (i % 3) * 0.1 }),
);

const volume = fc.record({
  structureId: fc.integer({ min: 1, max: 11 }),
  occupationKey: fc.constantFrom(...occupations.map((o) => o.key), 'inconnu'),
  month: fc.constantFrom(...months, '2022-12'),
  hours: fc.oneof(fc.double({ min: 0, max: 300, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 300 }).map((n) => n / 2)),
  contracts: fc.integer({ min: 0, max: 4 }),
}) satisfies fc.Arbitrary<CddVolume>;

const filter = fc.record(
  {
    structureTypes: fc.subarray(['ehpad', 'saad'] as const),
    epciCodes: fc.subarray(['E1', 'E2']),
    families: fc.subarray(['care', 'nonMedicalServices'] as const),
    structureIds: fc.subarray([1, 2, 3, 5, 8, 9]),
  },
  { requiredKeys: [] },
) satisfies fc.Arbitrary<PoolingFilter>;

const settings = fc.record({
  minCombinedFte: fc.constantFrom(0, 0.2, 1),
  minStructures: fc.constantFrom(1, 2),
  minOccupancy: fc.constantFrom(0, 0.3, 0.75),
  maxDistanceKm: fc.constantFrom(null, 10),
  maxStructuresPerArea: fc.constantFrom(3, 12),
});

describe('the compact series path', () => {
  it('gives the same analysis and consolidation as the row path', () => {
    fc.assert(
      fc.property(fc.array(volume, { maxLength: 400 }), filter, settings, fc.constantFrom('territory', 'epci', 'both') as fc.Arbitrary<'territory' | 'epci' | 'both'>, (rows, chosen, thresholds, areas) => {
        const input: PoolingInput = { structures, occupations, period, volumes: rows, filter: chosen, settings: thresholds, distanceKm: distanceBetweenCentres };
        const compact = seriesOf(input);
        const whole = analysePoolingSeries(compact, { areas });
        expect(whole).toStrictEqual(analysePooling(input, { areas }));
        // Run in parts side by side, then merged: the very same analysis.
        for (const count of [2, 3]) {
          const parts = Array.from({ length: count }, (_, index) => analysePoolingSeries(compact, { areas, part: { index, count } }));
          expect(mergeAnalysisParts(parts)).toStrictEqual(whole);
        }
        expect(consolidateSeries(compact)).toStrictEqual(consolidate(input));
        for (const cell of [{}, { occupationKey: occupations[0]?.key }, { family: 'care' as const, month: months[3] }, { month: '2022-12' }])
          expect(drillDownSeries(compact, cell)).toStrictEqual(drillDown(input, cell));
      }),
      { numRuns: 150 },
    );
  });
});

/** An association file's schema in memory (every migration), with the fixtures' structures and occupations. */
function cddDatabase() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const stamp = '2025-01-01T00:00:00.000Z';
  const addStructure = db.prepare('INSERT INTO structure (id, name, type, field, epci_code, epci_name, commune_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const s of structures) addStructure.run(s.id, s.name, s.type, s.field, s.epciCode, s.epciName ?? '', s.communeCode, stamp, stamp);
  const addOccupation = db.prepare('INSERT INTO occupation (id, key, label, family, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  occupations.forEach((o, i) => addOccupation.run(i + 1, o.key, o.label, o.family, stamp, stamp));
  return db;
}

const noFilters: ParsedFilters = { structureTypes: [], fields: [], epciCodes: [], families: [], occupationKeys: [], structureIds: [] };

describe('loadPoolingSeries (store)', () => {
  it('reads the same figures as loadVolumes, rows of one structure and month summed as SQL does', () => {
    // Several rows per structure, occupation and month (one per reason), in any insertion order.
    const row = fc.record({
      structureId: fc.integer({ min: 1, max: 10 }),
      // Written before or after the last refresh: read from the stored series, or summed from the rows.
      afterRefresh: fc.boolean(),
      occupationId: fc.integer({ min: 1, max: occupations.length }),
      month: fc.constantFrom(...months.slice(0, 14), '2022-11'),
      hours: fc.oneof(fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 400 }).map((n) => n / 10)),
      contracts: fc.option(fc.integer({ min: 0, max: 3 })),
    });
    const filters = fc.record({
      structureTypes: fc.subarray(['ehpad', 'saad'] as const),
      fields: fc.constant([]),
      epciCodes: fc.subarray(['E1', 'E2']),
      families: fc.subarray(['care', 'nonMedicalServices'] as const),
      occupationKeys: fc.constant([]),
      structureIds: fc.subarray([1, 2, 3, 5, 8, 9]),
    }) satisfies fc.Arbitrary<ParsedFilters>;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), fc.oneof(fc.constant(noFilters), filters), (rows, chosen) => {
        const db = cddDatabase();
        const insert = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (?, ?, ?, ?, ?)');
        for (const r of rows) if (!r.afterRefresh) insert.run(r.structureId, r.occupationId, r.month, r.contracts, r.hours);
        refreshSeries(db);
        for (const r of rows) if (r.afterRefresh) insert.run(r.structureId, r.occupationId, r.month, r.contracts, r.hours);
        const base = { structures: loadPoolingStructures(db), occupations: loadPoolingOccupations(db), period, filter: { ...chosen } };
        const input: PoolingInput = { ...base, volumes: loadVolumes(db, period, chosen) };
        const compact = { ...base, ...loadPoolingSeries(db, period, chosen, { contracts: true }) };
        expect(analysePoolingSeries(compact)).toStrictEqual(analysePooling(input));
        expect(consolidateSeries(compact)).toStrictEqual(consolidate(input));
        expect(consolidateSeries(loadConsolidationInput(db, period, chosen, undefined))).toStrictEqual(consolidate(input));
        // Without contracts (the analysis does not read them) the analysis is the same too.
        expect(analysePoolingSeries({ ...base, ...loadPoolingSeries(db, period, chosen) })).toStrictEqual(analysePooling(input));
        db.close();
      }),
      { numRuns: 100 },
    );
  });

  it('sums several rows of one month exactly as SQL SUM does (not left to right)', () => {
    const db = cddDatabase();
    const insert = db.prepare("INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (1, 1, '2023-01', 1, ?)");
    for (const hours of [0.3, 0.1, 0.2]) insert.run(hours);
    const sql = db.prepare('SELECT SUM(hours) FROM cdd_entry').pluck().get() as number;
    expect(0.1 + 0.2 + 0.3).not.toBe(sql); // 0.6000000000000001 left to right; SQL says 0.6
    const { series } = loadPoolingSeries(db, period, noFilters, { contracts: true });
    expect(series[0]?.hours[0]).toBe(sql);
    expect(series[0]?.contracts?.[0]).toBe(3);
    // The same once stored in cdd_series.
    expect(refreshSeries(db)).toBe(1);
    const stored = loadPoolingSeries(db, period, noFilters, { contracts: true }).series;
    expect(stored[0]?.hours[0]).toBe(sql);
    expect(stored[0]?.contracts?.[0]).toBe(3);
    db.close();
  });
});
