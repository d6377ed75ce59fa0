import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoAttribution, plannedCopies } from '../../../electron/main/print/generate-resources';
import { buildOutlines } from '../../../electron/main/print/geo/generate-outlines';

const root = resolve(import.meta.dirname, '../../..');
const resources = join(root, 'resources');
const sharedGeo = '/work/shared/geo/communes-topo';

describe('print resources (npm run resources:print)', () => {
  it('the shipped fonts are the @fontsource files, with their OFL licence beside them', () => {
    const copies = plannedCopies(root, resources);
    expect(copies.length).toBe(9);
    for (const copy of copies) expect(readFileSync(copy.to).equals(readFileSync(copy.from)), copy.to).toBe(true);
    expect(readFileSync(join(resources, 'fonts', 'source-sans-3.LICENSE.txt'), 'utf8')).toContain('SIL Open Font License, Version 1.1');
  });

  it('the commune outlines of every department are shipped with their attribution line, as the generator builds them', async () => {
    const shipped = readdirSync(join(resources, 'geo', 'communes')).filter((name) => name.endsWith('.topo.json'));
    expect(shipped).toHaveLength(101);
    expect(readFileSync(join(resources, 'geo', 'ATTRIBUTION.txt'), 'utf8').trim()).toBe(geoAttribution);
    if (!existsSync(sharedGeo)) return; // the source folder is only on the project's machines
    // Rebuilt from the shared files with the pinned mapshaper (about 15 s): byte for byte the shipped ones.
    const built = await buildOutlines(sharedGeo);
    expect([...built.keys()]).toEqual(shipped.sort());
    for (const [name, text] of built) expect(readFileSync(join(resources, 'geo', 'communes', name), 'utf8') === text, name).toBe(true);
  }, 120_000);
});
