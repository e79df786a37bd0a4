import type { Locale } from '@/lib/i18n/preferences';
import { GERMAN } from './german';
import { ENGLISH, type Messages } from './index';

/** Every locale's messages at once, for tests and tools; the app loads them as chosen (load.ts). */
export const CATALOGS: Readonly<Record<Locale, Messages>> = { en: ENGLISH, de: GERMAN };
