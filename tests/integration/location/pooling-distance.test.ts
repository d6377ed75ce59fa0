import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';
import { siretFrom, structureLine } from '../member-imports/finess-files';

const year = { from: '2025-01', to: '2025-12' };
const geo = (et: string, x: number, y: number) => `geolocalisation;${et};${x}.0;${y}.0;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-05-12`;

/**
 * Four EHPADs of the Orne: Flers, Putanges and Alençon are in three different EPCIs, La Ferté-Macé
 * in Flers' EPCI but without a location. Made-up Lambert 93 points: Putanges 20 km east of Flers,
 * Alençon √(62² + 25²) ≈ 66.9 km from Flers and √(42² + 25²) ≈ 48.9 km from Putanges.
 */
const establishments = [
  { et: '610000143', name: 'EHPAD DE FLERS', commune: '169', postal: '61100 FLERS', at: [427_000, 6_853_000] },
  { et: '610000168', name: 'EHPAD DE PUTANGES', commune: '339', postal: '61210 PUTANGES LE LAC', at: [447_000, 6_853_000] },
  { et: '610000200', name: 'EHPAD D ALENCON', commune: '001', postal: '61000 ALENCON', at: [489_000, 6_828_000] },
  { et: '610000192', name: 'EHPAD DE LA FERTE MACE', commune: '168', postal: '61600 LA FERTE MACE', at: null },
] as const;

function extract(): string {
  const lines = ['finess;etalab;1;2026-05-12'];
  establishments.forEach((e, i) => lines.push(structureLine({ et: e.et, name: e.name, commune: e.commune, category: '500', postal: e.postal, siret: siretFrom(`778501200${1000 + i}`) })));
  for (const e of establishments) if (e.at) lines.push(geo(e.et, e.at[0], e.at[1]));
  return `${lines.join('\r\n')}\r\n`;
}

describe('pooled positions within a distance, from the FINESS locations', () => {
  const tempFolder = useTempFolder();

  async function setUp() {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    await window.createAssociation();
    const path = join(folder, 'etalab-cs1100507-stock-20260512-0336.csv');
    writeFileSync(path, extract());
    window.answer(path);
    const { importId } = await window.call('finess.read');
    expect(await window.call('finess.commit', { importId, departmentCode: '61' })).toMatchObject({ added: 4 });
    const rows = await window.call('structures.list');
    const id = (et: string) => rows.find((row) => row.finessEt === et)?.id ?? 0;
    const [flers = 0, putanges = 0, alencon = 0, laFerte = 0] = establishments.map((e) => id(e.et));
    expect(new Set(rows.map((row) => row.epciCode)).size).toBe(3);
    expect(rows.find((row) => row.id === flers)?.epciCode).toBe(rows.find((row) => row.id === laFerte)?.epciCode);

    // Agent de service: Flers needs 130 h a month from January to June; the three others 130 h
    // from July to December. One person fits Flers with any of them (97 % busy), never two of the others.
    await window.call('occupations.list'); // seeds the occupation list
    const db = window.db();
    const occupationId = (db.prepare("SELECT id FROM occupation WHERE key = 'agent-service-interne'").get() as { id: number }).id;
    const insert = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (?, ?, ?, 1, 130)');
    for (let m = 1; m <= 12; m += 1) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      for (const structureId of m <= 6 ? [flers] : [putanges, alencon, laFerte]) insert.run(structureId, occupationId, month);
    }
    return { window, flers, putanges, alencon, laFerte };
  }

  const pairsOf = (analysis: { proposals: { occupationKey: string; structures: { structureId: number }[] }[] }) =>
    analysis.proposals
      .filter((p) => p.occupationKey === 'agent-service-interne')
      .map((p) => p.structures.map((s) => s.structureId).sort((a, b) => a - b))
      .sort((a, b) => a.join().localeCompare(b.join()));

  it('proposes the pair within the distance set and not the far one; without a distance, the EPCI rule as before', async () => {
    const { window, flers, putanges, alencon, laFerte } = await setUp();
    const sorted = (...ids: number[]) => ids.sort((a, b) => a - b);

    // Without a distance: only structures of one EPCI are combined (Flers and La Ferté-Macé).
    const byEpci = await window.call('cdd.analysis', { period: year, area: 'both' });
    expect(pairsOf(byEpci)).toEqual([sorted(flers, laFerte)]);
    expect(byEpci.proposals[0]?.area).toMatchObject({ kind: 'epci' });

    // Within 25 km: Putanges (20 km away, another EPCI) joins Flers; Alençon (67 km) does not.
    // La Ferté-Macé has no location: the same EPCI still counts for it.
    const near = await window.call('cdd.analysis', { period: year, area: 'both', thresholds: { maxDistanceKm: 25 } });
    expect(pairsOf(near)).toEqual([sorted(flers, laFerte), sorted(flers, putanges)].sort((a, b) => a.join().localeCompare(b.join())));
    const withPutanges = near.proposals.find((p) => p.structures.some((s) => s.structureId === putanges));
    expect(withPutanges).toMatchObject({ area: { kind: 'distance', maxDistanceKm: 25 }, maxDistanceKm: 20 });
    expect(withPutanges?.occupancy).toBeCloseTo((130 * 12) / 1607, 6);
    expect(near.proposals.some((p) => p.structures.some((s) => s.structureId === alencon))).toBe(false);

    // The saved setting works the same as the threshold tried on screen.
    await window.call('settings.update', { maxDistanceKm: 25 });
    expect(pairsOf(await window.call('cdd.analysis', { period: year, area: 'both' }))).toEqual(pairsOf(near));

    // Far enough to reach Alençon: it can now share Flers' person.
    const far = await window.call('cdd.analysis', { period: year, area: 'both', thresholds: { maxDistanceKm: 70 } });
    expect(pairsOf(far)).toContainEqual(sorted(flers, alencon));
    expect(far.proposals.find((p) => p.structures.length === 2 && p.structures.some((s) => s.structureId === alencon))?.maxDistanceKm).toBeCloseTo(Math.hypot(62, 25), 6);

    // Back to "same EPCI only".
    await window.call('settings.update', { maxDistanceKm: null });
    expect(pairsOf(await window.call('cdd.analysis', { period: year, area: 'both' }))).toEqual([sorted(flers, laFerte)]);
    window.close();
  });
});
