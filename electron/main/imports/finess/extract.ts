import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { isMetricProjection, type StoredLocation } from '../../../../shared/domain/location';
import { fail } from '../../errors';
import { csvRecords } from '../csv-records';
import { readTextFileLines, type TextEncoding } from '../text-lines';

/** One `structureet;` line, with only what the register uses. */
export type FinessEstablishment = {
  /** Line number in the file (1-based), for the report. */
  line: number;
  finessEt: string;
  finessEj: string;
  name: string;
  address: string;
  postcode: string;
  /** INSEE code of the commune: department + commune (see inseeCodeOf). */
  communeCode: string;
  /** INSEE department code ('61', '2A', '974'). */
  departmentCode: string;
  departmentName: string;
  categoryCode: string;
  categoryLabel: string;
  aggregateCode: string;
  siret: string;
  /** From the establishment's `geolocalisation;` line; null when it has none we can use. */
  location: StoredLocation | null;
};

export type FinessExtract = {
  fileName: string;
  sha256: string;
  encoding: TextEncoding;
  establishments: FinessEstablishment[];
  /** Lines that look like establishments but cannot be read: reported, never guessed at. */
  unreadable: { line: number; finessEt: string; name: string; message: string }[];
};

/** The national extract is ~100 MB; anything much larger is not it. */
export const finessMaxBytes = 400 * 1024 * 1024;

export const finessWhatToPick =
  'Choisissez le fichier « etalab-cs1100507-stock-AAAAMMJJ-HHMM.csv » (extraction FINESS des établissements) ' +
  'publié sur data.gouv.fr, sans l’ouvrir ni l’enregistrer dans Excel.';

// Field positions of a `structureet` line (0 is the line type).
const at = {
  finessEt: 1,
  finessEj: 2,
  shortName: 3,
  longName: 4,
  complement: 5,
  distribution: 6,
  streetNumber: 7,
  streetType: 8,
  street: 9,
  streetComplement: 10,
  place: 11,
  commune: 12,
  department: 13,
  departmentName: 14,
  postalLine: 15,
  category: 18,
  categoryLabel: 19,
  aggregate: 20,
  siret: 22,
} as const;
/** The etalab layout: 32 fields (a trailing `;` adds an empty 33rd, which some copies have). */
export const structureFieldCount = 32;
// '61', '01', '2A', '2B', and '9A'…'9F' for the overseas departments (see inseeCodeOf).
const departmentPattern = /^(\d{1,2}|2[AB]|9[A-F])$/;
const communePattern = /^\d{1,3}$/;

// The extract abbreviates street types; the register keeps addresses as people write them.
const streetTypes: Record<string, string> = {
  AV: 'AVENUE',
  BD: 'BOULEVARD',
  PL: 'PLACE',
  RTE: 'ROUTE',
  CHE: 'CHEMIN',
  ALL: 'ALLEE',
  IMP: 'IMPASSE',
  CRS: 'COURS',
  SQ: 'SQUARE',
  QUA: 'QUARTIER',
  FG: 'FAUBOURG',
  HAM: 'HAMEAU',
  LD: 'LIEU-DIT',
  R: 'RUE',
  RES: 'RESIDENCE',
  PROM: 'PROMENADE',
  VOIE: 'VOIE',
};

/**
 * FINESS writes the department on 2 characters: '2A'/'2B' for Corsica, and '9A'…'9F' for the
 * overseas departments, whose 3-digit commune code then starts with the department's last digit
 * ('9D' + '411' → 97411, Saint-Denis de La Réunion).
 */
export function inseeCodeOf(department: string, commune: string): { communeCode: string; departmentCode: string } {
  const dep = department.trim().toUpperCase();
  const com = commune.trim().padStart(3, '0');
  if (/^9[A-F]$/.test(dep)) return { communeCode: `97${com}`, departmentCode: `97${com.slice(0, 1)}` };
  const departmentCode = dep.padStart(2, '0');
  return { communeCode: `${departmentCode}${com}`, departmentCode };
}

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function addressOf(fields: string[]): string {
  const type = clean(fields[at.streetType]).toUpperCase();
  const street = [clean(fields[at.streetNumber]), streetTypes[type] ?? type, clean(fields[at.street]), clean(fields[at.streetComplement])]
    .filter(Boolean)
    .join(' ');
  return [clean(fields[at.complement]), clean(fields[at.distribution]), street, clean(fields[at.place])].filter(Boolean).join(', ');
}

function establishmentOf(fields: string[], line: number): FinessEstablishment {
  const { communeCode, departmentCode } = inseeCodeOf(fields[at.department] ?? '', fields[at.commune] ?? '');
  const postal = /^(\d{5})\b/.exec(clean(fields[at.postalLine]));
  return {
    line,
    finessEt: clean(fields[at.finessEt]).toUpperCase(),
    finessEj: clean(fields[at.finessEj]).toUpperCase(),
    name: clean(fields[at.longName]) || clean(fields[at.shortName]),
    address: addressOf(fields),
    postcode: postal?.[1] ?? '',
    communeCode,
    departmentCode,
    departmentName: clean(fields[at.departmentName]),
    categoryCode: clean(fields[at.category]),
    categoryLabel: clean(fields[at.categoryLabel]),
    aggregateCode: clean(fields[at.aggregate]),
    siret: clean(fields[at.siret]),
    location: null,
  };
}

/**
 * A `geolocalisation;` line: FINESS ET; X; Y (metres); source text whose last comma-separated
 * item is the projection ("1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93"); date. Null when the
 * coordinates are not numbers or the projection is not a metric one (no distance could use it).
 */
export function geolocationOf(line: string | string[]): { finessEt: string; location: StoredLocation } | null {
  const fields = typeof line === 'string' ? line.split(';') : line;
  const finessEt = clean(fields[1]).toUpperCase();
  const number = (text: string | undefined) => {
    const trimmed = clean(text).replace(',', '.');
    return trimmed === '' ? NaN : Number(trimmed);
  };
  const x = number(fields[2]);
  const y = number(fields[3]);
  const source = clean(fields[4]);
  const projection = (source.split(',').at(-1) ?? '').trim().toUpperCase();
  if (!finessEt || ![x, y].every(Number.isFinite) || !isMetricProjection(projection)) return null;
  return { finessEt, location: { x, y, projection, source } };
}

/** Why a `structureet` line cannot be read safely, or null: a shifted line is never attributed to a made-up department. */
function unreadableReason(fields: string[], isUnterminated: boolean): string | null {
  if (isUnterminated) return 'Guillemet ouvert et jamais fermé : la ligne est ignorée. Téléchargez à nouveau l’extraction, sans l’ouvrir dans un tableur.';
  const count = fields.length === structureFieldCount + 1 && fields.at(-1) === '' ? structureFieldCount : fields.length;
  if (count !== structureFieldCount) {
    return `La ligne compte ${count} champs au lieu de ${structureFieldCount} : elle est ignorée. Téléchargez à nouveau l’extraction, sans l’ouvrir dans un tableur.`;
  }
  const department = clean(fields[at.department]).toUpperCase();
  if (!departmentPattern.test(department) || !communePattern.test(clean(fields[at.commune]))) {
    return `Le département « ${department} » ou la commune « ${clean(fields[at.commune])} » n’est pas un code FINESS : la ligne est ignorée.`;
  }
  return null;
}

function notAnExtract(fileName: string, why: string): never {
  fail('INVALID_FILE', `« ${fileName} » n’est pas une extraction FINESS : ${why}. ${finessWhatToPick}`);
}

/** Reads the whole extract in one streamed pass (re-read once if it turns out not to be UTF-8). */
export async function readFinessExtract(path: string): Promise<FinessExtract> {
  const fileName = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail('NOT_FOUND', `Le fichier « ${fileName} » est introuvable : il a peut-être été déplacé. Choisissez-le à nouveau.`);
  }
  if (size === 0) notAnExtract(fileName, 'le fichier est vide');
  if (size > finessMaxBytes) notAnExtract(fileName, `il pèse ${Math.round(size / 1024 / 1024)} Mo, bien plus que l’extraction nationale`);

  const { result, encoding, sha256 } = await readTextFileLines(path, async (lines) => {
    const establishments: FinessEstablishment[] = [];
    const unreadable: FinessExtract['unreadable'] = [];
    // The real file lists every establishment, then every location: kept by FINESS, attached at the end.
    const locations = new Map<string, StoredLocation>();
    let isFirst = true;
    for await (const record of csvRecords(lines)) {
      const { line: number, fields } = record;
      if (isFirst) {
        isFirst = false;
        // Checked before reading further: a wrong file is refused at once, whatever its size.
        if (!/^finess;etalab;/i.test(fields.join(';'))) notAnExtract(fileName, 'sa première ligne ne commence pas par « finess;etalab; »');
        continue;
      }
      const kind = fields[0];
      if (kind === 'geolocalisation') {
        const geolocation = geolocationOf(fields);
        if (geolocation) locations.set(geolocation.finessEt, geolocation.location);
        continue;
      }
      if (kind !== 'structureet') continue; // blank lines and other kinds
      const problem = unreadableReason(record.fields, record.isUnterminated);
      if (problem) {
        unreadable.push({ line: number, finessEt: clean(fields[at.finessEt]).toUpperCase(), name: clean(fields[at.longName]) || clean(fields[at.shortName]), message: problem });
        continue;
      }
      establishments.push(establishmentOf(fields, number));
    }
    for (const establishment of establishments) establishment.location = locations.get(establishment.finessEt) ?? null;
    return { establishments, unreadable };
  });
  if (result.establishments.length === 0) notAnExtract(fileName, 'il ne contient aucune ligne « structureet »');
  return { fileName, sha256, encoding, ...result };
}
