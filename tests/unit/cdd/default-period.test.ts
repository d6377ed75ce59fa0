import { describe, expect, it } from 'vitest';
import { defaultFirstMonth } from '../../../shared/domain/collection-period';

describe('the default collection period', () => {
  const today = new Date('2026-05-12T10:00:00Z');

  it('follows the memberships on file: every member is a member of the period', () => {
    expect(defaultFirstMonth(today, [2026, 2026, null])).toBe('2026-01');
    expect(defaultFirstMonth(today, [2024, 2025])).toBe('2025-01');
  });

  it('is January of last year when no membership is recorded', () => {
    expect(defaultFirstMonth(today, [])).toBe('2025-01');
    expect(defaultFirstMonth(today, [null])).toBe('2025-01');
  });
});
