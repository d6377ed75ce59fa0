import { describe, expect, it } from 'vitest';
import {
  communeOfAddress,
  communesOfEpci,
  communesWithPostcode,
  epciOf,
  findCommune,
  inDepartment,
  isDirectoryLoaded,
  listEpcis,
  searchCommunes,
  successorOf,
} from '../../../electron/main/reference/communes';

describe('the offline commune directory', () => {
  it('is read on first use, not when imported', () => {
    expect(isDirectoryLoaded()).toBe(false);
    expect(findCommune('61169')).toEqual({
      code: '61169',
      name: 'Flers',
      postcodes: ['61100'],
      departmentCode: '61',
      epciCode: '200035814',
      epciName: 'CA Flers Agglo',
    });
    expect(isDirectoryLoaded()).toBe(true);
  });

  it('finds by name without accents, case or hyphens, best match first', () => {
    expect(searchCommunes('flers', 5)[0]?.code).toBe('61169');
    expect(searchCommunes('LA FERTE-MACE', 5)[0]?.name).toBe('La Ferté Macé');
    expect(searchCommunes('tinchebray bocage', 5)[0]?.code).toBe('61486');
    const saint = searchCommunes('st germain du corbeis', 5);
    expect(saint[0]?.name).toBe('Saint-Germain-du-Corbéis');
    expect(searchCommunes('bri', 50).some((c) => c.name === 'Briouze')).toBe(true);
    expect(searchCommunes('bri', 3)).toHaveLength(3);
  });

  it('finds by postcode and by INSEE code, including Corsica', () => {
    expect(searchCommunes('61100').map((c) => c.name)).toContain('Flers');
    expect(searchCommunes('61169').map((c) => c.name)).toEqual(['Flers']);
    expect(searchCommunes('2A004')[0]?.name).toBe('Ajaccio');
    expect(searchCommunes('611').every((c) => c.postcodes.some((p) => p.startsWith('611')))).toBe(true);
    expect(searchCommunes('')).toEqual([]);
  });

  it('keeps only current communes, and leads a former code to its successor', () => {
    // 61031 merged into Tinchebray-Bocage; 75101 is a Paris arrondissement.
    expect(findCommune('61031')).toBeNull();
    expect(successorOf('61031')?.name).toBe('Tinchebray-Bocage');
    expect(successorOf('75101')?.code).toBe('75056');
    expect(successorOf('61169')).toBeNull();
    const codes = searchCommunes('paris', 50).map((c) => c.code);
    expect(codes).toContain('75056');
    expect(codes).not.toContain('75101');
  });

  it('gives the EPCI of a commune, and none for a lone island', () => {
    expect(epciOf('61169')).toEqual({ code: '200035814', name: 'CA Flers Agglo' });
    expect(epciOf('85113')).toBeNull();
    expect(epciOf('99999')).toBeNull();
  });

  it('lists the EPCIs of a department, sorted, and the communes of one', () => {
    const orne = listEpcis('61');
    expect(orne.map((e) => e.name)).toContain('CA Flers Agglo');
    expect(orne.length).toBeGreaterThan(5);
    expect(orne.length).toBeLessThan(30);
    expect([...orne].sort((a, b) => a.name.localeCompare(b.name, 'fr'))).toEqual(orne);
    expect(listEpcis(null).length).toBeGreaterThan(1000);
    expect(communesOfEpci('200035814').map((c) => c.name)).toContain('Flers');
  });

  it('matches a postcode and a town name as an address writes them', () => {
    expect(communeOfAddress('61800', 'TINCHEBRAY BOCAGE')?.code).toBe('61486');
    // 61100 serves 18 communes: without a name there is no telling which.
    expect(communeOfAddress('61100', '')).toBeNull();
    expect(communeOfAddress('85350', '')?.code).toBe('85113');
    expect(communeOfAddress('61100', 'FLERS CEDEX')?.code).toBe('61169');
    expect(communesWithPostcode('61220').map((c) => c.name)).toContain('Briouze');
  });

  it('names a department with its article', () => {
    expect(inDepartment('61')).toBe('dans l’Orne (61)');
    expect(inDepartment('14')).toBe('dans le Calvados (14)');
    expect(inDepartment('78')).toBe('dans les Yvelines (78)');
    expect(inDepartment('976')).toBe('à Mayotte (976)');
  });
});
