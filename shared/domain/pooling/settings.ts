import type { PoolingSettings } from './types';

/** 1 FTE = 1,607 hours of work a year (DOMAIN.md, "Facts"). */
export const DEFAULT_FTE_HOURS_PER_YEAR = 1607;

// The defaults encode the 2013 reading of the data: a pooled position is worth proposing when the
// combined need is at least one full-time person, comes from two structures or more, and would
// keep that person busy three quarters of the time.
const defaults: Omit<PoolingSettings, 'maxHoursPerMonth'> = {
  fteHoursPerYear: DEFAULT_FTE_HOURS_PER_YEAR,
  minCombinedFte: 1,
  minStructures: 2,
  minOccupancy: 0.75,
  maxDistanceKm: null,
  maxStructuresPerArea: 12,
  maxPositions: 10,
  maxProposalsPerArea: 5,
};

/** Fills the settings a person left unset; maxHoursPerMonth follows fteHoursPerYear unless given. */
export function resolvePoolingSettings(partial: Partial<PoolingSettings> = {}): PoolingSettings {
  const fteHoursPerYear = positiveOr(partial.fteHoursPerYear, defaults.fteHoursPerYear);
  return {
    fteHoursPerYear,
    maxHoursPerMonth: positiveOr(partial.maxHoursPerMonth, fteHoursPerYear / 12),
    minCombinedFte: nonNegativeOr(partial.minCombinedFte, defaults.minCombinedFte),
    minStructures: nonNegativeOr(partial.minStructures, defaults.minStructures),
    minOccupancy: Math.min(1, nonNegativeOr(partial.minOccupancy, defaults.minOccupancy)),
    // null is a choice (same EPCI only); undefined means "not set".
    maxDistanceKm: partial.maxDistanceKm === undefined ? defaults.maxDistanceKm : partial.maxDistanceKm === null ? null : nonNegativeOr(partial.maxDistanceKm, 0),
    maxStructuresPerArea: Math.max(2, Math.floor(positiveOr(partial.maxStructuresPerArea, defaults.maxStructuresPerArea))),
    maxPositions: Math.max(1, Math.floor(positiveOr(partial.maxPositions, defaults.maxPositions))),
    maxProposalsPerArea: Math.max(1, Math.floor(positiveOr(partial.maxProposalsPerArea, defaults.maxProposalsPerArea))),
  };
}

const positiveOr = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback);
const nonNegativeOr = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback);

/** The settings of a new association file. */
export const DEFAULT_POOLING_SETTINGS: Readonly<PoolingSettings> = resolvePoolingSettings();
