import { describe, expect, it } from 'vitest';
import referenceFile from '../../../resources/occupations/sector-occupations.json';
import { createOccupationMatcher, jobTitleKey, namesOf, normaliseJobTitle, occupationReferenceFileSchema } from '../../../shared/domain/occupations';

const reference = occupationReferenceFileSchema.parse(referenceFile);
const catalogue = reference.occupations.map((occupation) => ({ key: occupation.key, label: occupation.label, synonyms: namesOf(occupation) }));
const match = createOccupationMatcher(catalogue);

describe('normalising typed job titles', () => {
  it.each([
    ['Agent de Service Hospitalier', 'agent de service hospitalier'],
    ['A.S.H.', 'ash'],
    ['A.S.', 'as'],
    ['Aides-soignant(e)s H/F', 'aides soignants'],
    ['Moniteur d’atelier', 'moniteur d atelier'],
    ['Infirmier(ère) coordinateur(trice)', 'infirmier coordinateur'],
    ['  ÉDUCATRICE   spécialisée (F/H) ', 'educatrice specialisee'],
  ])('%s → %s', (typed, expected) => {
    expect(normaliseJobTitle(typed)).toBe(expected);
  });

  it('folds feminine and plural forms to one key', () => {
    expect(jobTitleKey('aide soignante')).toBe(jobTitleKey('Aide-soignant'));
    expect(jobTitleKey('Aides-soignants')).toBe(jobTitleKey('aide soignant'));
    expect(jobTitleKey('Monitrice éducatrice')).toBe(jobTitleKey('Moniteur éducateur'));
    expect(jobTitleKey('Agents de services')).toBe(jobTitleKey('agent de service'));
    expect(jobTitleKey('Commise de cuisine')).toBe(jobTitleKey('Commis de cuisine'));
    expect(jobTitleKey('Maîtresse de maison')).toBe(jobTitleKey('Maître de maison'));
  });
});

describe('matching typed job titles to the reference occupations', () => {
  it.each([
    ['ASH', 'agent-service-hospitalier'],
    ['Agent de Service Hospitalier', 'agent-service-hospitalier'],
    ['agent des services hospitaliers', 'agent-service-hospitalier'],
    ['aide soignante', 'aide-soignant'],
    ['A.S.', 'aide-soignant'],
    ['AS', 'aide-soignant'],
    ['AVS', 'auxiliaire-vie-sociale'],
    ['AMP', 'accompagnant-educatif-social'],
    ['Aide médico-psychologique', 'accompagnant-educatif-social'],
    ["agent d'entretien", 'agent-service-interne'],
    ['Agent de service', 'agent-service-interne'],
    ['aide à domicile', 'agent-domicile'],
    ['Agent à domicile', 'agent-domicile'],
    ["Moniteur d'atelier", 'moniteur-atelier'],
    ['Monitrice d’atelier', 'moniteur-atelier'],
    ['IDE', 'infirmier'],
    ['Infirmière', 'infirmier'],
    ['IDEC', 'infirmier-coordinateur'],
    ['Auxiliaire de vie', 'assistant-vie-familles'],
    ['Lingère', 'linger'],
    ['Veilleuse de nuit', 'veilleur-nuit'],
    ['Technicienne de surface', 'agent-service-interne'],
    ['Cuisinière de collectivité', 'cuisinier-collectivite'],
  ])('%s → %s (exact)', (typed, key) => {
    const result = match(typed);
    expect(result).toMatchObject({ occupationKey: key, confidence: 1, matchedBy: 'exact' });
    expect(result.suggestions[0]?.occupationKey).toBe(key);
  });

  it('accepts a near match when it is clearly the closest (typo, extra words)', () => {
    expect(match('Aide-soignante de nuit')).toMatchObject({ occupationKey: 'aide-soignant', matchedBy: 'similar' });
    expect(match('agent de service hospitalier qualifie remplacement')).toMatchObject({ occupationKey: 'agent-service-hospitalier', matchedBy: 'similar' });
    expect(match('aide soigant')).toMatchObject({ occupationKey: 'aide-soignant', matchedBy: 'similar' });
    expect(match('ASH de nuit')).toMatchObject({ occupationKey: 'agent-service-hospitalier', matchedBy: 'similar' });
  });

  it('asks rather than guesses between two close occupations ("moniteur": atelier or éducateur?)', () => {
    const result = match('Moniteur');
    expect(result.occupationKey).toBeNull();
    expect(result.suggestions.map((s) => s.occupationKey).sort()).toEqual(['moniteur-atelier', 'moniteur-educateur']);
  });

  it('suggests the closest occupations for an unknown title, and does not guess', () => {
    const result = match('agent polyvalent cuisine ménage');
    expect(result.occupationKey).toBeNull();
    expect(result.confidence).toBe(0);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    for (const suggestion of result.suggestions) expect(suggestion.score).toBeGreaterThanOrEqual(0.3);
    expect(result.suggestions.map((s) => s.score)).toEqual([...result.suggestions.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('gives nothing for blank or meaningless input', () => {
    expect(match('')).toEqual({ occupationKey: null, confidence: 0, matchedBy: null, suggestions: [] });
    expect(match('  --  ')).toEqual({ occupationKey: null, confidence: 0, matchedBy: null, suggestions: [] });
    expect(match('xyzzy').occupationKey).toBeNull();
  });

  it('asks the person to choose when the same words name two occupations of the file', () => {
    const ambiguous = createOccupationMatcher([
      { key: 'a', label: 'Agent de service', synonyms: [] },
      { key: 'b', label: 'Agent polyvalent', synonyms: ['Agents de services'] },
    ]);
    const result = ambiguous('agent de service');
    expect(result.occupationKey).toBeNull();
    expect(result.suggestions.map((s) => s.occupationKey).sort()).toEqual(['a', 'b']);
  });

  it("uses the file's own synonyms", () => {
    const withLocalWord = createOccupationMatcher([...catalogue, { key: 'agent-polyvalent', label: 'Agent polyvalent', synonyms: ['APH'] }]);
    expect(withLocalWord('APH').occupationKey).toBe('agent-polyvalent');
  });
});
