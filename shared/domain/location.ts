// Where a structure is: planar coordinates in metres, as the FINESS extract geolocates
// establishments (`geolocalisation;` lines). Lambert 93 (EPSG:2154) covers metropolitan France;
// overseas establishments are in a UTM zone (UTM_N20 for the Antilles, UTM_N22 for Guyane,
// UTM_S40 for La Réunion…). Both are metric and conformal, so within a territory the straight
// line between two points in the same projection is the distance on the ground to well under
// 1 % — as precise as a "within N km" setting needs.
import type { DistanceKm, PoolingStructure } from './pooling/types';

export type Location = {
  /** Easting, metres. */
  x: number;
  /** Northing, metres. */
  y: number;
  /** Projection code as the extract writes it, upper case: 'LAMBERT_93', 'UTM_N20', 'UTM_S40'… */
  projection: string;
};

/** A location with where it came from (the extract's source text), as the register stores it. */
export type StoredLocation = Location & { source: string };

/**
 * Projections whose X/Y are metres on a plane: Lambert (93, or the older II étendu) and UTM
 * zones. Anything else (degrees, an unknown code) cannot give a distance and is not kept.
 */
export function isMetricProjection(projection: string): boolean {
  return /^(LAMBERT_[0-9A-Z_]+|UTM_[NS][0-9]{1,2})$/.test(projection);
}

/** Straight-line distance in km; null when either point is unknown or they are not in the same projection. */
export function distanceKm(a: Location | null | undefined, b: Location | null | undefined): number | null {
  if (!a || !b || a.projection !== b.projection) return null;
  if (![a.x, a.y, b.x, b.y].every(Number.isFinite)) return null;
  return Math.hypot(b.x - a.x, b.y - a.y) / 1000;
}

/** Within a metre: the same place (the extract rounds coordinates differently from one year to the next). */
export function isSameLocation(a: Location | null | undefined, b: Location | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.projection === b.projection && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;
}

const projectionLabels: Record<string, string> = { LAMBERT_93: 'Lambert 93' };

/** 'LAMBERT_93' → 'Lambert 93', 'UTM_N20' → 'UTM 20 N'. */
export function projectionLabel(projection: string): string {
  const utm = /^UTM_([NS])([0-9]{1,2})$/.exec(projection);
  if (utm) return `UTM ${utm[2]} ${utm[1]}`;
  return projectionLabels[projection] ?? projection;
}

/** A structure row that may carry its location (see loadPoolingStructures). */
export type LocatedStructure = PoolingStructure & { location?: Location | null };

function locationOf(structure: LocatedStructure): Location | null {
  const location = structure.location;
  return location && typeof location.projection === 'string' ? location : null;
}

/**
 * The pooling analysis' distance between two structures from their stored locations (null when
 * either is not located, or not in the same projection: the analysis then falls back to "same
 * EPCI" for that pair). A plain module function over the structures' data, so an analysis run
 * elsewhere (a worker) can pass it again after the input was copied.
 */
export const distanceBetweenLocations: DistanceKm = (a: LocatedStructure, b: LocatedStructure) => distanceKm(locationOf(a), locationOf(b));
