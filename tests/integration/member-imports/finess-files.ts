import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const sampleExtractPath = join(import.meta.dirname, '../../fixtures/member-imports/finess-extract-sample.csv');
export const sampleExtract = () => readFileSync(sampleExtractPath, 'utf8');

export function writeLatin1(path: string, text: string): string {
  writeFileSync(path, iconv.encode(text, 'latin1'));
  return path;
}

type Line = { et: string; ej?: string; name: string; commune: string; dep?: string; category: string; label?: string; siret?: string; postal?: string };

/** A `structureet` line with its 32 fields, as the etalab extract writes it. */
export function structureLine(l: Line): string {
  const fields = Array.from({ length: 32 }, () => '');
  fields[0] = 'structureet';
  fields[1] = l.et;
  fields[2] = l.ej ?? '';
  fields[3] = l.name.slice(0, 38);
  fields[4] = l.name;
  fields[7] = '1';
  fields[8] = 'RUE';
  fields[9] = 'DE LA MAIRIE';
  fields[12] = l.commune;
  fields[13] = l.dep ?? '61';
  fields[14] = 'ORNE';
  fields[15] = l.postal ?? '';
  fields[16] = '0233000000';
  fields[18] = l.category;
  fields[19] = l.label ?? `Catégorie ${l.category}`;
  fields[20] = l.category === '500' ? '4401' : '4301';
  fields[22] = l.siret ?? '';
  fields[28] = '2001-01-01';
  return fields.join(';');
}

/** A SIRET with a valid Luhn key, from a 13-digit stem. */
export function siretFrom(stem: string): string {
  for (let key = 0; key < 10; key += 1) {
    const candidate = `${stem}${key}`;
    let sum = 0;
    for (let i = 0; i < 14; i += 1) {
      let digit = Number(candidate[13 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

// Orne communes (INSEE 61xxx) with their 3-digit FINESS commune code.
export const orneCommunes = [
  { code: '169', name: 'FLERS', postal: '61100' },
  { code: '168', name: 'LA FERTE MACE', postal: '61600' },
  { code: '001', name: 'ALENCON', postal: '61000' },
  { code: '063', name: 'BRIOUZE', postal: '61220' },
  { code: '486', name: 'TINCHEBRAY BOCAGE', postal: '61800' },
];
const categories = ['500', '460', '354', '246', '183'];

/**
 * 100 establishments: 80 in the Orne spread over five communes and five categories, 20 in the
 * Calvados; with geolocalisation lines in between, as the real file has them.
 */
export function generatedExtract(): string {
  const lines = ['finess;etalab;100;2026-05-12'];
  for (let i = 0; i < 100; i += 1) {
    const isOrne = i < 80;
    const commune = orneCommunes[i % orneCommunes.length];
    const category = categories[Math.floor(i / 5) % categories.length] ?? '500';
    const et = `${isOrne ? '61' : '14'}${String(1000000 + i).padStart(7, '0')}`;
    lines.push(
      structureLine({
        et,
        ej: `${isOrne ? '61' : '14'}9${String(i).padStart(6, '0')}`,
        name: `ETABLISSEMENT ${i}`,
        commune: isOrne ? (commune?.code ?? '169') : '118',
        dep: isOrne ? '61' : '14',
        category,
        postal: isOrne ? `${commune?.postal} ${commune?.name}` : '14000 CAEN',
        siret: siretFrom(`7785012${String(100000 + i).slice(-6)}`),
      }),
    );
    lines.push(`geolocalisation;${et};450000.0;6850000.0;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-05-12`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The sample's SIRETs are made up and fail their key: this copy gives each a valid key. */
export function sampleWithValidSirets(): string {
  return sampleExtract()
    .split('\n')
    .map((line) => {
      if (!line.startsWith('structureet;')) return line;
      const fields = line.split(';');
      fields[22] = siretFrom((fields[22] ?? '').slice(0, 13));
      return fields.join(';');
    })
    .join('\n');
}

export function writeValidSample(folder: string): string {
  const path = join(folder, 'etalab-cs1100507-stock-20260512-0336.csv');
  writeFileSync(path, sampleWithValidSirets());
  return path;
}
