import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import referenceFile from '../../../resources/occupations/sector-occupations.json';
import { buildSectorOccupations, expandRomeLabel, parseCsv, serialise } from '../../../shared/domain/occupations/rome-reference';
import { occupationDefinitions } from '../../../shared/domain/occupations/sector-definitions';
import { jobTitleKey, occupationReferenceFileSchema } from '../../../shared/domain/occupations';

const reference = occupationReferenceFileSchema.parse(referenceFile);
const byKey = new Map(reference.occupations.map((occupation) => [occupation.key, occupation]));
// The ROME open data sits beside the repository (../shared/rome); machines without it skip the regeneration check.
const romeFolder = join(import.meta.dirname, '../../../../shared/rome');
const outputPath = join(import.meta.dirname, '../../../resources/occupations/sector-occupations.json');
const generate = () =>
  buildSectorOccupations(readFileSync(join(romeFolder, 'rome-codes-v460.csv'), 'utf8'), readFileSync(join(romeFolder, 'rome-appellations-v460.csv'), 'utf8'));
const hasRome = existsSync(join(romeFolder, 'rome-codes-v460.csv'));
// PASSERELLES_WRITE_OCCUPATIONS=1 regenerates the committed JSON (see resources/occupations/generate.ts).
const isWriting = process.env.PASSERELLES_WRITE_OCCUPATIONS === '1';

describe('the sector occupations reference', () => {
  it('has the sector codes and parents of DOMAIN.md', () => {
    const expected: [string, string, string][] = [
      ['aide-soignant', 'J1501', 'J1501'],
      ['agent-service-hospitalier', 'J1301', 'J1301'],
      ['agent-service-interne', 'K2205', 'K2204'],
      ['agent-domicile', 'K1304', 'K1304'],
      ['assistant-vie-dependance', 'K1302', 'K1302'],
      ['accompagnant-educatif-social', 'K1306', 'K1302'],
      ['assistant-vie-familles', 'K1311', 'K1302'],
      ['infirmier', 'J1506', 'J1506'],
      ['infirmier-coordinateur', 'J1510', 'J1506'],
      ['moniteur-atelier', 'K1215', 'K1203'],
      ['moniteur-educateur', 'K1208', 'K1207'],
      ['educateur-specialise', 'K1207', 'K1207'],
      ['ergotherapeute', 'J1403', 'J1403'],
      ['orthophoniste', 'J1406', 'J1406'],
      ['psychologue', 'K1104', 'K1104'],
      ['cuisinier-collectivite', 'G1606', 'G1602'],
    ];
    for (const [key, code, parent] of expected) expect(byKey.get(key), key).toMatchObject({ romeCode: code, romeParent: parent });
  });

  it('covers every family, with unique keys', () => {
    expect(new Set(reference.occupations.map((o) => o.family))).toEqual(
      new Set(['nonMedicalServices', 'care', 'educational', 'paramedical', 'management', 'administrative', 'cateringHospitality']),
    );
    expect(byKey.size).toBe(reference.occupations.length);
  });

  it('never gives the same way of writing a title to two occupations (matching would be ambiguous)', () => {
    const owner = new Map<string, string>();
    for (const occupation of reference.occupations) {
      for (const name of [occupation.label, ...occupation.synonyms, ...occupation.romeAppellations]) {
        const key = jobTitleKey(name);
        expect(owner.get(key) ?? occupation.key, `« ${name} »`).toBe(occupation.key);
        owner.set(key, occupation.key);
      }
    }
  });

  it.runIf(hasRome && isWriting)('regenerates sector-occupations.json', () => {
    const file = generate();
    writeFileSync(outputPath, serialise(file));
    expect(file.occupations.length).toBe(occupationDefinitions.length);
  });

  it.runIf(hasRome && !isWriting)('is exactly what the generator produces from ROME v4.60 (no hand edits, every code checked)', () => {
    const generated = generate();
    expect(serialise(generated)).toBe(`${JSON.stringify(referenceFile, null, 2)}\n`);
  });
});

describe('the generator', () => {
  it('reads quoted CSV with commas and doubled quotes', () => {
    expect(parseCsv('"a","b"\n"x, y","say ""hi"""\r\n"z",""\n')).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'z', b: '' },
    ]);
  });

  it('expands ROME masculine / feminine labels', () => {
    expect(expandRomeLabel('Agent / Agente de service hospitalier (ASH)')).toEqual(['Agent de service hospitalier (ASH)', 'Agente de service hospitalier (ASH)']);
    expect(expandRomeLabel('Moniteur éducateur / Monitrice éducatrice')).toEqual(['Moniteur éducateur', 'Monitrice éducatrice']);
    expect(expandRomeLabel('Ergothérapeute')).toEqual(['Ergothérapeute']);
  });

  it('refuses a code that ROME does not have, or a parent that disagrees with DOMAIN.md', () => {
    const codes = '"code_rome","libelle_rome","code_rome_parent"\n"J1501","Aide-soignant / Aide-soignante","J1501"\n';
    const appellations = '"code_rome","libelle_appellation_long"\n';
    const base = occupationDefinitions.find((d) => d.key === 'aide-soignant');
    if (!base) throw new Error('aide-soignant missing');
    expect(() => buildSectorOccupations(codes, appellations, [{ ...base, romeCode: 'J9999' }])).toThrow(/J9999 n’existe pas/);
    expect(() => buildSectorOccupations(codes, appellations, [{ ...base, expectedParent: 'J1500' }])).toThrow(/parent de J1501 est J1501, pas J1500/);
    expect(() => buildSectorOccupations(codes, appellations, [base, { ...base, key: 'autre' }])).toThrow(/désigne à la fois/);
  });
});

describe('the reference’s typography', () => {
  it('writes ROME titles with curly apostrophes and accented capitals', async () => {
    const { frenchTypography } = await import('../../../shared/domain/occupations/rome-reference');
    expect(frenchTypography('Accompagnant Educatif et Social (AES)')).toBe('Accompagnant Éducatif et Social (AES)');
    expect(frenchTypography("Agent d'entretien")).toBe('Agent d’entretien');
    const json = readFileSync(join(import.meta.dirname, '../../../resources/occupations/sector-occupations.json'), 'utf8');
    expect(json).not.toMatch(/[a-zé]'[a-zé]/i);
    expect(json).not.toMatch(/\bEduca/);
  });
});
