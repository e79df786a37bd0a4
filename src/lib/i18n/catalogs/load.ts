import type { Locale } from '@/lib/i18n/preferences';
import { ENGLISH, type Messages } from './index';

const loaded: Partial<Record<Locale, Messages>> = { en: ENGLISH };
const loading: Partial<Record<Locale, Promise<Messages>>> = {};

/** A locale's messages when they are here already, else undefined (see loadCatalog). */
export function catalogOf(locale: Locale): Messages | undefined {
  return loaded[locale];
}

/** The locale's messages, fetched once; the same promise for every caller (React's `use`). */
export function loadCatalog(locale: Locale): Promise<Messages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  loading[locale] ??= import('./german').then(({ GERMAN }) => {
    loaded[locale] = GERMAN;
    return GERMAN;
  });
  return loading[locale];
}
