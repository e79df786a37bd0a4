import { describe, expect, it } from 'vitest';
import { coverageSentence, licenseDescription } from './license-text';
import { translatorFor } from './translator';

const en = translatorFor('en');
const de = translatorFor('de');

describe('SS-5 description, in English and German', () => {
  it.each([
    [
      { kind: 'capacity', deviceCount: 1000, termYears: null },
      '1000-device capacity',
      'Kapazität für 1000 Geräte',
    ],
    [
      { kind: 'maintenance', deviceCount: 1000, termYears: 3 },
      '3-year maintenance (1000 devices)',
      '3 Jahre Wartung (1000 Geräte)',
    ],
    [
      { kind: 'maintenance', deviceCount: 25, termYears: 1 },
      '1-year maintenance (25 devices)',
      '1 Jahr Wartung (25 Geräte)',
    ],
    [
      { kind: 'maintenance', deviceCount: 25, termYears: null },
      '1-year maintenance (25 devices)',
      '1 Jahr Wartung (25 Geräte)',
    ],
    [{ kind: 'core', deviceCount: 0, termYears: null }, 'SmartServer Core', 'SmartServer Core'],
    [
      { kind: 'upgrade', deviceCount: 0, termYears: null },
      'One-time upgrade',
      'Einmaliges Upgrade',
    ],
  ] as const)('%o reads "%s" / "%s"', (license, english, german) => {
    expect(licenseDescription(license, en)).toBe(english);
    expect(licenseDescription(license, de)).toBe(german);
  });
});

describe('SS-12 coverage sentence', () => {
  it('says how many devices maintenance covers and how many more it needs', () => {
    const short = { capacity: 20, maintained: 10, missing: 10 };
    expect(coverageSentence(short, en)).toBe('Maintenance covers 10 of 20 devices; 10 more needed');
    expect(coverageSentence(short, de)).toBe(
      'Die Wartung deckt 10 von 20 Geräten ab; 10 weitere nötig',
    );
    const complete = { capacity: 20, maintained: 20, missing: 0 };
    expect(coverageSentence(complete, en)).toBe('Maintenance covers 20 of 20 devices');
  });

  it('never says more devices are covered than the capacity allows', () => {
    const over = { capacity: 10, maintained: 50, missing: 0 };
    expect(coverageSentence(over, en)).toBe('Maintenance covers 10 of 10 devices');
  });
});
