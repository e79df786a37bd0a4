import { test as base } from '@playwright/test';
import { createIntl } from 'react-intl';
import { CATALOGS } from '../../src/lib/i18n/catalogs/all';
import type { MessageId } from '../../src/lib/i18n/catalogs';
import { LOCALES, type Locale } from '../../src/lib/i18n/preferences';
import type { MessageValues } from '../../src/lib/i18n/use-text';

/** The app's language for a project: its browser locale (`de-DE` → `de`), as the app reads it. */
function appLocale(browserLocale: string | undefined): Locale {
  const tag = (browserLocale ?? 'en').slice(0, 2);
  return LOCALES.find((locale) => locale === tag) ?? 'en';
}

/** What the user reads for a catalog id in this project's language, so one journey runs in each. */
export type Say = (id: MessageId, values?: MessageValues) => string;

/** Stands for a value the test cannot know (a date the cloud picks) in `sayPattern`. */
export const ANY = '\u0000';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message as a pattern: the values given appear as they are, each `ANY` matches any text. */
function patternOf(text: string): RegExp {
  return new RegExp(text.split(ANY).map(escape).join('.+'));
}

export const test = base.extend<{
  say: Say;
  sayPattern: (id: MessageId, values?: MessageValues) => RegExp;
}>({
  say: async ({ locale }, provide) => {
    const language = appLocale(locale);
    const intl = createIntl({ locale: language, messages: CATALOGS[language] });
    await provide((id, values) => intl.formatMessage({ id }, values));
  },
  sayPattern: async ({ say }, provide) => {
    await provide((id, values) => patternOf(say(id, values)));
  },
});

export { expect } from '@playwright/test';
