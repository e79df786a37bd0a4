import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs/all';
import { LOCALES } from '@/lib/i18n';
import { messageArguments } from '@/lib/i18n/message-arguments';

describe('message catalogs (UX-1)', () => {
  const english = CATALOGS.en;

  it.each(LOCALES)('%s has a text for every id and no other id', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(Object.keys(english).sort());
    const empty = Object.entries(CATALOGS[locale]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('every %s message is valid ICU and uses the English arguments', (locale) => {
    const englishById = new Map(Object.entries(english));
    const mismatched = Object.entries(CATALOGS[locale]).flatMap(([id, translated]) => {
      const expected = [...messageArguments(englishById.get(id) ?? '')].sort();
      const actual = [...messageArguments(translated)].sort();
      return expected.join() === actual.join() ? [] : [{ id, expected, actual }];
    });
    expect(mismatched).toEqual([]);
  });
});
