import { describe, expect, it } from 'vitest';
import { countOf, plural } from '../../../shared/format/plural';
import { formatDecimal } from '../../../shared/format/numbers';

describe('plural (French rule: 0 and 1 singular)', () => {
  it('keeps 0 and 1 in the singular and 2 and more in the plural', () => {
    expect([0, 1, 2, 10].map((n) => plural(n, 'ligne refusée', 'lignes refusées'))).toEqual([
      'ligne refusée',
      'ligne refusée',
      'lignes refusées',
      'lignes refusées',
    ]);
  });

  it('treats 1,5 as singular, as French does (Intl: one for 0 ≤ n < 2)', () => {
    expect(plural(1.5, 'heure', 'heures')).toBe('heure');
    expect(plural(2.5, 'heure', 'heures')).toBe('heures');
  });

  it('formats the count the French way, with a no-break space before the word', () => {
    expect(countOf(1200, 'contrat', 'contrats')).toBe('1\u202f200\u00a0contrats');
    expect(countOf(1, 'contact', 'contacts')).toBe('1\u00a0contact');
    expect(countOf(0.97, 'ETP', 'ETP', formatDecimal)).toBe('0,97\u00a0ETP');
  });
});
