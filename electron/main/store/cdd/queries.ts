import type Database from 'better-sqlite3';
import type { CddFilters, MissingStructures } from '../../../../shared/api/cdd';
import type { LocatedStructure } from '../../../../shared/domain/location';
import { monthPositions, monthsOfPeriod } from '../../../../shared/domain/pooling/months';
import type { CddVolume, MonthlySeries, Period, PoolingFilter, PoolingOccupation, PoolingSeriesInput, PoolingStructure } from '../../../../shared/domain/pooling/types';

export type ParsedFilters = Required<{ [K in keyof NonNullable<CddFilters>]-?: NonNullable<NonNullable<CddFilters>[K]> }>;

const nonEmpty = (list: readonly unknown[]) => (list.length > 0 ? JSON.stringify(list) : null);

/** The FROM … WHERE of the CDD rows of a period: filters run in SQL (joined on structure and occupation only when one needs it). */
function volumeSource(period: Period, filters: ParsedFilters) {
  const params = {
    from: period.from,
    to: period.to,
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
    'e.month BETWEEN @from AND @to',
    params.types !== null ? 's.type IN (SELECT value FROM json_each(@types))' : '',
    params.fields !== null ? 's.field IN (SELECT value FROM json_each(@fields))' : '',
    params.epcis !== null ? 's.epci_code IN (SELECT value FROM json_each(@epcis))' : '',
    params.families !== null ? 'o.family IN (SELECT value FROM json_each(@families))' : '',
    params.keys !== null ? 'o.key IN (SELECT value FROM json_each(@keys))' : '',
    params.ids !== null ? 'e.structure_id IN (SELECT value FROM json_each(@ids))' : '',
  ].filter((condition) => condition !== '');
  // Built from fixed fragments only; every value is a bound parameter.
  const from = `FROM cdd_entry e
    ${needsOccupation ? 'JOIN occupation o ON o.id = e.occupation_id' : ''}
    ${needsStructure ? 'JOIN structure s ON s.id = e.structure_id' : ''}
    WHERE ${conditions.join(' AND ')}`;
  const usedParams = Object.fromEntries(Object.entries(params).filter(([key, value]) => key === 'from' || key === 'to' || value !== null));
  return { from, params: usedParams };
}

const occupationKeysById = (db: Database.Database) => new Map((db.prepare('SELECT id, key FROM occupation').all() as { id: number; key: string }[]).map((row) => [row.id, row.key]));

/**
 * The CDD rows of the period summed per structure, occupation and month: what the pure
 * consolidation and pooling analysis read. Filters run in SQL (joined on structure and
 * occupation) so a regional file only sends the rows that matter to JavaScript.
 */
export function loadVolumes(db: Database.Database, period: Period, filters: ParsedFilters): CddVolume[] {
  const { from, params } = volumeSource(period, filters);
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

/** SQLite's SUM of REAL values (Kahan–Babuška–Neumaier, sqlite3 func.c), so a sum made here equals the one SQL would return. */
function sqliteSum(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  let error = 0;
  for (let i = from; i < to; i += 1) {
    const value = values[i]!;
    const next = sum + value;
    error += Math.abs(sum) > Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return Number.isFinite(error) ? sum + error : sum;
}

/** A comma-separated list of numbers as SQLite writes them (round-trip exact; "Inf" for an infinite REAL). */
function numbersOf(text: string | null): number[] {
  if (text === null || text === '') return [];
  try {
    return JSON.parse(`[${text}]`) as number[];
  } catch {
    return text.split(',').map((item) => (item === 'Inf' ? Infinity : item === '-Inf' ? -Infinity : Number(item)));
  }
}

/**
 * The same rows as loadVolumes, already laid out as one monthly series per occupation and
 * structure (Float64Array, one slot per month of the period), for a regional file: SQLite
 * groups by occupation and month along the covering index and hands each group's structures and
 * hours as two lists, so about 1.3 M rows cross to JavaScript as some 15,000 strings instead of
 * 1.3 M arrays. Rows of the same structure (several reasons) are summed as SQL's SUM would, in
 * the index's order; series come in the order of their first row, as loadVolumes' rows would.
 * Contracts are read only when asked (the consolidation shows them; the analysis does not).
 */
export function loadPoolingSeries(
  db: Database.Database,
  period: Period,
  filters: ParsedFilters,
  options: { contracts?: boolean } = {},
): Pick<PoolingSeriesInput, 'series' | 'ignoredVolumes'> {
  const { from, params } = volumeSource(period, filters);
  const withContracts = options.contracts ?? false;
  const sql = `SELECT e.occupation_id, e.month, group_concat(e.structure_id), group_concat(e.hours)${withContracts ? ', group_concat(ifnull(e.contracts, 0))' : ''}
    ${from} GROUP BY e.occupation_id, e.month ORDER BY e.occupation_id, e.month`;
  const keys = occupationKeysById(db);
  const months = monthsOfPeriod(period);
  const slots = monthPositions(months);
  const series: MonthlySeries[] = [];
  let ignoredVolumes = 0;
  let occupationId: number | null = null;
  // The current occupation's series by structure id: a dense array for the usual small integer ids.
  let dense: (MonthlySeries | undefined)[] = [];
  let sparse = new Map<number, MonthlySeries>();
  const isDense = (id: number) => Number.isInteger(id) && id >= 0 && id < 1 << 22;
  for (const row of db.prepare(sql).raw().iterate(params) as IterableIterator<[number, string, string, string, string?]>) {
    const [rowOccupation, month, idsText, hoursText, contractsText] = row;
    if (rowOccupation !== occupationId) {
      occupationId = rowOccupation;
      dense = [];
      sparse = new Map();
    }
    const occupationKey = keys.get(rowOccupation);
    const slot = slots.get(month);
    let ids = numbersOf(idsText);
    let hours = numbersOf(hoursText);
    let contracts = withContracts ? numbersOf(contractsText ?? null) : null;
    // The covering index gives them by structure then hours; a join may not: put them in that order.
    let sorted = true;
    for (let i = 1; i < ids.length && sorted; i += 1) sorted = ids[i - 1]! < ids[i]! || (ids[i - 1] === ids[i] && hours[i - 1]! <= hours[i]!);
    if (!sorted) {
      const order = ids.map((_, j) => j).sort((a, b) => ids[a]! - ids[b]! || hours[a]! - hours[b]!);
      const [oldIds, oldHours, oldContracts] = [ids, hours, contracts];
      ids = order.map((j) => oldIds[j]!);
      hours = order.map((j) => oldHours[j]!);
      contracts = oldContracts ? order.map((j) => oldContracts[j]!) : null;
    }
    for (let i = 0; i < ids.length; ) {
      const structureId = ids[i]!;
      let end = i + 1;
      while (end < ids.length && ids[end] === structureId) end += 1;
      // One row: SUM gives the value itself (0 + value, as SQL's sum starts from 0: -0 becomes 0).
      const sum = end === i + 1 ? 0 + hours[i]! : sqliteSum(hours, i, end);
      let contractSum = 0;
      if (contracts) for (let j = i; j < end; j += 1) contractSum += contracts[j]!;
      i = end;
      // As loadVolumes + prepare: an unknown occupation or a sum that is not a number ≥ 0 is counted, not used.
      if (occupationKey === undefined || !(sum >= 0) || !Number.isFinite(sum)) {
        ignoredVolumes += 1;
        continue;
      }
      if (slot === undefined) continue;
      let line = isDense(structureId) ? dense[structureId] : sparse.get(structureId);
      if (!line) {
        line = { occupationKey, structureId, hours: new Float64Array(months.length), contracts: withContracts ? new Float64Array(months.length) : null };
        if (isDense(structureId)) dense[structureId] = line;
        else sparse.set(structureId, line);
        series.push(line);
      }
      line.hours[slot] = sum;
      if (line.contracts) line.contracts[slot] = contractSum;
    }
  }
  return { series, ignoredVolumes };
}

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
  return db.prepare('SELECT key, label, family FROM occupation').all() as PoolingOccupation[];
}

/** First and last month with CDD data. */
export function dataRange(db: Database.Database): Period | null {
  const row = db.prepare('SELECT MIN(month) AS first, MAX(month) AS last FROM cdd_entry').get() as { first: string | null; last: string | null };
  return row.first && row.last ? { from: row.first, to: row.last } : null;
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
