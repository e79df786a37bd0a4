import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs/all';
import { LOCALES } from '@/lib/i18n';

const html = readFileSync(join(import.meta.dirname, '..', '..', '..', 'index.html'), 'utf8');

/** The texts of index.html's shell in one language: its elements marked with that `lang`. */
function shellWords(locale: string): string[] {
  return [...html.matchAll(new RegExp(`<span lang="${locale}">([^<]*)</span>`, 'g'))].map(
    ([, text = '']) => text,
  );
}

describe("index.html's shell, painted before any script (P2)", () => {
  it.each(LOCALES)('says what the %s catalog says', (locale) => {
    const catalog = CATALOGS[locale];
    expect(shellWords(locale)).toEqual([
      catalog['shell.loadingConsole'],
      catalog['dashboard.page.title'],
    ]);
    // The product's name is the same in every language.
    expect(html).toContain(`<span class="boot-name">${catalog['shell.title']}</span>`);
  });
});
