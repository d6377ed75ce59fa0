import type { TerritoryChoice, TerritoryPart } from '../../../../shared/api/charter';
import { fail } from '../../errors';
import { communesOfEpci, findCommune, listEpcis, searchCommunes, successorOf } from '../../reference/communes';
import { searchKey } from '../../reference/search-key';

/** A declared part with its name from the offline directory; an unknown code is refused. */
export function resolvePart(part: { kind: 'commune' | 'epci'; code: string }): TerritoryPart {
  if (part.kind === 'commune') {
    const commune = findCommune(part.code) ?? successorOf(part.code);
    if (!commune) fail('VALIDATION', `La commune ${part.code} n’existe pas dans le code officiel géographique : choisissez-la dans la liste.`);
    return { kind: 'commune', code: commune.code, name: commune.name };
  }
  const epci = listEpcis(null).find((candidate) => candidate.code === part.code);
  if (!epci) fail('VALIDATION', `L’EPCI ${part.code} n’existe pas (ou plus) : choisissez-le dans la liste.`);
  return { kind: 'epci', code: epci.code, name: epci.name };
}

/** The communes a set of parts covers (an EPCI counts for all its communes). */
export function communesCovered(parts: { kind: string; code: string }[]): string[] {
  const codes = new Set<string>();
  for (const part of parts) {
    if (part.kind === 'commune') codes.add(part.code);
    else for (const commune of communesOfEpci(part.code)) codes.add(commune.code);
  }
  return [...codes];
}

/** EPCIs whose name holds the words typed, then communes by name or postcode. */
export function searchTerritory(query: string): TerritoryChoice[] {
  const key = searchKey(query);
  if (key.length < 2) return [];
  const epcis = listEpcis(null)
    .filter((epci) => searchKey(epci.name).includes(key))
    .slice(0, 8)
    .map((epci) => ({ kind: 'epci' as const, code: epci.code, name: epci.name, detail: `EPCI, ${communesOfEpci(epci.code).length} communes` }));
  const communes = searchCommunes(query, 12).map((commune) => ({
    kind: 'commune' as const,
    code: commune.code,
    name: commune.name,
    detail: `${commune.postcodes[0] ?? commune.departmentCode}${commune.epciName ? ` · ${commune.epciName}` : ''}`,
  }));
  return [...epcis, ...communes];
}
