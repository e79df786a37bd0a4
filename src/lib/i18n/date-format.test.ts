import { describe, expect, it } from 'vitest';
import { endOfDayInstant, formatDay, formatMoment, zoneOffsetMinutes } from './date-format';

describe('dates in the user style and zone (UX-1)', () => {
  it('keeps ISO days as they are, or writes them the way the language does', () => {
    expect(formatDay('2027-03-31', 'iso', 'de')).toBe('2027-03-31');
    expect(formatDay('2027-03-31', 'locale', 'de')).toBe('31.03.2027');
    expect(formatDay('2027-03-31', 'locale', 'en')).toBe('Mar 31, 2027');
  });

  it('knows a zone’s offset at an instant, daylight saving included', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', Date.parse('2027-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', Date.parse('2027-07-15T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2027-01-15T12:00:00Z'))).toBe(-300);
  });

  it('ends an expiry day at the next midnight of the server’s zone', () => {
    expect(new Date(endOfDayInstant('2027-03-31', 'UTC')).toISOString()).toBe(
      '2027-04-01T00:00:00.000Z',
    );
    expect(new Date(endOfDayInstant('2027-03-31', 'Europe/Berlin')).toISOString()).toBe(
      '2027-03-31T22:00:00.000Z',
    );
  });

  it('shows that moment on the user’s wall clock', () => {
    const end = endOfDayInstant('2027-03-31', 'UTC');
    expect(formatMoment(end, 'iso', 'en', 'Europe/Berlin')).toBe('2027-04-01 02:00');
    expect(formatMoment(end, 'iso', 'en', 'America/New_York')).toBe('2027-03-31 20:00');
    expect(formatMoment(end, 'locale', 'de', 'Europe/Berlin')).toBe('01.04.2027, 02:00');
  });
});
