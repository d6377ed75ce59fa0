import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type CommuneProps = { code: string; nom: string };
type DepartmentTopology = Topology<{ communes: GeometryCollection<CommuneProps> }>;

/**
 * Simplified commune outlines, one TopoJSON per department (resources/geo, Licence Ouverte),
 * loaded only for the departments a map needs: each file is a chunk of its own in the bundle.
 */
const loaders = import.meta.glob('../../../../resources/geo/communes/*.topo.json', { import: 'default' }) as Record<string, () => Promise<unknown>>;

const loaderOf = (department: string) => loaders[`../../../../resources/geo/communes/${department}.topo.json`];

export type DrawnCommune = { code: string; name: string; path: string };
export type DrawnMap = { width: number; height: number; communes: DrawnCommune[]; departmentPaths: string[] };

/**
 * Draws the departments side by side in one conformal conic projection (the Lambert family
 * French maps use), fitted to the page width; each department's outer edge is drawn once, from
 * its merged communes, so the communes meet without seams of their own.
 */
export async function drawDepartments(departments: string[], width = 800, maxHeight = 900): Promise<DrawnMap> {
  const topologies: DepartmentTopology[] = [];
  for (const department of departments) {
    const load = loaderOf(department);
    if (load) topologies.push((await load()) as DepartmentTopology);
  }
  const communeFeatures: Feature<Geometry, CommuneProps>[] = [];
  const outlines: Feature<MultiPolygon>[] = [];
  for (const topology of topologies) {
    const collection = feature(topology, topology.objects.communes) as FeatureCollection<Geometry, CommuneProps>;
    communeFeatures.push(...collection.features);
    outlines.push({ type: 'Feature', properties: {}, geometry: merge(topology, topology.objects.communes.geometries as never) });
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
    departmentPaths: outlines.map((outline) => path(outline) ?? ''),
  };
}
