import { describe, expect, it } from 'vitest';
import { formatBytes, formatFte, formatHours } from '../../../shared/format/numbers';

describe('one rule per quantity', () => {
  it('writes sizes in French units, rounded up', () => {
    expect(formatBytes(71)).toBe('71\u00a0octets');
    expect(formatBytes(1)).toBe('1\u00a0octet');
    expect(formatBytes(1025)).toBe('1,1\u00a0Ko');
    expect(formatBytes(2048)).toBe('2\u00a0Ko');
    expect(formatBytes(5 * 1024 * 1024 + 1)).toBe('5,1\u00a0Mo');
  });

  it('writes FTE with 2 decimals and hours with 1, always', () => {
    expect(formatFte(0.9)).toBe('0,90');
    expect(formatFte(0.97)).toBe('0,97');
    expect(formatFte(0.04)).toBe('0,04');
    expect(formatHours(133.91)).toBe('133,9');
    expect(formatHours(40)).toBe('40,0');
  });
});
