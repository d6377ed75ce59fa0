import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geolocationOf, readFinessExtract } from '../../../electron/main/imports/finess/extract';
import { locationChange } from '../../../electron/main/imports/finess/location';
import { distanceBetweenLocations, distanceKm, isMetricProjection, isSameLocation, projectionLabel, type Location } from '../../../shared/domain/location';
import { analysePooling } from '../../../shared/domain/pooling';
import { occupations, repeat, series, structure } from '../pooling/fixtures';

// Made-up but plausible Lambert 93 points: Flers and Briouze (Orne) are about 13 km apart.
// dx = 439,000 − 427,000 = 12,000 m, dy = 6,848,000 − 6,853,000 = −5,000 m: √(12² + 5²) = 13 km.
const flers: Location = { x: 427_000, y: 6_853_000, projection: 'LAMBERT_93' };
const briouze: Location = { x: 439_000, y: 6_848_000, projection: 'LAMBERT_93' };
// La Réunion (UTM 40 S): Saint-Denis and Saint-Pierre, 3,000 m east and 50,000 m south: √(3² + 50²) ≈ 50.09 km.
const saintDenis: Location = { x: 338_000, y: 7_690_000, projection: 'UTM_S40' };
const saintPierre: Location = { x: 341_000, y: 7_640_000, projection: 'UTM_S40' };

describe('distance between two locations', () => {
  it('is the straight line in km within one projection', () => {
    expect(distanceKm(flers, briouze)).toBe(13);
    expect(distanceKm(briouze, flers)).toBe(13);
    expect(distanceKm(flers, flers)).toBe(0);
    expect(distanceKm(saintDenis, saintPierre)).toBeCloseTo(Math.sqrt(3 ** 2 + 50 ** 2), 9);
    expect(distanceKm(saintDenis, saintPierre)).toBeCloseTo(50.09, 2);
  });

  it('is null when a location is missing or the projections differ', () => {
    expect(distanceKm(flers, null)).toBeNull();
    expect(distanceKm(undefined, briouze)).toBeNull();
    expect(distanceKm(null, null)).toBeNull();
    // Metres of Lambert 93 and of UTM 40 S are not on the same plane: no distance.
    expect(distanceKm(flers, saintDenis)).toBeNull();
    expect(distanceKm(flers, { ...briouze, x: Number.NaN })).toBeNull();
  });

  it('treats points within a metre as the same place', () => {
    expect(isSameLocation(flers, { ...flers, x: flers.x + 0.4 })).toBe(true);
    expect(isSameLocation(flers, { ...flers, x: flers.x + 3 })).toBe(false);
    expect(isSameLocation(flers, { ...flers, projection: 'UTM_N20' })).toBe(false);
    expect(isSameLocation(null, null)).toBe(true);
    expect(isSameLocation(flers, null)).toBe(false);
  });

  it('knows the metric projections of the extract and names them in French', () => {
    expect(['LAMBERT_93', 'UTM_N20', 'UTM_N22', 'UTM_S40', 'UTM_S38'].every(isMetricProjection)).toBe(true);
    expect(['WGS84', '', 'X', 'UTM_20'].some(isMetricProjection)).toBe(false);
    expect(projectionLabel('LAMBERT_93')).toBe('Lambert 93');
    expect(projectionLabel('UTM_S40')).toBe('UTM 40 S');
  });
});

describe('the pooling distance from stored locations', () => {
  const located = (id: number, location: Location | null, epciCode: string) => ({ ...structure(id, { epciCode, name: `Structure ${id}` }), location });

  it('reads each structure’s location, null when one is not located', () => {
    expect(distanceBetweenLocations(located(1, flers, 'A'), located(2, briouze, 'B'))).toBe(13);
    expect(distanceBetweenLocations(located(1, flers, 'A'), located(2, null, 'B'))).toBeNull();
    expect(distanceBetweenLocations(structure(1), structure(2))).toBeNull();
  });

  it('lets the analysis pair structures of two EPCIs within the distance', () => {
    const input = {
      structures: [located(1, flers, 'FLERS'), located(2, briouze, 'BRIOUZE')],
      occupations,
      period: { from: '2025-01', to: '2025-12' },
      volumes: [...series(1, 'agent-service-interne', '2025-01', [...repeat(6, 140), ...repeat(6, 0)]), ...series(2, 'agent-service-interne', '2025-01', [...repeat(6, 0), ...repeat(6, 140)])],
      distanceKm: distanceBetweenLocations,
    };
    expect(analysePooling({ ...input, settings: { maxDistanceKm: 15 } }).proposals.map((p) => [p.structures.map((s) => s.structureId), p.maxDistanceKm])).toEqual([[[1, 2], 13]]);
    expect(analysePooling({ ...input, settings: { maxDistanceKm: 12 } }).proposals).toEqual([]);
  });
});

describe('the FINESS geolocalisation lines', () => {
  const folder = mkdtempSync(join(tmpdir(), 'passerelles-location-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads X, Y, the projection (last item of the source text) and keeps the source text', () => {
    expect(geolocationOf('geolocalisation;610000101;439000.5;6848000.0;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-05-12')).toEqual({
      finessEt: '610000101',
      location: { x: 439_000.5, y: 6_848_000, projection: 'LAMBERT_93', source: '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93' },
    });
    expect(geolocationOf('geolocalisation;970100011;655000;1780000;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20;2026-05-12')?.location.projection).toBe('UTM_N20');
    expect(geolocationOf('geolocalisation;610000101;;;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-05-12')).toBeNull();
    expect(geolocationOf('geolocalisation;610000101;abc;6848000;1,ATLASANTE,LAMBERT_93;2026-05-12')).toBeNull();
    expect(geolocationOf('geolocalisation;610000101;1;2;x;2026-05-12')).toBeNull();
  });

  it('attaches each location to its establishment when all locations come after all establishments', async () => {
    const line = (et: string, dep: string, commune: string, name: string) => {
      const fields = Array.from({ length: 32 }, () => '');
      Object.assign(fields, { 0: 'structureet', 1: et, 4: name, 12: commune, 13: dep, 18: '500' });
      return fields.join(';');
    };
    const path = join(folder, 'extract.csv');
    writeFileSync(
      path,
      [
        'finess;etalab;1;2026-05-12',
        line('610000101', '61', '063', 'EHPAD DE BRIOUZE'),
        line('610000143', '61', '169', 'SAAD DE FLERS'),
        line('970400011', '9D', '411', 'EHPAD DE SAINT-DENIS'),
        line('610000168', '61', '339', 'SSIAD SANS LOCALISATION'),
        'geolocalisation;610000101;439000;6848000;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-05-12',
        'geolocalisation;610000143;427000;6853000;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-05-12',
        'geolocalisation;970400011;338000;7690000;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40;2026-05-12',
        'geolocalisation;610000168;;;;2026-05-12',
        'geolocalisation;999999999;1;2;1,ATLASANTE,LAMBERT_93;2026-05-12',
        '',
      ].join('\r\n'),
    );
    const extract = await readFinessExtract(path);
    const byEt = new Map(extract.establishments.map((e) => [e.finessEt, e.location]));
    expect(byEt.get('610000101')).toMatchObject(briouze);
    expect(byEt.get('610000143')).toMatchObject(flers);
    expect(byEt.get('970400011')).toMatchObject(saintDenis);
    expect(byEt.get('610000168')).toBeNull();
    expect(extract.establishments).toHaveLength(4);
    expect(extract.unreadable).toEqual([]);
  });

  it('describes a new or moved location as one line', () => {
    const stored = { ...flers, source: 'a' };
    expect(locationChange(null, { ...briouze, source: 'b' })).toEqual({ field: 'location', label: 'Localisation', before: '', after: 'Localisée (Lambert 93)' });
    expect(locationChange(stored, { ...flers, x: flers.x + 300, source: 'b' })).toMatchObject({ before: 'Localisée (Lambert 93)', after: 'Déplacée de 300 m' });
    expect(locationChange(stored, { ...briouze, source: 'b' }).after).toBe('Déplacée de 13 km');
    expect(locationChange(stored, { ...saintDenis, source: 'b' }).after).toBe('Localisée (UTM 40 S)');
  });
});
