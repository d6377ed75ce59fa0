/**
 * Copies what printed documents need into resources/, from where it came (run after an upgrade of
 * a font package or of the shared outlines: `npm run resources:print`; a test checks the copies
 * match their sources):
 * - the fonts, from the @fontsource npm packages (SIL Open Font License 1.1), with their licence;
 * - the simplified commune outlines, one TopoJSON per department (Licence Ouverte / Etalab 2.0),
 *   with their attribution line, rebuilt so that neighbouring departments share their border
 *   (geo/generate-outlines.ts: a map of several departments has no seam).
 * Plain Node with no import of the app, so it runs as `node electron/main/print/generate-resources.ts`.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildOutlines } from './geo/generate-outlines.ts';

/** The cuts the documents use: body text in Source Sans 3, titles in Source Serif 4. */
export const printFonts = [
  { family: 'source-sans-3', files: ['latin-400-normal', 'latin-400-italic', 'latin-600-normal', 'latin-700-normal'] },
  { family: 'source-serif-4', files: ['latin-600-normal', 'latin-700-normal', 'latin-400-italic'] },
] as const;

export const geoAttribution =
  'Contours : IGN – ADMIN EXPRESS COG (via Etalab / geo.api.gouv.fr, 2025‑2026 ; édition 2018 via gregoiredavid/france-geojson pour 12, 21, 22, 24, 29, 50, 63, 64, 71), simplifiés. Codes et noms : INSEE – COG 2026 (via @etalab/decoupage-administratif). Licence Ouverte / Etalab 2.0.';

export type GeneratedFile = { from: string; to: string };

/** The font copies to make: each source file and where it goes under `resourcesDir`. */
export function plannedCopies(root: string, resourcesDir: string): GeneratedFile[] {
  const copies: GeneratedFile[] = [];
  for (const font of printFonts) {
    const packageDir = join(root, 'node_modules', '@fontsource', font.family);
    for (const file of font.files) {
      const name = `${font.family}-${file}.woff2`;
      copies.push({ from: join(packageDir, 'files', name), to: join(resourcesDir, 'fonts', name) });
    }
    copies.push({ from: join(packageDir, 'LICENSE'), to: join(resourcesDir, 'fonts', `${font.family}.LICENSE.txt`) });
  }
  return copies;
}

export async function generatePrintResources(root: string, geoSource: string, resourcesDir: string): Promise<{ copies: GeneratedFile[]; outlines: number }> {
  const copies = plannedCopies(root, resourcesDir);
  for (const copy of copies) {
    mkdirSync(resolve(copy.to, '..'), { recursive: true });
    copyFileSync(copy.from, copy.to);
  }
  mkdirSync(join(resourcesDir, 'fonts'), { recursive: true });
  writeFileSync(
    join(resourcesDir, 'fonts', 'README.md'),
    '# Polices des documents imprimés\n\nSource Sans 3 et Source Serif 4 (Adobe), copiées des paquets npm @fontsource/source-sans-3 et ' +
      '@fontsource/source-serif-4 par `electron/main/print/generate-resources.ts`.\n' +
      'Licence : SIL Open Font License 1.1 (texte complet dans les fichiers *.LICENSE.txt à côté).\n',
  );
  mkdirSync(join(resourcesDir, 'geo'), { recursive: true });
  writeFileSync(join(resourcesDir, 'geo', 'ATTRIBUTION.txt'), `${geoAttribution}\n`);
  const outlines = existsSync(geoSource) ? await buildOutlines(geoSource) : new Map<string, string>();
  mkdirSync(join(resourcesDir, 'geo', 'communes'), { recursive: true });
  for (const [name, text] of outlines) writeFileSync(join(resourcesDir, 'geo', 'communes', name), text);
  return { copies, outlines: outlines.size };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const root = process.cwd();
  const geoSource = process.env.PASSERELLES_GEO_SOURCE ?? '/work/shared/geo/communes-topo';
  const { copies, outlines } = await generatePrintResources(root, geoSource, join(root, 'resources'));
  console.log(`${copies.length} fichiers copiés et ${outlines} contours de départements construits dans resources/`);
}
