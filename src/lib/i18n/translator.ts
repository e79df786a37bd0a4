import { createIntl } from 'react-intl';
import { CATALOGS } from './catalogs/all';
import type { Locale } from './preferences';
import { translatorOf, type Translate } from './use-text';

/** `t` outside React (unit tests of helpers that take one); screens use `useText()`. */
export function translatorFor(locale: Locale): Translate {
  return translatorOf(createIntl({ locale, defaultLocale: 'en', messages: CATALOGS[locale] }));
}
