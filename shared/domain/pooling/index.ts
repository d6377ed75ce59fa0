// Public API of the CDD consolidation and job-pooling analysis (issue 3, sections 4–5).
// Pure functions: feed them the SQL rows ({ structureId, occupationKey, month, hours, contracts }),
// the structures and occupations of the file, a period and the settings.
export type {
  AnalysisPart,
  AreaMode,
  CddVolume,
  ConsolidatedFamily,
  ConsolidatedOccupation,
  Consolidation,
  ConsolidationCell,
  DemandAnalysis,
  DistanceKm,
  DrillDownLine,
  Month,
  MonthlySeries,
  MonthVolume,
  Period,
  PooledPositionProposal,
  PoolingAnalysis,
  PoolingAnalysisOptions,
  PoolingArea,
  PoolingFilter,
  PoolingInput,
  PoolingOccupation,
  PoolingSeriesInput,
  PoolingSettings,
  PoolingStructure,
  PositionsOccupancy,
  ProposalMonth,
  Recurrence,
  Volume,
} from './types';
export { DEFAULT_FTE_HOURS_PER_YEAR, DEFAULT_POOLING_SETTINGS, resolvePoolingSettings } from './settings';
export { isMonth, monthsOfPeriod, periodOfMonths } from './months';
export { consolidate, consolidateSeries, drillDown, drillDownSeries } from './consolidation';
export { occupancyOfPositions, positionsTable, recommendedPositions } from './occupancy';
export { assignMonth } from './assignment';
export { recurrenceOf } from './recurrence';
export { analysePooling, analysePoolingSeries } from './analysis';
export { DEFAULT_MAX_PROPOSALS_PER_OCCUPATION } from './proposals';
export { proposalPlan } from './plan';
export { mergeAnalysisParts } from './parts';
export { areaKey } from './areas';
export { distanceBetweenCentres } from './distance';
export { demandSentence, proposalSentence, formatFte, formatHours } from './sentences';
export { fteOf, seriesOf } from './prepare';
