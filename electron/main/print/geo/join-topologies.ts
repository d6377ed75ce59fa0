import type { Arc, GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type CommuneProps = { code: string; nom: string };
export type CommuneTopology = Topology<{ communes: GeometryCollection<CommuneProps> }>;

/** The department of a commune code: 61169 → 61, 2A004 → 2A, 97411 → 974. */
export const departmentOfCommune = (code: string) => (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2));

/** The department of a commune geometry, as `mesh` filters receive it (its properties untyped). */
export const departmentOfGeometry = (geometry: { properties?: object | null }) => departmentOfCommune((geometry.properties as CommuneProps).code);

/**
 * Joins department files into one topology per grid, so that `merge` and `mesh` see across the
 * departments: the shipped files (generate-outlines.ts) share one integer grid and carry each
 * border arc as the very same array in both neighbours' files, so an arc met twice is one arc.
 * Files on another grid (overseas departments, which border no other one) make topologies of their own.
 */
export function joinTopologies(topologies: CommuneTopology[]): CommuneTopology[] {
  const groups = new Map<string, { arcs: Arc[]; arcIndex: Map<string, number>; geometries: GeometryObject<CommuneProps>[]; topology: CommuneTopology }>();
  for (const topology of topologies) {
    const key = JSON.stringify(topology.transform ?? null);
    let group = groups.get(key);
    if (!group) {
      group = { arcs: [], arcIndex: new Map(), geometries: [], topology };
      groups.set(key, group);
    }
    const joined = group;
    const local = topology.arcs.map((arc) => {
      const arcKey = JSON.stringify(arc);
      let index = joined.arcIndex.get(arcKey);
      if (index === undefined) {
        index = joined.arcs.length;
        joined.arcs.push(arc);
        joined.arcIndex.set(arcKey, index);
      }
      return index;
    });
    for (const geometry of topology.objects.communes.geometries) joined.geometries.push(withArcs(geometry, local));
  }
  return [...groups.values()].map(({ arcs, geometries, topology }) => ({
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    arcs,
    objects: { communes: { type: 'GeometryCollection', geometries } },
  }));
}

type Nested = number | Nested[];

function withArcs(geometry: GeometryObject<CommuneProps>, local: number[]): GeometryObject<CommuneProps> {
  if (!('arcs' in geometry)) return geometry;
  const remap = (part: Nested): Nested => (Array.isArray(part) ? part.map(remap) : part < 0 ? ~local[~part]! : local[part]!);
  return { ...geometry, arcs: remap(geometry.arcs as Nested) } as GeometryObject<CommuneProps>;
}
