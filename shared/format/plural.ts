// French plurals by rule, never « (s) » (issue 7): one helper every screen, workbook and sentence
// uses. French puts 0 and 1 in the singular (« 0 ligne refusée », « 1,5 heure » stays plural by
// CLDR: Intl's 'one' covers 0 ≤ n < 2), which Intl.PluralRules('fr') knows.
import { formatInteger } from './numbers';

const rules = new Intl.PluralRules('fr-FR');

/** The form of a word (or phrase) for a count: `plural(2, 'ligne refusée', 'lignes refusées')`. */
export const plural = (count: number, one: string, other: string): string => (rules.select(count) === 'one' ? one : other);

/**
 * The count and its word or words, the count formatted the French way (narrow no-break space for
 * thousands): `countOf(1200, 'contrat', 'contrats')` → « 1 200 contrats ». `format` lets a
 * caller show decimals (`countOf(0.5, 'ETP', 'ETP', formatDecimal)`).
 */
export const countOf = (count: number, one: string, other: string, format: (value: number) => string = formatInteger): string =>
  `${format(count)}\u00a0${plural(count, one, other)}`;
