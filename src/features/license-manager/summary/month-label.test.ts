import { describe, expect, it } from 'vitest';
import { monthLabel } from './month-label';

describe('month names follow the locale (UX-1)', () => {
  it('says the chart’s months in the user’s language', () => {
    expect(monthLabel('2027-03', 'en')).toBe('Mar 2027');
    expect(monthLabel('2027-03', 'de')).toBe('März 2027');
  });
});
