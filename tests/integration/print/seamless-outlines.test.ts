import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geoArea, geoLength } from 'd3-geo';
import type { Polygon } from 'geojson';
import { merge, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { type CommuneTopology, departmentOfGeometry as dep, joinTopologies } from '../../../electron/main/print/geo/join-topologies';

const communesDir = resolve(import.meta.dirname, '../../../resources/geo/communes');
const load = (department: string) => JSON.parse(readFileSync(join(communesDir, `${department}.topo.json`), 'utf8')) as CommuneTopology;
const earthKm = 6371;
/** The area a ring encloses, whichever way it winds (d3 reads the winding on the sphere). */
const km2 = (ring: number[][]) => {
  const steradians = geoArea({ type: 'Polygon', coordinates: [ring] } as Polygon);
  return Math.min(steradians, 4 * Math.PI - steradians) * earthKm ** 2;
};

/** The border between two departments of a joined topology: its pieces and its length in km. */
function border(topology: CommuneTopology, one: string, other: string) {
  const line = mesh(topology, topology.objects.communes, (a, b) => [dep(a), dep(b)].sort().join() === [one, other].sort().join());
  return { pieces: line.coordinates.length, km: geoLength(line) * earthKm };
}

describe('commune outlines of neighbouring departments (resources/geo, built by generate-outlines.ts)', () => {
  it('Orne and Calvados share their border: one arc chain, and their communes merge into one polygon without holes', () => {
    const orne = load('61');
    const calvados = load('14');
    // The very same arcs in both files: the border is stored once per side, identically.
    const orneArcs = new Set(orne.arcs.map((arc) => JSON.stringify(arc)));
    const shared = calvados.arcs.filter((arc) => orneArcs.has(JSON.stringify(arc)));
    expect(shared.length).toBeGreaterThan(20);
    const joined = joinTopologies([orne, calvados]);
    expect(joined).toHaveLength(1);
    const topology = joined[0]!;
    expect(topology.arcs.length).toBe(orne.arcs.length + calvados.arcs.length - shared.length);
    const union = merge(topology, topology.objects.communes.geometries as never);
    // One piece of land, no sliver of gap left inside it along the border.
    expect(union.coordinates).toHaveLength(1);
    expect(union.coordinates[0]!.slice(1)).toEqual([]);
    // The Orne–Calvados border (about 150 km) is one line, drawn once.
    const line = border(topology, '61', '14');
    expect(line.pieces).toBe(1);
    expect(line.km).toBeGreaterThan(120);
    expect(line.km).toBeLessThan(200);
  });

  it('the Orne and all its neighbours meet without gap: no interior ring in their union, each border shared', () => {
    const departments = ['14', '27', '28', '50', '53', '61', '72'];
    const joined = joinTopologies(departments.map(load));
    expect(joined).toHaveLength(1);
    const topology = joined[0]!;
    expect(topology.objects.communes.geometries.length).toBeGreaterThan(2500);
    const union = merge(topology, topology.objects.communes.geometries as never);
    const holes = union.coordinates.flatMap((polygon) => polygon.slice(1));
    expect(holes.map(km2)).toEqual([]);
    // The mainland and the Channel islands of La Manche (Chausey, Saint-Marcouf): no piece of seam.
    const mainland = union.coordinates.map((polygon) => km2(polygon[0]!)).sort((a, b) => b - a);
    expect(mainland[0]).toBeGreaterThan(30_000);
    expect(mainland.slice(1).every((area) => area < 10)).toBe(true);
    for (const neighbour of ['14', '27', '28', '50', '53', '72']) expect(border(topology, '61', neighbour).km, `61–${neighbour}`).toBeGreaterThan(10);
  });

  it('an overseas department, on a grid of its own, is drawn apart from the metropolitan ones', () => {
    const joined = joinTopologies([load('61'), load('974')]);
    expect(joined).toHaveLength(2);
    expect(joined.map((topology) => topology.objects.communes.geometries.length).sort((a, b) => a - b)).toEqual([24, 381]);
  });
});
