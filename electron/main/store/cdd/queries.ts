import type Database from 'better-sqlite3';
import type { CddFilters, MissingStructures } from '../../../../shared/api/cdd';
import type { LocatedStructure } from '../../../../shared/domain/location';
import { monthAt, monthIndex, monthsOfPeriod } from '../../../../shared/domain/pooling/months';
import { float64sOf, int32sOf } from './float64-blob';
import { computeSeries, staleOccupations, type OccupationSeries } from './series';
import type { CddVolume, MonthlySeries, Period, PoolingFilter, PoolingOccupation, PoolingSeriesInput, PoolingStructure } from '../../../../shared/domain/pooling/types';
import { isRegulatedRomeCode } from './seed-occupations';

export type ParsedFilters = Required<{ [K in keyof NonNullable<CddFilters>]-?: NonNullable<NonNullable<CddFilters>[K]> }>;

const nonEmpty = (list: readonly unknown[]) => (list.length > 0 ? JSON.stringify(list) : null);

/**
 * The FROM … WHERE of a CDD table (the rows, or their summed series) with the screen's filters in
 * SQL, joined on structure and occupation only when one needs it.
 */
function filteredSource(table: 'cdd_entry' | 'cdd_series', filters: ParsedFilters, period: Period | null) {
  const params = {
    from: period?.from ?? null,
    to: period?.to ?? null,
    types: nonEmpty(filters.structureTypes),
    fields: nonEmpty(filters.fields),
    epcis: nonEmpty(filters.epciCodes),
    families: nonEmpty(filters.families),
    keys: nonEmpty(filters.occupationKeys),
    ids: nonEmpty(filters.structureIds),
  };
  const needsStructure = params.types !== null || params.fields !== null || params.epcis !== null;
  const needsOccupation = params.families !== null || params.keys !== null;
  const conditions = [
    period ? 'e.month BETWEEN @from AND @to' : '',
    params.types !== null ? 's.type IN (SELECT value FROM json_each(@types))' : '',
    params.fields !== null ? 's.field IN (SELECT value FROM json_each(@fields))' : '',
    params.epcis !== null ? 's.epci_code IN (SELECT value FROM json_each(@epcis))' : '',
    params.families !== null ? 'o.family IN (SELECT value FROM json_each(@families))' : '',
    params.keys !== null ? 'o.key IN (SELECT value FROM json_each(@keys))' : '',
    params.ids !== null ? 'e.structure_id IN (SELECT value FROM json_each(@ids))' : '',
  ].filter((condition) => condition !== '');
  // Built from fixed fragments only; every value is a bound parameter.
  const from = `FROM ${table} e
    ${needsOccupation ? 'JOIN occupation o ON o.id = e.occupation_id' : ''}
    ${needsStructure ? 'JOIN structure s ON s.id = e.structure_id' : ''}
    ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
  const usedParams = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
  return { from, params: usedParams };
}

const occupationKeysById = (db: Database.Database) => new Map((db.prepare('SELECT id, key FROM occupation').all() as { id: number; key: string }[]).map((row) => [row.id, row.key]));

/**
 * The CDD rows of the period summed per structure, occupation and month: what the pure
 * consolidation and pooling analysis read. Filters run in SQL (joined on structure and
 * occupation) so a regional file only sends the rows that matter to JavaScript.
 */
export function loadVolumes(db: Database.Database, period: Period, filters: ParsedFilters): CddVolume[] {
  const { from, params } = filteredSource('cdd_entry', filters, period);
  // The GROUP BY follows the covering index (occupation_id, month, structure_id, hours, contracts): no sort, no table read.
  const sql = `SELECT e.occupation_id, e.structure_id, e.month, SUM(e.hours), SUM(e.contracts) ${from} GROUP BY e.occupation_id, e.month, e.structure_id`;
  const keys = occupationKeysById(db);
  const rows = db.prepare(sql).raw().all(params) as [number, number, string, number, number | null][];
  const volumes: CddVolume[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const [occupationId, structureId, month, hours, contracts] = rows[i]!;
    volumes[i] = { structureId, occupationKey: keys.get(occupationId) ?? '', month, hours, contracts };
  }
  return volumes;
}

/**
 * The CDD data of the period as one monthly series per occupation and structure (Float64Array,
 * one slot per month of the period): what the pooling analysis and the consolidated grid read.
 * They come summed from cdd_series (migration 005), one row per occupation: about 120 rows for a
 * regional file instead of 1.3 million. An occupation whose rows changed since its series was
 * written (a change made outside the store's transactions) is summed from cdd_entry here, so
 * nothing is read out of date. Filters on occupations run in SQL; those on structures are left to
 * prepareSeries(), which applies every filter. Contracts are read only when asked (the
 * consolidation shows them; the analysis does not).
 */
export function loadPoolingSeries(
  db: Database.Database,
  period: Period,
  filters: ParsedFilters,
  options: { contracts?: boolean } = {},
): Pick<PoolingSeriesInput, 'series' | 'ignoredVolumes'> {
  const months = monthsOfPeriod(period);
  if (months.length === 0) return { series: [], ignoredVolumes: 0 };
  const withContracts = options.contracts ?? false;
  const first = monthIndex(period.from);
  const keys = occupationKeysById(db);
  const stale = staleOccupations(db);
  const isStale = new Set(stale);
  const series: MonthlySeries[] = [];
  let ignoredVolumes = 0;

  const add = (stored: Omit<OccupationSeries, 'contracts'> & { contracts: Float64Array | null }) => {
    const occupationKey = keys.get(stored.occupationId);
    const { monthCount, structureIds } = stored;
    const offset = first - monthIndex(stored.firstMonth);
    if (occupationKey === undefined || offset >= monthCount || offset + months.length <= 0) return; // no month in the period
    // The period's months of every structure, in one buffer: one allocation per occupation, a view per structure.
    const sameSpan = offset === 0 && monthCount === months.length;
    const hours = sameSpan ? stored.hours : new Float64Array(structureIds.length * months.length);
    const contracts = !withContracts ? null : sameSpan && stored.contracts ? stored.contracts : new Float64Array(structureIds.length * months.length);
    if (!sameSpan) {
      const from = Math.max(0, offset);
      const to = Math.min(monthCount, offset + months.length);
      structureIds.forEach((_, k) => {
        hours.set(stored.hours.subarray(k * monthCount + from, k * monthCount + to), k * months.length + from - offset);
        if (contracts && stored.contracts) contracts.set(stored.contracts.subarray(k * monthCount + from, k * monthCount + to), k * months.length + from - offset);
      });
    }
    // As the row readers: a month whose hours are not a number ≥ 0 is counted, not used.
    for (let i = 0; i < hours.length; i += 1) {
      const value = hours[i]!;
      if (value >= 0 && value !== Infinity) continue;
      ignoredVolumes += 1;
      hours[i] = 0;
      if (contracts) contracts[i] = 0;
    }
    structureIds.forEach((structureId, k) => {
      const slots = [k * months.length, (k + 1) * months.length] as const;
      series.push({ occupationKey, structureId, hours: hours.subarray(...slots), contracts: contracts ? contracts.subarray(...slots) : null });
    });
  };

  const { from, params } = filteredSource('cdd_series', occupationOnly(filters), null);
  const sql = `SELECT e.occupation_id, e.first_month, e.month_count, e.structure_ids, e.hours${withContracts ? ', e.contracts' : ''} ${from}`;
  for (const [occupationId, firstMonth, monthCount, structureIds, hours, contracts] of db.prepare(sql).raw().all(params) as [number, string, number, Uint8Array, Uint8Array, Uint8Array?][]) {
    if (isStale.has(occupationId)) continue;
    add({ occupationId, firstMonth, monthCount, structureIds: int32sOf(structureIds), hours: float64sOf(hours), contracts: contracts ? float64sOf(contracts) : null });
  }
  if (stale.length > 0) for (const computed of computeSeries(db, stale)) add(computed);
  return { series, ignoredVolumes };
}

/** The filters cdd_series can apply itself: its rows are occupations. */
const occupationOnly = (filters: ParsedFilters): ParsedFilters => ({ ...filters, structureTypes: [], fields: [], epciCodes: [], structureIds: [] });

/** The consolidated grid's input (and its drill-down's): the period's series with their contracts, the structures and occupations. */
export function loadConsolidationInput(db: Database.Database, period: Period, filters: ParsedFilters, settings: PoolingSeriesInput['settings']): PoolingSeriesInput {
  return {
    ...loadPoolingSeries(db, period, filters, { contracts: true }),
    structures: loadPoolingStructures(db),
    occupations: loadPoolingOccupations(db),
    period,
    settings,
    filter: { ...filters },
  };
}

export const poolingFilterOf = (filters: ParsedFilters): PoolingFilter => ({ ...filters });

type StructureLine = PoolingStructure & { x: number | null; y: number | null; projection: string | null };

/** The structures with their FINESS location (migration 004), which distanceBetweenLocations reads. */
export function loadPoolingStructures(db: Database.Database): LocatedStructure[] {
  const rows = db
    .prepare(
      `SELECT id, name, type, field, epci_code AS epciCode, epci_name AS epciName, commune_code AS communeCode,
              location_x AS x, location_y AS y, location_projection AS projection
       FROM structure`,
    )
    .all() as StructureLine[];
  return rows.map(({ x, y, projection, ...structure }) => ({ ...structure, location: x !== null && y !== null && projection ? { x, y, projection } : null }));
}

export function loadPoolingOccupations(db: Database.Database): PoolingOccupation[] {
  const rows = db.prepare('SELECT key, label, family, rome_code AS romeCode FROM occupation').all() as (PoolingOccupation & { romeCode: string | null })[];
  return rows.map(({ romeCode, ...occupation }) => ({ ...occupation, isRegulated: isRegulatedRomeCode(romeCode) }));
}

/**
 * First and last month with CDD data, from the summed series (about 120 rows; MIN and MAX over
 * cdd_entry read all 1.3 million rows of a regional file) and the rows of stale occupations.
 */
export function dataRange(db: Database.Database): Period | null {
  let first = Infinity;
  let last = -Infinity;
  const stale = staleOccupations(db);
  const isStale = new Set(stale);
  for (const [occupationId, firstMonth, monthCount] of db.prepare('SELECT occupation_id, first_month, month_count FROM cdd_series').raw().all() as [number, string, number][]) {
    if (isStale.has(occupationId)) continue;
    first = Math.min(first, monthIndex(firstMonth));
    last = Math.max(last, monthIndex(firstMonth) + monthCount - 1);
  }
  if (stale.length > 0) {
    const rows = db.prepare('SELECT MIN(month), MAX(month) FROM cdd_entry WHERE occupation_id IN (SELECT value FROM json_each(?))').raw().get(JSON.stringify(stale)) as [string | null, string | null];
    if (rows[0] && rows[1]) {
      first = Math.min(first, monthIndex(rows[0]));
      last = Math.max(last, monthIndex(rows[1]));
    }
  }
  return Number.isFinite(first) ? { from: monthAt(first), to: monthAt(last) } : null;
}

/** The period a query covers when the screen did not choose one. */
export function defaultPeriod(db: Database.Database, now: Date): Period {
  return dataRange(db) ?? { from: `${now.getFullYear()}-01`, to: `${now.getFullYear()}-12` };
}

/**
 * Structures expected to answer for the period that have no import still counting over it:
 * those a collection workbook was prepared for, and the members of one of its years.
 */
export function missingStructures(db: Database.Database, period: Period): MissingStructures {
  const firstYear = Number(period.from.slice(0, 4));
  const lastYear = Number(period.to.slice(0, 4));
  const rows = db
    .prepare(
      `WITH sent AS (SELECT DISTINCT structure_id FROM cdd_collection WHERE period_start <= @to AND period_end >= @from),
            members AS (SELECT DISTINCT structure_id FROM membership WHERE is_member = 1 AND year BETWEEN @firstYear AND @lastYear),
            expected AS (SELECT structure_id FROM sent UNION SELECT structure_id FROM members),
            received AS (SELECT DISTINCT structure_id FROM cdd_import WHERE replaced_by IS NULL AND period_start <= @to AND period_end >= @from)
       SELECT s.id AS structureId, s.name, s.epci_name AS epciName,
              EXISTS (SELECT 1 FROM members m WHERE m.structure_id = s.id) AS isMember,
              EXISTS (SELECT 1 FROM sent x WHERE x.structure_id = s.id) AS wasSent,
              (SELECT MAX(imported_at) FROM cdd_import i WHERE i.structure_id = s.id) AS lastImportAt,
              EXISTS (SELECT 1 FROM received r WHERE r.structure_id = s.id) AS hasAnswered
       FROM expected x JOIN structure s ON s.id = x.structure_id`,
    )
    .all({ from: period.from, to: period.to, firstYear, lastYear }) as {
    structureId: number;
    name: string;
    epciName: string;
    isMember: number;
    wasSent: number;
    lastImportAt: string | null;
    hasAnswered: number;
  }[];
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  const missing = rows
    .filter((row) => row.hasAnswered === 0)
    .map(({ hasAnswered: _answered, isMember, wasSent, ...row }) => ({ ...row, isMember: isMember === 1, wasSent: wasSent === 1 }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return { period, expected: rows.length, received: rows.length - missing.length, missing };
}

export function recordCollection(db: Database.Database, files: readonly { structureId: number; fileName: string }[], period: Period, now: Date): void {
  const insert = db.prepare('INSERT INTO cdd_collection (structure_id, period_start, period_end, file_name, prepared_at) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const file of files) insert.run(file.structureId, period.from, period.to, file.fileName, now.toISOString());
  })();
}
