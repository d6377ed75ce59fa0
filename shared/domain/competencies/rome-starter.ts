// Builds resources/competencies/starter-competencies.json: for each sector occupation of the
// reference list, its ROME v4.60 competencies (core items first) and ROME's mobility links, from
// France Travail's open data in ../shared/rome (beside the repository). Pure: the CSV texts and the
// occupation list come in, the JSON object comes out; the test that reads and writes the files is
// tests/unit/competencies/starter-resource.test.ts:
//
//   PASSERELLES_WRITE_COMPETENCIES=1 npx vitest run tests/unit/competencies/starter-resource.test.ts
//
// Without the variable, that test fails if the committed file differs from what this produces.
import { parseCsv, ROME_VERSION } from '../occupations/rome-reference';
import { starterWear } from './wear-defaults';
import type { Wear } from './wear';

export const competencyKinds = ['savoir_faire', 'savoir_etre', 'savoir'] as const;
export type CompetencyKind = (typeof competencyKinds)[number];

export const competencyKindLabels: Record<CompetencyKind, string> = {
  savoir_faire: 'Savoir-faire',
  savoir_etre: 'Savoir-être professionnel',
  savoir: 'Savoirs',
};

export type StarterCompetency = { codeOgr: string; kind: CompetencyKind; enjeu: string; label: string };
export type StarterRequirement = { codeOgr: string; isCore: boolean };
export type StarterMobility = { romeCode: string; label: string; rank: number; isRegulated: boolean; occupationKeys: string[] };
export type StarterOccupation = {
  key: string;
  romeCode: string;
  isRegulated: boolean;
  wear: Wear;
  requirements: StarterRequirement[];
  mobility: StarterMobility[];
};
export type StarterFile = {
  source: string;
  licence: string;
  romeVersion: string;
  competencies: StarterCompetency[];
  occupations: StarterOccupation[];
};

const SOURCE = `France Travail — ROME v${ROME_VERSION} : compétences (savoir-faire, savoir-être professionnels, savoirs) et mobilités des codes ROME des métiers du secteur`;
const LICENCE = 'Licence Ouverte / Open Licence 2.0 (Etalab) — attribution « France Travail — ROME v4.60 »';

// French typography on screen and in workbooks: ROME writes straight apostrophes.
const curly = (text: string) => text.trim().replace(/'/g, '’');

const kindOrder = new Map(competencyKinds.map((kind, i) => [kind, i]));

export type SectorOccupation = { key: string; romeCode: string | null };

/** Pure: the JSON content. Throws when an occupation's code has no competency in ROME (a wrong code). */
export function buildStarterCompetencies(occupations: readonly SectorOccupation[], competenciesCsv: string, mobilityCsv: string, codesCsv: string): StarterFile {
  const codes = new Map(parseCsv(codesCsv).map((row) => [row.code_rome ?? '', row]));
  const byCode = new Map<string, Record<string, string>[]>();
  for (const row of parseCsv(competenciesCsv)) {
    const list = byCode.get(row.code_rome ?? '') ?? [];
    list.push(row);
    byCode.set(row.code_rome ?? '', list);
  }
  const keysByCode = new Map<string, string[]>();
  for (const o of occupations) if (o.romeCode) keysByCode.set(o.romeCode, [...(keysByCode.get(o.romeCode) ?? []), o.key]);
  const mobilityByCode = new Map<string, Record<string, string>[]>();
  for (const row of parseCsv(mobilityCsv)) {
    if (!keysByCode.has(row.code_rome ?? '')) continue;
    mobilityByCode.set(row.code_rome ?? '', [...(mobilityByCode.get(row.code_rome ?? '') ?? []), row]);
  }

  const competencies = new Map<string, StarterCompetency>();
  const problems: string[] = [];
  const result: StarterOccupation[] = [];
  for (const occupation of occupations) {
    if (!occupation.romeCode) continue;
    const rows = byCode.get(occupation.romeCode) ?? [];
    if (rows.length === 0) problems.push(`${occupation.key} : aucune compétence pour le code ${occupation.romeCode} dans ROME v${ROME_VERSION}.`);
    // One line per code_ogr (a savoir can appear under two categories): core if core anywhere.
    const items = new Map<string, { row: Record<string, string>; isCore: boolean; order: number }>();
    rows.forEach((row, order) => {
      const codeOgr = row.code_ogr ?? '';
      const kind = row.kind as CompetencyKind;
      if (!kindOrder.has(kind)) problems.push(`${occupation.key} : nature de compétence inconnue « ${row.kind} ».`);
      if (!competencies.has(codeOgr)) competencies.set(codeOgr, { codeOgr, kind, enjeu: curly(row.enjeu ?? ''), label: curly(row.label ?? '') });
      const known = items.get(codeOgr);
      items.set(codeOgr, { row, isCore: (known?.isCore ?? false) || row.core === '1', order: known?.order ?? order });
    });
    const requirements = [...items.entries()]
      .sort(([, a], [, b]) => Number(b.isCore) - Number(a.isCore) || (kindOrder.get(a.row.kind as CompetencyKind) ?? 9) - (kindOrder.get(b.row.kind as CompetencyKind) ?? 9) || a.order - b.order)
      .map(([codeOgr, item]) => ({ codeOgr, isCore: item.isCore }));
    const mobility = (mobilityByCode.get(occupation.romeCode) ?? [])
      .map((row) => ({
        romeCode: row.code_rome_target ?? '',
        label: curly(row.target_libelle_rome ?? ''),
        rank: Number(row.order),
        isRegulated: codes.get(row.code_rome_target ?? '')?.emploi_reglemente === 'O',
        occupationKeys: keysByCode.get(row.code_rome_target ?? '') ?? [],
      }))
      .sort((a, b) => a.rank - b.rank);
    result.push({
      key: occupation.key,
      romeCode: occupation.romeCode,
      isRegulated: codes.get(occupation.romeCode)?.emploi_reglemente === 'O',
      wear: starterWear[occupation.key] ?? { physical: 0, night: 0, isolation: 0, emotional: 0 },
      requirements,
      mobility,
    });
  }
  if (problems.length > 0) throw new Error(`Le jeu de compétences de départ est incohérent :\n${problems.join('\n')}`);
  return {
    source: SOURCE,
    licence: LICENCE,
    romeVersion: ROME_VERSION,
    competencies: [...competencies.values()].sort((a, b) => Number(a.codeOgr) - Number(b.codeOgr)),
    occupations: result,
  };
}

export const serialiseStarter = (file: StarterFile) => `${JSON.stringify(file, null, 1)}\n`;
