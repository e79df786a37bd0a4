import type { Locale } from '@/lib/i18n/preferences';
import { FIRST_LOAD_ENGLISH } from './index';

/** What react-intl is given for a locale: the messages that have arrived so far, by id. */
export type LoadedMessages = Readonly<Record<string, string>>;

// English grows in place when the on-demand areas' words arrive (loadAreaWords): the provider keeps
// the same object, so nothing already on screen renders again for words it does not use.
const english: Record<string, string> = { ...FIRST_LOAD_ENGLISH };
const loaded: Partial<Record<Locale, LoadedMessages>> = { en: english };
const loading: Partial<Record<Locale, Promise<LoadedMessages>>> = {};
let areaWords: Promise<void> | undefined;

/** A locale's messages when they are here already, else undefined (see loadCatalog). */
export function catalogOf(locale: Locale): LoadedMessages | undefined {
  return loaded[locale];
}

/** The locale's messages, fetched once; the same promise for every caller (React's `use`). */
export function loadCatalog(locale: Locale): Promise<LoadedMessages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  loading[locale] ??= import('./german').then(({ GERMAN }) => {
    loaded[locale] = GERMAN;
    return GERMAN;
  });
  return loading[locale];
}

/**
 * The English words of the areas outside the first load (portals, fleet, support, planner), fetched
 * once. Code that loads on demand waits for them (`preloadable`), so a screen never shows an id;
 * German arrives whole when chosen.
 */
export function loadAreaWords(): Promise<void> {
  areaWords ??= import('./english-areas').then(
    ({ ENGLISH_AREAS }) => {
      Object.assign(english, ENGLISH_AREAS);
    },
    (error: unknown) => {
      // A failed fetch (offline) is tried again by the next caller.
      areaWords = undefined;
      throw error;
    },
  );
  return areaWords;
}
