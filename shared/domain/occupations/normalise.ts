// Job titles as members type them in their workbooks: "ASH", "Agent de Service Hospitalier",
// "aide soignante", "A.S.", "Aides-soignant(e)s H/F". Matching compares their normalised
// tokens, so the same job written ten ways gives the same key.

/** Words that carry no meaning in a job title. */
const STOP_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'en', 'et', 'a', 'au', 'aux', 'pour', 'dans', 'sur', 'un', 'une', 'h', 'f', 'hf', 'fh']);

/**
 * French feminine and plural endings folded to one stem, so "aide-soignante", "aides-soignants"
 * and "aide soignant" agree, and "monitrice éducatrice" finds "moniteur éducateur". Short tokens
 * (≤ 3 letters) are acronyms — ASH, IDE, AES, AMP — and stay as they are.
 */
export function stemToken(token: string): string {
  if (token.length <= 3) return token;
  let stem = token;
  if (stem.length > 4 && stem.endsWith('s')) stem = stem.slice(0, -1);
  stem = stem
    .replace(/trice$/, 'teur')
    .replace(/euse$/, 'eur')
    .replace(/ienne$/, 'ien')
    .replace(/elle$/, 'el')
    .replace(/ive$/, 'if')
    .replace(/iere$/, 'ier')
    .replace(/esse$/, 'e')
    .replace(/ee$/, 'e');
  // A final "e" then a final "s": "commise" and "commis" both give "commi".
  if (stem.length > 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith('s')) stem = stem.slice(0, -1);
  return stem;
}

/** Lower case, no accents, no punctuation, no "(e)" or "H/F"; dotted acronyms joined ("A.S.H." → "ash"). */
export function normaliseJobTitle(raw: string): string {
  return (
    raw
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      // "(e)", "(ne)", "(trice)", "(ère)"… : the feminine written inside brackets.
      .replace(/\((?:e|es|s|ne|nne|le|se|sse|esse|ere|iere|euse|trice|trices|rice|ice|ve|te|fe|ive|ale|ales)\)/g, '')
      // "H/F", "F/H", "(H/F)", "h-f".
      .replace(/\(?\b[hf]\s*[/-]\s*[hf]\b\)?/g, ' ')
      // Dotted acronyms: "A.S.H." → "ash", "I.D.E" → "ide".
      .replace(/\b(?:[a-z]\.){1,5}[a-z]?\.?(?=\s|$|[^a-z])/g, (acronym) => acronym.replace(/\./g, ''))
      .replace(/['’`]/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** The meaningful, stemmed tokens of a job title. */
export function jobTitleTokens(raw: string): string[] {
  return normaliseJobTitle(raw)
    .split(' ')
    .filter((token) => token !== '' && !STOP_WORDS.has(token))
    .map(stemToken);
}

/** One key per way of writing the same title: what exact matching compares. */
export const jobTitleKey = (raw: string) => jobTitleTokens(raw).join(' ');
