import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../../shared/format/dates';

describe('months in French print', () => {
  it('writes a month in words, in a table and on a chart axis, abbreviations with their full stop', () => {
    expect(formatMonth('2025-01')).toBe('janvier 2025');
    expect(formatMonth('2025-08', 'long')).toBe('août 2025');
    expect(['2025-01', '2025-02', '2025-03', '2025-06', '2025-07', '2025-09', '2025-12'].map((m) => formatMonth(m, 'short'))).toEqual([
      'janv. 25',
      'févr. 25',
      'mars 25',
      'juin 25',
      'juil. 25',
      'sept. 25',
      'déc. 25',
    ]);
    expect(formatMonth('2025-04', 'abbr')).toBe('avr.');
    expect(formatMonth('2025-05', 'abbr')).toBe('mai');
    // Not a month: shown as it came rather than « Invalid Date ».
    expect(formatMonth('2025-13')).toBe('2025-13');
    expect(formatMonth('')).toBe('');
  });
});
