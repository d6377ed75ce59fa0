import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import occupationsFile from '../../../resources/occupations/sector-occupations.json';
import { buildStarterCompetencies, serialiseStarter, type StarterFile } from '../../../shared/domain/competencies/rome-starter';

// The ROME open data sits beside the repository (../shared/rome); machines without it skip the regeneration check.
const romeFolder = join(import.meta.dirname, '../../../../shared/rome');
const outputPath = join(import.meta.dirname, '../../../resources/competencies/starter-competencies.json');
const hasRome = existsSync(join(romeFolder, 'rome-competencies-v460.csv'));
const isWriting = process.env.PASSERELLES_WRITE_COMPETENCIES === '1';
const read = (name: string) => readFileSync(join(romeFolder, name), 'utf8');
const generate = () => buildStarterCompetencies(occupationsFile.occupations, read('rome-competencies-v460.csv'), read('rome-mobility-v460.csv'), read('rome-codes-v460.csv'));
const committed = () => JSON.parse(readFileSync(outputPath, 'utf8')) as StarterFile;

describe('the starter competencies', () => {
  it.runIf(hasRome && isWriting)('regenerates starter-competencies.json', () => {
    writeFileSync(outputPath, serialiseStarter(generate()));
  });

  it.runIf(hasRome && !isWriting)('is exactly what the generator produces from ROME v4.60 (no hand edits)', () => {
    expect(readFileSync(outputPath, 'utf8')).toBe(serialiseStarter(generate()));
  });

  it('keeps the licence and attribution, and ROME’s code_ogr for every item', () => {
    const file = committed();
    expect(file.licence).toContain('Licence Ouverte');
    expect(file.licence).toContain('France Travail — ROME v4.60');
    expect(file.source).toContain('France Travail');
    expect(file.competencies.every((c) => /^\d+$/.test(c.codeOgr))).toBe(true);
  });

  it('gives every sector occupation its ROME items, core first, and its ROME bridges', () => {
    const file = committed();
    const known = new Set(file.competencies.map((c) => c.codeOgr));
    expect(file.occupations.map((o) => o.key)).toEqual(occupationsFile.occupations.filter((o) => o.romeCode).map((o) => o.key));
    for (const occupation of file.occupations) {
      expect(occupation.requirements.length, occupation.key).toBeGreaterThan(5);
      expect(occupation.requirements.every((r) => known.has(r.codeOgr))).toBe(true);
      const firstOther = occupation.requirements.findIndex((r) => !r.isCore);
      expect(occupation.requirements.slice(firstOther).some((r) => r.isCore), occupation.key).toBe(false);
    }
    const asi = file.occupations.find((o) => o.key === 'agent-service-interne');
    // K2205 in ROME v4.60: 46 items, 13 of them « Principale »; its bridges start with K2204, then J1301 (ASH).
    expect(asi?.requirements).toHaveLength(46);
    expect(asi?.requirements.filter((r) => r.isCore)).toHaveLength(13);
    expect(asi?.mobility.slice(0, 2)).toMatchObject([
      { romeCode: 'K2204', rank: 1, occupationKeys: [] },
      { romeCode: 'J1301', rank: 2, occupationKeys: ['agent-service-hospitalier'] },
    ]);
    expect(file.occupations.find((o) => o.key === 'aide-soignant')?.isRegulated).toBe(true);
    expect(asi?.isRegulated).toBe(false);
  });
});

describe('the generator', () => {
  it('refuses an occupation whose code has no competency', () => {
    expect(() => buildStarterCompetencies([{ key: 'x', romeCode: 'Z9999' }], '"code_rome","kind","enjeu","code_ogr","label","core"\n', '"code_rome"\n', '"code_rome"\n')).toThrow(/aucune compétence pour le code Z9999/);
  });

  it('merges an item listed twice for one code, core when core in either', () => {
    const csv = '"code_rome","kind","enjeu","code_ogr","label","core"\n"A1","savoir","Normes","7","Hygiène","0"\n"A1","savoir","Autre","7","Hygiène","1"\n"A1","savoir_faire","Soin","8","Laver","0"\n';
    const file = buildStarterCompetencies([{ key: 'a', romeCode: 'A1' }], csv, '"code_rome"\n', '"code_rome","emploi_reglemente"\n"A1","O"\n');
    expect(file.occupations[0]).toMatchObject({ isRegulated: true, requirements: [{ codeOgr: '7', isCore: true }, { codeOgr: '8', isCore: false }] });
  });
});
