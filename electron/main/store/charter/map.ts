import type Database from 'better-sqlite3';
import type { InterventionMap, MapCommune } from '../../../../shared/api/charter';
import { geoAttribution } from '../../print/generate-resources';
import { drawDepartments } from '../../print/geo/outlines';
import { communesOfEpci, findCommune, findDepartment } from '../../reference/communes';
import { listSignatories } from './signatories';
import { communesCovered } from './territory';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The association's territory: every commune of the EPCIs where its structures are, plus every
 * commune a signatory declared. For each, who intervenes there (active signatures only) and in
 * which field; a commune of the territory nobody covers is what the map makes stand out.
 * `versionId` keeps only the signatures of that version (an earlier version printed on its own).
 */
export function territoryCoverage(db: Database.Database, versionId?: number): Omit<MapCommune, 'path'>[] {
  const inTerritory = new Set<string>();
  const epcis = db.prepare("SELECT DISTINCT epci_code AS code FROM structure WHERE epci_code <> ''").all() as { code: string }[];
  for (const epci of epcis) for (const commune of communesOfEpci(epci.code)) inTerritory.add(commune.code);
  const loose = db.prepare("SELECT DISTINCT commune_code AS code FROM structure WHERE commune_code <> '' AND epci_code = ''").all() as { code: string }[];
  for (const commune of loose) inTerritory.add(commune.code);

  const byCommune = new Map<string, MapCommune['signatories']>();
  for (const signatory of listSignatories(db).filter((s) => s.withdrawnOn === null && (versionId === undefined || s.versionId === versionId))) {
    for (const code of communesCovered(signatory.territory)) {
      inTerritory.add(code);
      const list = byCommune.get(code) ?? [];
      list.push({ id: signatory.id, name: signatory.name, field: signatory.field });
      byCommune.set(code, list);
    }
  }
  return [...inTerritory]
    .map((code) => {
      const commune = findCommune(code);
      return { code, name: commune?.name ?? code, epciName: commune?.epciName ?? '', isInTerritory: true, signatories: byCommune.get(code) ?? [] };
    })
    .sort((a, b) => collator.compare(a.epciName, b.epciName) || collator.compare(a.name, b.name));
}

/** The table and the drawn map of interventions, over the departments of the territory. */
export async function interventionMap(db: Database.Database, width = 800, versionId?: number): Promise<InterventionMap> {
  const coverage = territoryCoverage(db, versionId);
  const departmentCodes = [...new Set(coverage.map((commune) => findCommune(commune.code)?.departmentCode).filter((code): code is string => Boolean(code)))].sort();
  const drawn = await drawDepartments(departmentCodes, width);
  const covered = new Map(coverage.map((commune) => [commune.code, commune]));
  const communes: MapCommune[] = drawn.communes.map((outline) => {
    const known = covered.get(outline.code);
    return known ? { ...known, path: outline.path } : { code: outline.code, name: outline.name, epciName: findCommune(outline.code)?.epciName ?? '', isInTerritory: false, signatories: [], path: outline.path };
  });
  // Communes of the territory without an outline (none expected with COG 2026) still appear in the table.
  const drawnCodes = new Set(drawn.communes.map((commune) => commune.code));
  for (const commune of coverage) if (!drawnCodes.has(commune.code)) communes.push({ ...commune, path: '' });
  // The table reads the territory by EPCI, then commune (the coverage's order), not by INSEE code
  // as the outlines come; the communes outside keep their place after them.
  const rank = new Map(coverage.map((commune, index) => [commune.code, index]));
  communes.sort((a, b) => (rank.get(a.code) ?? coverage.length) - (rank.get(b.code) ?? coverage.length));
  return {
    width: drawn.width,
    height: drawn.height,
    communes,
    departmentPaths: drawn.departmentPaths,
    departments: departmentCodes.map((code) => ({ code, name: findDepartment(code)?.name ?? code })),
    attribution: geoAttribution,
  };
}
