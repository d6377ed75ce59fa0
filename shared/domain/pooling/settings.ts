import type { PoolingSettings } from './types';

/** 1 FTE = 1,607 hours of work a year (DOMAIN.md, "Facts"). */
export const DEFAULT_FTE_HOURS_PER_YEAR = 1607;

// The defaults encode the 2013 reading of the data: a pooled position is worth proposing when the
// combined need is at least one full-time person, comes from two structures or more, and would
// keep that person busy three quarters of the time.
const defaults = {
  fteHoursPerYear: DEFAULT_FTE_HOURS_PER_YEAR,
  minCombinedFte: 1,
  minStructures: 2,
  minOccupancy: 0.75,
  maxDistanceKm: null,
  maxStructuresPerArea: 12,
  maxPositions: 10,
  maxProposalsPerArea: 5,
} satisfies Omit<PoolingSettings, 'maxHoursPerMonth'>;

/** Fills the settings a person left unset; maxHoursPerMonth follows fteHoursPerYear unless given. */
export function resolvePoolingSettings(partial: Partial<PoolingSettings> = {}): PoolingSettings {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined)) as Partial<PoolingSettings>;
  const fteHoursPerYear = positiveOr(defined.fteHoursPerYear, defaults.fteHoursPerYear);
  return {
    ...defaults,
    ...defined,
    fteHoursPerYear,
    maxHoursPerMonth: positiveOr(defined.maxHoursPerMonth, fteHoursPerYear / 12),
    maxStructuresPerArea: Math.max(2, Math.floor(defined.maxStructuresPerArea ?? defaults.maxStructuresPerArea)),
    maxPositions: Math.max(1, Math.floor(defined.maxPositions ?? defaults.maxPositions)),
  };
}

const positiveOr = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback);
