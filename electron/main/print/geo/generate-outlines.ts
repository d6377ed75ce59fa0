/**
 * Rebuilds the shipped commune outlines so that neighbouring departments share their border.
 *
 * The shared outlines (/work/shared/geo/communes-topo, one TopoJSON per department) were each
 * simplified on their own: where Orne meets Calvados, the two files draw the border with different
 * vertices, so a map of both showed hairline gaps and overlaps and stroked the border twice.
 * Here the 96 metropolitan departments go through mapshaper together, once:
 * - snapping on import joins the vertices of both sides that are a few metres apart;
 * - `-clean` gives each sliver of overlap to one commune and fills each gap between departments
 *   (up to 1 km², far below the smallest real hole: the Spanish enclave of Llívia, 12.9 km²);
 * - one quantization over the whole of metropolitan France (100 000 steps, about 11 m, the
 *   precision of the sources) puts every department in the same integer grid.
 * The combined topology is then split back into one file per department, each keeping every arc
 * its communes use exactly as the combined topology has it (same grid, same direction): a border
 * arc is the same array in both neighbours' files, and the map joins the loaded departments into
 * one topology by those arcs (`joinTopologies`). Each department stays a chunk loaded on demand.
 * Overseas departments share no border with another one: they are kept as they are.
 * mapshaper is pinned (0.7.70, the version that made the shared files); its output is deterministic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mapshaper from 'mapshaper';
// With its extension: this file runs in plain Node too (`npm run resources:print`).
import { departmentOfCommune } from './join-topologies.ts';

export const outlineBuild = { snapInterval: 0.0002, gapFillArea: '1km2', quantization: 100000 } as const;

type Arc = number[][];
type ArcIndexes = number[] | number[][] | number[][][];
type Geometry = { type: string | null; arcs?: ArcIndexes; properties: { code: string; nom: string } };
type Topology = { type: 'Topology'; transform: unknown; arcs: Arc[]; objects: Record<string, { type: string; geometries: Geometry[] }> };

const isMetropolitan = (department: string) => department.length === 2;

/** Every arc index a geometry uses, whatever its nesting (a negative index is the arc reversed). */
function arcIndexes(arcs: ArcIndexes | undefined): number[] {
  return (arcs ?? []).flat(2) as number[];
}

function remapArcs(arcs: ArcIndexes, local: Map<number, number>): ArcIndexes {
  const remap = (index: number) => (index < 0 ? ~local.get(~index)! : local.get(index)!);
  return (arcs as unknown[]).map((part) => (Array.isArray(part) ? remapArcs(part as ArcIndexes, local) : remap(part as number))) as ArcIndexes;
}

/** One department's file out of the combined topology: its communes, the arcs they use, the common grid. */
export function departmentTopology(combined: Topology, geometries: Geometry[]): Topology {
  const local = new Map<number, number>();
  const arcs: Arc[] = [];
  for (const geometry of geometries) {
    for (const index of arcIndexes(geometry.arcs)) {
      const global = index < 0 ? ~index : index;
      if (local.has(global)) continue;
      local.set(global, arcs.length);
      arcs.push(combined.arcs[global]!);
    }
  }
  return {
    type: 'Topology',
    transform: combined.transform,
    arcs,
    objects: {
      communes: {
        type: 'GeometryCollection',
        geometries: geometries.map((geometry) => ({
          type: geometry.type,
          arcs: remapArcs(geometry.arcs ?? [], local),
          properties: { code: geometry.properties.code, nom: geometry.properties.nom },
        })),
      },
    },
  };
}

/** The file name → content of every shipped outline file, built from the shared per-department files. */
export async function buildOutlines(geoSource: string): Promise<Map<string, string>> {
  const names = readdirSync(geoSource).filter((file) => file.endsWith('.topo.json')).sort();
  const output = new Map<string, string>();
  const metropolitan: Record<string, string> = {};
  for (const name of names) {
    const text = readFileSync(join(geoSource, name), 'utf8');
    if (isMetropolitan(name.replace('.topo.json', ''))) metropolitan[name] = text;
    else output.set(name, text);
  }
  const inputs = Object.keys(metropolitan);
  if (inputs.length > 0) {
    const { snapInterval, gapFillArea, quantization } = outlineBuild;
    const commands =
      `-i combine-files ${inputs.join(' ')} snap snap-interval=${snapInterval} -merge-layers name=communes ` +
      `-clean gap-fill-area=${gapFillArea} -o combined.json format=topojson quantization=${quantization}`;
    const result = (await mapshaper.applyCommands(commands, metropolitan)) as Record<string, string | Uint8Array>;
    const combined = JSON.parse(String(result['combined.json'])) as Topology;
    const geometries = combined.objects.communes!.geometries;
    for (const name of inputs) {
      const department = name.replace('.topo.json', '');
      const own = geometries.filter((geometry) => departmentOfCommune(geometry.properties.code) === department);
      const empty = own.find((geometry) => !geometry.type);
      if (own.length === 0 || empty) throw new Error(`Département ${department} : une commune a perdu son contour au nettoyage (${empty?.properties.code ?? 'aucune commune'})`);
      output.set(name, JSON.stringify(departmentTopology(combined, own)));
    }
  }
  return new Map([...output].sort(([a], [b]) => a.localeCompare(b)));
}
