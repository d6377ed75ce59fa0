// Builds the content of resources/occupations/sector-occupations.json from sector-definitions.ts
// and France Travail's ROME v4.60 open data (../shared/rome beside the repository). Pure: the CSV
// texts come in, the JSON object comes out; the test that reads and writes the files is
// tests/unit/occupations/reference.test.ts:
//
//   PASSERELLES_WRITE_OCCUPATIONS=1 npx vitest run tests/unit/occupations/reference.test.ts
//
// The output is committed: the app never reads the ROME files at run time. Without the variable,
// the same test checks that the committed file is exactly what this produces (no hand edits).
import { jobTitleKey } from './normalise';
import { occupationDefinitions, type OccupationDefinition } from './sector-definitions';

export const ROME_VERSION = '4.60';
const SOURCE = `France Travail — ROME v${ROME_VERSION} (Licence Ouverte 2.0), appellations choisies pour le secteur sanitaire, social et médico-social`;

type Row = Record<string, string>;

/** RFC 4180 CSV (quoted fields, "" inside quotes), first line = header. */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') inQuotes = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      if (record.some((value) => value !== '')) records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header = [], ...lines] = records;
  return lines.map((values) => Object.fromEntries(header.map((name, i) => [name.replace(/^\uFEFF/, ''), values[i] ?? ''])));
}

// ROME's open data writes capitals without accents (« Educateur ») and straight apostrophes.
const accentedCapitals: [RegExp, string][] = [
  [/\bEduca/g, 'Éduca'],
  [/\bEtabli/g, 'Établi'],
  [/\bEquipi/g, 'Équipi'],
  [/\bEcono/g, 'Écono'],
  [/\bEcriv/g, 'Écriv'],
  [/\bElectr/g, 'Électr'],
  [/\bEmploy(é|e)\b/g, 'Employé'],
];

/** A ROME title in French typography: curly apostrophes, accented capitals (« Accompagnant Éducatif et Social »). */
export function frenchTypography(label: string): string {
  let text = label.replace(/'/g, '’');
  for (const [pattern, accented] of accentedCapitals) text = text.replace(pattern, accented);
  return text;
}

/**
 * ROME writes both genders as "Agent / Agente de service hospitalier": the words before the slash
 * replace as many words after it. Returns the masculine then the feminine form.
 */
export function expandRomeLabel(label: string): string[] {
  const slash = label.indexOf(' / ');
  if (slash < 0) return [label.trim()];
  const left = label.slice(0, slash).trim().split(/\s+/);
  const right = label.slice(slash + 3).trim().split(/\s+/);
  return [[...left, ...right.slice(left.length)].join(' '), right.join(' ')];
}

export type GeneratedOccupation = {
  key: string;
  label: string;
  romeCode: string;
  romeParent: string;
  family: OccupationDefinition['family'];
  synonyms: string[];
  romeAppellations: string[];
};

export type GeneratedFile = { source: string; romeVersion: string; occupations: GeneratedOccupation[]; regulatedRomeCodes: string[] };

/** Pure: the JSON content from the two CSV texts. Throws on any inconsistency, with the reason. */
export function buildSectorOccupations(codesCsv: string, appellationsCsv: string, definitions: readonly OccupationDefinition[] = occupationDefinitions): GeneratedFile {
  const codes = new Map(parseCsv(codesCsv).map((row) => [row.code_rome ?? '', row]));
  const appellations = parseCsv(appellationsCsv);
  const problems: string[] = [];

  // Who owns each way of writing a title: a curated name must belong to one occupation only.
  const curatedOwner = new Map<string, string>();
  for (const definition of definitions) {
    for (const name of [definition.label, ...definition.synonyms]) {
      const key = jobTitleKey(name);
      const owner = curatedOwner.get(key);
      if (owner && owner !== definition.key) problems.push(`« ${name} » désigne à la fois ${owner} et ${definition.key}.`);
      curatedOwner.set(key, definition.key);
    }
  }

  const candidates = definitions.map((definition) => {
    const code = codes.get(definition.romeCode);
    if (!code) problems.push(`${definition.key} : le code ROME ${definition.romeCode} n’existe pas dans la version ${ROME_VERSION}.`);
    const romeParent = code?.code_rome_parent ?? '';
    if (definition.expectedParent && romeParent !== definition.expectedParent)
      problems.push(`${definition.key} : le parent de ${definition.romeCode} est ${romeParent}, pas ${definition.expectedParent}.`);
    const selected = appellations
      .filter((row) => row.code_rome === definition.romeCode)
      .map((row) => row.libelle_appellation_long ?? '')
      .filter((label) => (!definition.include || definition.include.test(label)) && !definition.exclude?.test(label))
      .sort((a, b) => a.localeCompare(b, 'fr'));
    return { definition, romeParent, names: selected.flatMap(expandRomeLabel).map(frenchTypography) };
  });

  // An appellation that another occupation also claims (by its curated names or its own
  // appellations) would make matching ambiguous: it is left out of both.
  const appellationOwners = new Map<string, Set<string>>();
  for (const { definition, names } of candidates)
    for (const name of names) {
      const key = jobTitleKey(name);
      appellationOwners.set(key, (appellationOwners.get(key) ?? new Set()).add(definition.key));
    }

  const occupations = candidates.map(({ definition, romeParent, names }) => {
    const seen = new Set([definition.label, ...definition.synonyms].map(jobTitleKey));
    const romeAppellations: string[] = [];
    for (const name of names) {
      const key = jobTitleKey(name);
      const isClaimedElsewhere = (curatedOwner.get(key) ?? definition.key) !== definition.key || (appellationOwners.get(key)?.size ?? 0) > 1;
      if (seen.has(key) || isClaimedElsewhere) continue;
      seen.add(key);
      romeAppellations.push(name);
    }
    return {
      key: definition.key,
      label: definition.label,
      romeCode: definition.romeCode,
      romeParent,
      family: definition.family,
      synonyms: [...definition.synonyms],
      romeAppellations,
    };
  });

  if (problems.length > 0) throw new Error(`La liste des métiers est incohérente :\n${problems.join('\n')}`);
  // All of ROME's, not only the list's: an occupation the coordinator adds gets its code too.
  const regulatedRomeCodes = [...codes.values()].filter((row) => row.emploi_reglemente === 'O').map((row) => row.code_rome ?? '').filter(Boolean).sort();
  return { source: SOURCE, romeVersion: ROME_VERSION, occupations, regulatedRomeCodes };
}

export const serialise = (file: GeneratedFile) => `${JSON.stringify(file, null, 2)}\n`;
