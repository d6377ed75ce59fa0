import { jobTitleKey, jobTitleTokens } from './normalise';

/** What the matcher needs of an occupation: its label and every other way of writing it (ROME appellations, the file's own synonyms). */
export type MatchableOccupation = { key: string; label: string; synonyms: readonly string[] };

export type OccupationSuggestion = {
  occupationKey: string;
  label: string;
  /** 0–1: how close the typed title is to this occupation's nearest name. */
  score: number;
  /** The label or synonym that came closest, to show "ASH ≈ Agent de service hospitalier". */
  matchedName: string;
};

export type OccupationMatch = {
  /** The occupation the title means, or null when the person must choose (unknown or ambiguous). */
  occupationKey: string | null;
  /** 1 for an exact label/synonym match, the similarity score for a confident near match, 0 otherwise. */
  confidence: number;
  matchedBy: 'exact' | 'similar' | null;
  /** The closest occupations, best first ("did you mean…"); includes the match itself. */
  suggestions: OccupationSuggestion[];
};

/**
 * A near match is accepted without asking only when it is both close and clearly ahead of the
 * runner-up: score ≥ 0.85 with a lead of 0.15, or score ≥ 0.7 with a lead of 0.25 ("Aide-soignante
 * de nuit" → aide-soignant). "Moniteur" alone stays a question: atelier or éducateur?
 */
export const AUTO_ACCEPT_RULES = [
  { minScore: 0.85, minLead: 0.15 },
  { minScore: 0.7, minLead: 0.25 },
] as const;
/** Suggestions below this score are noise. */
export const MIN_SUGGESTION_SCORE = 0.3;
const MAX_SUGGESTIONS = 3;

type Name = { occupation: MatchableOccupation; text: string; tokens: string[] };

/** Levenshtein distance, stopped early once it exceeds `max` (typos in one token: "soigant", "hospitallier"). */
function isWithinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/** Tokens agree when equal, or, for long words, within one typo (two for very long ones). Acronyms must be exact. */
const tokensAgree = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && isWithinEdits(a, b, a.length >= 9 ? 2 : 1));

/*
 * Similarity of two token lists, 0–1. Each token weighs 1 / √(number of occupations whose names
 * use it), so "hospitalier" or "atelier" decide more than "agent" or "aide"; typed words the
 * catalogue never uses ("remplacement", "nuit") weigh a half.
 *   dice     = 2 × weight(common) / (weight(typed) + weight(name))
 *   contains = when every token of a name of two words or more is in the typed title,
 *              0.5 + 0.5 × weight(name) / weight(typed) ("aide-soignante de nuit" ⊃ "aide soignant")
 *   score    = max(dice, contains)
 */
function similarity(typed: readonly string[], name: readonly string[], weight: (token: string) => number): number {
  if (typed.length === 0 || name.length === 0) return 0;
  const used = new Set<number>();
  let common = 0;
  let nameCovered = 0;
  for (const token of name) {
    const index = typed.findIndex((candidate, i) => !used.has(i) && tokensAgree(candidate, token));
    if (index < 0) continue;
    used.add(index);
    common += weight(token);
    nameCovered += 1;
  }
  const typedWeight = typed.reduce((total, token) => total + weight(token), 0);
  const nameWeight = name.reduce((total, token) => total + weight(token), 0);
  const dice = (2 * common) / (typedWeight + nameWeight);
  const contains = name.length >= 2 && nameCovered === name.length ? 0.5 + (0.5 * nameWeight) / typedWeight : 0;
  return Math.min(1, Math.max(dice, contains));
}

/**
 * Builds a matcher over the file's occupations once (an import matches thousands of rows); results
 * are cached per distinct typed title.
 */
export function createOccupationMatcher(occupations: readonly MatchableOccupation[]): (typed: string) => OccupationMatch {
  const exact = new Map<string, Set<string>>();
  const names: Name[] = [];
  const byKey = new Map(occupations.map((occupation) => [occupation.key, occupation]));
  for (const occupation of occupations) {
    for (const text of [occupation.label, ...occupation.synonyms]) {
      const key = jobTitleKey(text);
      if (key === '') continue;
      let owners = exact.get(key);
      if (!owners) exact.set(key, (owners = new Set()));
      owners.add(occupation.key);
      names.push({ occupation, text, tokens: key.split(' ') });
    }
  }
  const documentFrequency = new Map<string, number>();
  for (const occupation of occupations) {
    const tokens = new Set([occupation.label, ...occupation.synonyms].flatMap(jobTitleTokens));
    for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }
  const weight = (token: string) => {
    const frequency = documentFrequency.get(token);
    return frequency ? 1 / Math.sqrt(frequency) : 0.5;
  };

  const suggest = (tokens: string[]): OccupationSuggestion[] => {
    const best = new Map<string, OccupationSuggestion>();
    for (const name of names) {
      const score = similarity(tokens, name.tokens, weight);
      const current = best.get(name.occupation.key);
      if (score >= MIN_SUGGESTION_SCORE && (!current || score > current.score))
        best.set(name.occupation.key, { occupationKey: name.occupation.key, label: name.occupation.label, score, matchedName: name.text });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, 'fr')).slice(0, MAX_SUGGESTIONS);
  };

  const cache = new Map<string, OccupationMatch>();
  return (typed: string) => {
    const key = jobTitleKey(typed);
    const cached = cache.get(key);
    if (cached) return cached;
    let result: OccupationMatch;
    const owners = [...(exact.get(key) ?? [])];
    if (owners.length === 1 && owners[0] !== undefined) {
      const occupation = byKey.get(owners[0]);
      result = {
        occupationKey: owners[0],
        confidence: 1,
        matchedBy: 'exact',
        suggestions: occupation ? [{ occupationKey: occupation.key, label: occupation.label, score: 1, matchedName: typed.trim() }] : [],
      };
    } else if (owners.length > 1) {
      // The same words name two occupations of the file: the person must choose.
      const suggestions = owners.flatMap((owner) => {
        const occupation = byKey.get(owner);
        return occupation ? [{ occupationKey: owner, label: occupation.label, score: 1, matchedName: typed.trim() }] : [];
      });
      result = { occupationKey: null, confidence: 0, matchedBy: null, suggestions: suggestions.sort((a, b) => a.label.localeCompare(b.label, 'fr')) };
    } else {
      const suggestions = suggest(key === '' ? [] : key.split(' '));
      const [first, second] = suggestions;
      const lead = (first?.score ?? 0) - (second?.score ?? 0);
      const isConfident = first !== undefined && AUTO_ACCEPT_RULES.some((rule) => first.score >= rule.minScore && lead >= rule.minLead);
      result = isConfident
        ? { occupationKey: first.occupationKey, confidence: first.score, matchedBy: 'similar', suggestions }
        : { occupationKey: null, confidence: 0, matchedBy: null, suggestions };
    }
    cache.set(key, result);
    return result;
  };
}

/** One-off match (builds the index each call): prefer createOccupationMatcher for many titles. */
export const matchOccupation = (typed: string, occupations: readonly MatchableOccupation[]) => createOccupationMatcher(occupations)(typed);
