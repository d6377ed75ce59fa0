import type { DistanceKm, PoolingStructure } from './types';

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two structures' coordinates (e.g. their communes' centres), null
 * when either is unknown — the proposal search then falls back to "same EPCI" for that pair.
 * As the crow flies: a coordinator sets the threshold knowing roads add about a third.
 */
export const distanceBetweenCentres: DistanceKm = (a: PoolingStructure, b: PoolingStructure) => {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};
