// The inputs and outputs of the CDD consolidation and the job-pooling analysis (DOMAIN.md,
// workflow 2; issue 3, sections 4–5). Shaped so the store can feed SQL rows straight in.
import type { OccupationFamily } from '../occupations/families';
import type { InterventionField, StructureType } from '../structure';

/** A calendar month, "YYYY-MM" (ARCHITECTURE.md: months as `YYYY-MM`). */
export type Month = string;

/** Inclusive range of months, e.g. { from: '2025-01', to: '2025-12' } (12 months). */
export type Period = { from: Month; to: Month };

/** One row of the CDD table: the hours of fixed-term contracts one structure used for one occupation in one month. */
export type CddVolume = {
  structureId: number;
  occupationKey: string;
  month: Month;
  hours: number;
  /** Number of contracts; optional because some members only send hours. */
  contracts?: number | null;
};

/** What the analysis needs to know about a structure (a subset of the register row). */
export type PoolingStructure = {
  id: number;
  name: string;
  type: StructureType | null;
  field: InterventionField | null;
  /** SIREN code of the EPCI; '' when the commune is unknown (then the structure is in no EPCI area). */
  epciCode: string;
  epciName?: string;
  communeCode: string;
  lat?: number | null;
  lon?: number | null;
};

/** What the analysis needs to know about an occupation (a subset of the file's occupation row). */
export type PoolingOccupation = {
  key: string;
  label: string;
  family: OccupationFamily;
  /**
   * A regulated profession (ROME `emploi_reglemente`: aide-soignant, infirmier…) needs its own
   * diploma: it is never pooled with another occupation, so it never joins its family's sum.
   */
  isRegulated?: boolean;
};

/** Distance in km between two structures (e.g. between their communes' centres); null when unknown. */
export type DistanceKm = (a: PoolingStructure, b: PoolingStructure) => number | null;

export type PoolingSettings = {
  /** Hours of one FTE in a year: 1,607 (French legal reference) by default; 1,820 is the other usual divisor. */
  fteHoursPerYear: number;
  /** Most hours one full-time person can work in a month; fteHoursPerYear / 12 when not given. */
  maxHoursPerMonth: number;
  /** An occupation is a candidate from this combined FTE over the period (in the area). */
  minCombinedFte: number;
  /** …used by at least this many structures… */
  minStructures: number;
  /** …and when one pooled full-time position would be busy at least this share of its hours (0–1). */
  minOccupancy: number;
  /** Pooled positions may join structures within this distance (needs a distance function); null = same EPCI only. */
  maxDistanceKm: number | null;
  /** Search bound: per occupation and area, only the structures with the most hours are combined. */
  maxStructuresPerArea: number;
  /** Most pooled positions whose occupancy is listed (k = 1..n). */
  maxPositions: number;
  /** Proposals kept per occupation and area, best first. */
  maxProposalsPerArea: number;
};

/** Narrows the data before consolidation or analysis; an absent or empty list means "all". */
export type PoolingFilter = {
  structureTypes?: StructureType[];
  fields?: InterventionField[];
  epciCodes?: string[];
  families?: OccupationFamily[];
  occupationKeys?: string[];
  structureIds?: number[];
};

/** Everything the consolidation and the analysis read. */
export type PoolingInput = {
  volumes: readonly CddVolume[];
  structures: readonly PoolingStructure[];
  occupations: readonly PoolingOccupation[];
  period: Period;
  settings?: Partial<PoolingSettings>;
  filter?: PoolingFilter;
  /** When given with settings.maxDistanceKm, pooled positions may cross EPCI borders. */
  distanceKm?: DistanceKm;
};

/** One structure's hours for one occupation, one slot per month of the period, already summed (what the store reads in bulk). */
export type MonthlySeries = {
  occupationKey: string;
  structureId: number;
  hours: Float64Array;
  /** Contracts per month; only the consolidation reads them (absent = none). */
  contracts?: Float64Array | null;
  /** Σ hours, when the caller summed them in another order than month by month. */
  total?: number;
};

/** The compact input: the same as PoolingInput with per-(occupation, structure) monthly series instead of rows. */
export type PoolingSeriesInput = Omit<PoolingInput, 'volumes'> & {
  /** In any order (the analysis puts them in its own). */
  series: readonly MonthlySeries[];
  /** Rows the store could not count (unknown occupation, hours not a number ≥ 0). */
  ignoredVolumes?: number;
};

// ---- Consolidation (issue 3, section 4) ----

export type Volume = { hours: number; fte: number; contracts: number };
export type MonthVolume = Volume & { month: Month };

export type ConsolidatedOccupation = {
  occupationKey: string;
  label: string;
  family: OccupationFamily;
  /** One entry per month of the period, in order (zeros included). */
  byMonth: MonthVolume[];
  /** Over the period: fte = hours / (fteHoursPerYear × months / 12). */
  total: Volume;
  structureCount: number;
};

export type ConsolidatedFamily = {
  family: OccupationFamily;
  label: string;
  byMonth: MonthVolume[];
  total: Volume;
  structureCount: number;
};

export type Consolidation = {
  period: Period;
  months: Month[];
  hoursPerFte: number;
  occupations: ConsolidatedOccupation[];
  families: ConsolidatedFamily[];
  /** Column totals, all occupations together. */
  byMonth: MonthVolume[];
  total: Volume;
  structureCount: number;
  /** Volumes whose occupation or structure is not in the input lists (reported, not counted). */
  ignoredVolumes: number;
};

/** One cell of the consolidated grid; absent keys mean "all" (e.g. { occupationKey } = the row total). */
export type ConsolidationCell = { occupationKey?: string; family?: OccupationFamily; month?: Month };

export type DrillDownLine = {
  structureId: number;
  name: string;
  epciCode: string;
  hours: number;
  fte: number;
  contracts: number;
};

// ---- Pooling analysis (issue 3, section 5) ----

/** The whole territory, or one EPCI, or the structures within a distance of each other. */
export type PoolingArea =
  | { kind: 'territory' }
  | { kind: 'epci'; epciCode: string; epciName: string }
  | { kind: 'distance'; maxDistanceKm: number };

export type AreaMode = 'territory' | 'epci' | 'both';

/** How busy k pooled full-time positions would be (see occupancy.ts for the formula). */
export type PositionsOccupancy = {
  positions: number;
  servedHours: number;
  unservedHours: number;
  /** servedHours / (positions × maxHoursPerMonth × months), in [0, 1]. */
  occupancy: number;
};

/** The analysis of one occupation (or one family) in one area. */
export type DemandAnalysis = {
  subject: { kind: 'occupation'; occupationKey: string; label: string; family: OccupationFamily } | { kind: 'family'; family: OccupationFamily; label: string };
  area: PoolingArea;
  /** Combined hours over the period. */
  hours: number;
  combinedFte: number;
  structureCount: number;
  peak: { month: Month; hours: number };
  trough: { month: Month; hours: number };
  positions: PositionsOccupancy[];
  /** The most positions that stay at or above minOccupancy (0 when even one does not). */
  recommendedPositions: number;
  isCandidate: boolean;
  /** Why it is not a candidate, in French (empty for a candidate). */
  reasons: string[];
  /** Ranking key: higher is better (see occupation-analysis.ts). */
  score: number;
  /** The sentence a coordinator can paste in a report. */
  sentence: string;
};

export type Recurrence =
  /** The need appears in at least two of the years the data covers. */
  | { status: 'recurring'; years: string[] }
  /** The data covers fewer than two years: recurrence cannot be checked ("une seule année de données"). */
  | { status: 'single-year-data'; years: string[] }
  /** The data covers two years or more but the need appears in only one. */
  | { status: 'one-off'; years: string[] };

export type ProposalMonth = {
  month: Month;
  /** Hours the pooled person would work for each structure this month (largest need first, up to the cap). */
  byStructure: { structureId: number; hours: number }[];
  demandHours: number;
  servedHours: number;
  unservedHours: number;
  /** servedHours / maxHoursPerMonth. */
  occupancy: number;
};

/**
 * A concrete pooled position: one full-time person shared by 2 or 3 structures of the same area.
 * Its month-by-month plan (ProposalMonth[]) is asked for separately, for the proposal the
 * coordinator opens: a regional file has thousands of proposals of 120 months each.
 */
export type PooledPositionProposal = {
  occupationKey: string;
  label: string;
  area: PoolingArea;
  structures: { structureId: number; name: string; hours: number; recurrence: Recurrence }[];
  /** Largest distance between two of the structures, when a distance function was given. */
  maxDistanceKm: number | null;
  /** Months when the structures' needs together exceed what one person can work (0.5 h or more left to CDDs), and the worst. */
  monthsWithUnservedHours: number;
  worstUnservedMonth: { month: Month; hours: number } | null;
  demandHours: number;
  servedHours: number;
  /** Demand left to CDDs because the structures' needs coincide (the overlap). */
  unservedHours: number;
  /** servedHours / (maxHoursPerMonth × months), in [0, 1]. */
  occupancy: number;
  /** Every structure's need recurs (or the data covers one year only, then flagged). */
  recurrence: Recurrence['status'];
  isCandidate: boolean;
  /** Why it is not a candidate, in French. */
  reasons: string[];
  /** What the coordinator should check before proposing it, in French (e.g. one year of data only). */
  warnings: string[];
  score: number;
  sentence: string;
};

/** What to analyse; everything by default. */
export type PoolingAnalysisOptions = {
  /** Occupations per whole territory, per EPCI, or both (default). */
  areas?: AreaMode;
  /** Also analyse occupation families (default true). */
  withFamilies?: boolean;
  /** Concrete positions for these occupations; by default for every occupation that is a candidate in some area. [] = none. */
  proposalsFor?: string[];
  /** Most proposals per occupation, all areas together (default 25, best first). */
  maxProposalsPerOccupation?: number;
  /**
   * Only this share of the work (see parts.ts): part `index` of `count` analyses its occupations
   * and their proposals, part 0 the families too; mergeAnalysisParts() puts the parts together.
   */
  part?: AnalysisPart;
};

/** One of `count` shares of an analysis, run side by side (one per processor core). */
export type AnalysisPart = { index: number; count: number };

export type PoolingAnalysis = {
  period: Period;
  months: Month[];
  settings: PoolingSettings;
  /** Occupations (and areas), candidates first, then by score. */
  occupations: DemandAnalysis[];
  families: DemandAnalysis[];
  /** Concrete pooled positions for the candidate occupations, best first. */
  proposals: PooledPositionProposal[];
};
