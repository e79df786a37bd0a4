import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs/all';
import { LOCALES } from '@/lib/i18n';

/** Every argument and tag a message uses, in nested plural/select branches too. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

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
      const expected = [...argumentsOf(parse(englishById.get(id) ?? ''))].sort();
      const actual = [...argumentsOf(parse(translated))].sort();
      return expected.join() === actual.join() ? [] : [{ id, expected, actual }];
    });
    expect(mismatched).toEqual([]);
  });
});
