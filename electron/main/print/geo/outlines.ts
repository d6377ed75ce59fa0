import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { type CommuneProps, type CommuneTopology, departmentOfGeometry, joinTopologies } from './join-topologies';

/**
 * Simplified commune outlines, one TopoJSON per department (resources/geo, Licence Ouverte),
 * loaded only for the departments a map needs: each file is a chunk of its own in the bundle.
 */
const loaders = import.meta.glob('../../../../resources/geo/communes/*.topo.json', { import: 'default' }) as Record<string, () => Promise<unknown>>;

const loaderOf = (department: string) => loaders[`../../../../resources/geo/communes/${department}.topo.json`];

export type DrawnCommune = { code: string; name: string; path: string };
/** `departmentPaths`: the lines to stroke, each once: the outer outline, then the borders between departments. */
export type DrawnMap = { width: number; height: number; communes: DrawnCommune[]; departmentPaths: string[] };

/**
 * Draws the departments together in one conformal conic projection (the Lambert family French
 * maps use), fitted to the page width. The loaded departments are joined into one topology (their
 * files share their border arcs, see generate-outlines.ts), so each line is drawn once: the outer
 * outline from the arcs of a single commune, the department borders from the arcs between
 * communes of two departments; neighbouring communes meet without gap or overlap.
 */
export async function drawDepartments(departments: string[], width = 800, maxHeight = 900): Promise<DrawnMap> {
  const topologies: CommuneTopology[] = [];
  for (const department of departments) {
    const load = loaderOf(department);
    if (load) topologies.push((await load()) as CommuneTopology);
  }
  const communeFeatures: Feature<Geometry, CommuneProps>[] = [];
  const borders: MultiLineString[] = [];
  for (const topology of joinTopologies(topologies)) {
    const communes = topology.objects.communes;
    const collection = feature(topology, communes) as FeatureCollection<Geometry, CommuneProps>;
    communeFeatures.push(...collection.features);
    borders.push(mesh(topology, communes, (a, b) => a === b));
    borders.push(mesh(topology, communes, (a, b) => a !== b && departmentOfGeometry(a) !== departmentOfGeometry(b)));
  }
  if (communeFeatures.length === 0) return { width, height: 0, communes: [], departmentPaths: [] };
  const all: FeatureCollection = { type: 'FeatureCollection', features: communeFeatures };
  const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitWidth(width, all);
  const [[, top], [, bottom]] = geoPath(projection).bounds(all);
  const height = Math.min(maxHeight, Math.ceil(bottom - top));
  if (bottom - top > maxHeight) projection.fitSize([width, maxHeight], all);
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    communes: communeFeatures.map((commune) => ({ code: commune.properties.code, name: commune.properties.nom, path: path(commune as Feature<Polygon | MultiPolygon>) ?? '' })),
    departmentPaths: borders.map((border) => path(border) ?? '').filter((drawn) => drawn !== ''),
  };
}
