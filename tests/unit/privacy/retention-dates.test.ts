import { describe, expect, it } from 'vitest';
import { addMonths, isPastRetention, isRealIsoDate, retentionDateOf } from '../../../shared/domain/people';

describe('retention dates', () => {
  it('adds months the calendar way, clamping to the last day of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2026-03-10', -12)).toBe('2025-03-10');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('starts from the last contact, or from today without one', () => {
    expect(retentionDateOf('2024-06-01', '2026-01-01', 24)).toBe('2026-06-01');
    expect(retentionDateOf(null, '2026-01-01', 24)).toBe('2028-01-01');
  });

  it('is past only the day after the retention date', () => {
    expect(isPastRetention('2026-01-01', '2026-01-01')).toBe(false);
    expect(isPastRetention('2026-01-01', '2026-01-02')).toBe(true);
  });

  it('tells real calendar dates', () => {
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('29/02/2028')).toBe(false);
  });
});
