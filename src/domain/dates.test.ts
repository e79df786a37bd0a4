import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isIsoDate } from './dates';

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD days', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-1-3')).toBe(false);
    expect(isIsoDate('23.11.2026')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('counts whole days in either direction', () => {
    expect(daysBetween('2026-11-23', '2026-12-14')).toBe(21);
    expect(daysBetween('2026-12-14', '2026-11-23')).toBe(-21);
  });

  it('refuses arithmetic on a malformed date', () => {
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
  });
});
