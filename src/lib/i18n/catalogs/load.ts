import type { Locale } from '@/lib/i18n/preferences';
import { loadOnce } from '@/lib/load-once';
import { FIRST_LOAD_ENGLISH } from './index';

/** What react-intl is given for a locale: the messages that have arrived so far, by id. */
export type LoadedMessages = Readonly<Record<string, string>>;

// English grows in place when the on-demand areas' words arrive (loadAreaWords): the provider keeps
// the same object, so nothing already on screen renders again for words it does not use.
const english: Record<string, string> = { ...FIRST_LOAD_ENGLISH };
const loaded: Partial<Record<Locale, LoadedMessages>> = { en: english };

/** A locale's messages when they are here already, else undefined (see loadCatalog). */
export function catalogOf(locale: Locale): LoadedMessages | undefined {
  return loaded[locale];
}

/** The locale's messages, fetched once; the same promise for every caller (React's `use`). */
export function loadCatalog(locale: Locale): Promise<LoadedMessages> {
  const ready = loaded[locale];
  return ready ? Promise.resolve(ready) : loadGerman();
}

const loadGerman = loadOnce(() =>
  import('./german').then(({ GERMAN }) => {
    loaded.de = GERMAN;
    return GERMAN;
  }),
);

/**
 * The English words of the areas outside the first load (portals, fleet, support, planner), fetched
 * once. Code that loads on demand waits for them (`preloadable`), so a screen never shows an id;
 * German arrives whole when chosen.
 */
export const loadAreaWords: () => Promise<void> = loadOnce(() =>
  import('./english-areas').then(({ ENGLISH_AREAS }) => {
    Object.assign(english, ENGLISH_AREAS);
  }),
);
