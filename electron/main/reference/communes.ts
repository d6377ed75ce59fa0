import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Commune } from '../../../shared/api/members';
import { searchKey } from './search-key';

// The directory of @etalab/decoupage-administratif (INSEE's official geography), read offline.
type RawCommune = {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  /** For a delegated or associated commune: the current commune it belongs to. */
  chefLieu?: string;
  /** For a municipal arrondissement (Paris, Lyon, Marseille): its commune. */
  commune?: string;
};
type RawEpci = { code: string; nom: string; membres: { code: string }[] };
type RawDepartment = { code: string; nom: string; typeLiaison: number };

export type Epci = { code: string; name: string };
export type Department = { code: string; name: string; typeLiaison: number };

type IndexedCommune = Commune & { key: string; population: number };

type Directory = {
  communes: Map<string, IndexedCommune>;
  /** Former, delegated and arrondissement codes → the current commune's code. */
  successors: Map<string, string>;
  /** Names of delegated and associated communes (search key) → the current communes they belong to. */
  formerNames: Map<string, { name: string; currentCode: string }[]>;
  byPostcode: Map<string, IndexedCommune[]>;
  epcis: Map<string, Epci & { departments: Set<string> }>;
  departments: Map<string, Department>;
};

const readData = <T>(file: string): T => {
  // Read as a file rather than imported: the 12 MB of JSON stays out of the bundle and is parsed
  // only on the first lookup, not when the app starts.
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;
};

function buildDirectory(): Directory {
  const rawCommunes = readData<RawCommune[]>('communes.json');
  const rawEpcis = readData<RawEpci[]>('epci.json');
  const rawDepartments = readData<RawDepartment[]>('departements.json');

  const epciOfCommune = new Map<string, Epci>();
  for (const epci of rawEpcis) {
    for (const member of epci.membres) epciOfCommune.set(member.code, { code: epci.code, name: epci.nom });
  }

  const communes = new Map<string, IndexedCommune>();
  const successors = new Map<string, string>();
  const formerNames: Directory['formerNames'] = new Map();
  const byPostcode = new Map<string, IndexedCommune[]>();
  const epcis: Directory['epcis'] = new Map();
  for (const raw of rawCommunes) {
    if (raw.type !== 'commune-actuelle') {
      const current = raw.chefLieu ?? raw.commune;
      if (current && !successors.has(raw.code)) successors.set(raw.code, current);
      // Members' lists still write « Tinchebray » for Tinchebray-Bocage (commune nouvelle of 2015).
      if (raw.chefLieu && (raw.type === 'commune-deleguee' || raw.type === 'commune-associee')) {
        const key = searchKey(raw.nom);
        formerNames.set(key, [...(formerNames.get(key) ?? []), { name: raw.nom, currentCode: raw.chefLieu }]);
      }
      continue;
    }
    const epci = epciOfCommune.get(raw.code);
    const commune: IndexedCommune = {
      code: raw.code,
      name: raw.nom,
      postcodes: raw.codesPostaux ?? [],
      departmentCode: raw.departement ?? '',
      epciCode: epci?.code ?? '',
      epciName: epci?.name ?? '',
      key: searchKey(raw.nom),
      population: raw.population ?? 0,
    };
    communes.set(commune.code, commune);
    for (const former of raw.anciensCodes ?? []) successors.set(former, commune.code);
    for (const postcode of commune.postcodes) byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
    if (epci) {
      const entry = epcis.get(epci.code) ?? { ...epci, departments: new Set<string>() };
      entry.departments.add(commune.departmentCode);
      epcis.set(epci.code, entry);
    }
  }
  // A code that is still current is never redirected elsewhere.
  for (const code of communes.keys()) successors.delete(code);

  const departments = new Map(rawDepartments.map((d) => [d.code, { code: d.code, name: d.nom, typeLiaison: d.typeLiaison }]));
  return { communes, successors, formerNames, byPostcode, epcis, departments };
}

let directory: Directory | null = null;
const loaded = (): Directory => (directory ??= buildDirectory());

/** One Commune per indexed commune, made on first use and frozen (an import looks the same few up 10,000 times). */
const publicCommunes = new WeakMap<IndexedCommune, Commune>();
function toCommune(indexed: IndexedCommune): Commune {
  let commune = publicCommunes.get(indexed);
  if (!commune) {
    const { key: _key, population: _population, ...rest } = indexed;
    commune = Object.freeze(rest);
    publicCommunes.set(indexed, commune);
  }
  return commune;
}

/** A current commune by its INSEE code ('61169'), or null. */
export function findCommune(code: string): Commune | null {
  const found = loaded().communes.get(code.trim().toUpperCase());
  return found ? toCommune(found) : null;
}

/**
 * The current commune a former code now belongs to (a commune merged into a "commune nouvelle",
 * a delegated commune, a Paris/Lyon/Marseille arrondissement), or null. Old files and extracts carry these.
 */
export function successorOf(code: string): Commune | null {
  const current = loaded().successors.get(code.trim().toUpperCase());
  return current ? findCommune(current) : null;
}

/** The current communes served by a postcode. */
export function communesWithPostcode(postcode: string): Commune[] {
  return (loaded().byPostcode.get(postcode.trim()) ?? []).map(toCommune);
}

/**
 * The commune of a postcode and a town name as written in an address or a workbook
 * ("61800", "TINCHEBRAY BOCAGE"); the only commune of the postcode when the name is empty.
 */
export function communeOfAddress(postcode: string, townName: string): Commune | null {
  const candidates = loaded().byPostcode.get(postcode.trim()) ?? [];
  const key = searchKey(townName.replace(/\bcedex\b.*$/i, ''));
  if (key === '') return candidates.length === 1 && candidates[0] ? toCommune(candidates[0]) : null;
  const found = candidates.find((commune) => commune.key === key);
  return found ? toCommune(found) : null;
}

/**
 * A delegated or associated commune by its name (« Athis-de-l'Orne »), resolved to the current
 * commune it now belongs to (its chef-lieu, « Athis-Val de Rouvre »). With a postcode, only a
 * current commune serving it; without, only when the name is unambiguous.
 */
export function formerCommuneOfAddress(postcode: string, townName: string): { commune: Commune; formerName: string } | null {
  const { formerNames, communes } = loaded();
  const key = searchKey(townName.replace(/\bcedex\b.*$/i, ''));
  const post = postcode.trim();
  const matches = (formerNames.get(key) ?? [])
    .map((former) => ({ former, commune: communes.get(former.currentCode) }))
    .filter((match): match is { former: { name: string; currentCode: string }; commune: IndexedCommune } => match.commune !== undefined)
    .filter((match) => post === '' || match.commune.postcodes.includes(post));
  const distinct = new Set(matches.map((match) => match.commune.code));
  const [first] = matches;
  return distinct.size === 1 && first ? { commune: toCommune(first.commune), formerName: first.former.name } : null;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** By INSEE code, by postcode (or its beginning), or by name regardless of accents and case. */
export function searchCommunes(query: string, limit = 20): Commune[] {
  const { communes, byPostcode } = loaded();
  const text = query.trim();
  if (text === '') return [];
  if (/^(\d{5}|2[AB]\d{3})$/i.test(text)) {
    const byCode = communes.get(text.toUpperCase());
    const byPost = byPostcode.get(text) ?? [];
    return [...(byCode ? [byCode] : []), ...byPost.filter((c) => c !== byCode)].slice(0, limit).map(toCommune);
  }
  if (/^\d{2,4}$/.test(text)) {
    return [...communes.values()]
      .filter((commune) => commune.postcodes.some((postcode) => postcode.startsWith(text)))
      .sort((a, b) => b.population - a.population)
      .slice(0, limit)
      .map(toCommune);
  }
  const key = searchKey(text);
  if (key === '') return [];
  const rank = (commune: IndexedCommune) => {
    if (commune.key === key) return 0;
    if (commune.key.startsWith(key)) return 1;
    if (commune.key.includes(` ${key}`)) return 2;
    return commune.key.includes(key) ? 3 : -1;
  };
  return [...communes.values()]
    .map((commune) => ({ commune, rank: rank(commune) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || b.commune.population - a.commune.population || collator.compare(a.commune.name, b.commune.name))
    .slice(0, limit)
    .map((entry) => toCommune(entry.commune));
}

/** The EPCI (communauté de communes, d’agglomération…) a commune belongs to, or null (e.g. Paris, some islands). */
export function epciOf(communeCode: string): Epci | null {
  const commune = loaded().communes.get(communeCode.trim().toUpperCase());
  return commune && commune.epciCode ? { code: commune.epciCode, name: commune.epciName } : null;
}

/** EPCIs with at least one commune in the department (an EPCI may straddle two), or all of them. */
export function listEpcis(departmentCode: string | null): Epci[] {
  const wanted = departmentCode?.trim().toUpperCase() || null;
  return [...loaded().epcis.values()]
    .filter((epci) => wanted === null || epci.departments.has(wanted))
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The communes of an EPCI, e.g. to select a territory for the FINESS import. */
export function communesOfEpci(epciCode: string): Commune[] {
  return [...loaded().communes.values()].filter((commune) => commune.epciCode === epciCode).map(toCommune);
}

export function findDepartment(code: string): Department | null {
  return loaded().departments.get(code.trim().toUpperCase()) ?? null;
}

export const isDirectoryLoaded = () => directory !== null;

// INSEE's "type de liaison" says which article a name takes: 2 le, 3 la, 4 les, 5 l’.
const articles: Record<number, string> = { 2: 'le ', 3: 'la ', 4: 'les ', 5: 'l’' };

/** "dans l’Orne (61)", "dans le Calvados (14)", "à Mayotte (976)", or "dans le département 99". */
export function inDepartment(code: string): string {
  const department = findDepartment(code);
  if (!department) return `dans le département ${code}`;
  const article = articles[department.typeLiaison];
  return article ? `dans ${article}${department.name} (${department.code})` : `à ${department.name} (${department.code})`;
}
