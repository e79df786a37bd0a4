import type { Locale } from '@/lib/i18n/preferences';
import { ENGLISH_AREAS } from './english-areas';
import { GERMAN } from './german';
import { FIRST_LOAD_ENGLISH, type Messages } from './index';

const ENGLISH: Messages = { ...FIRST_LOAD_ENGLISH, ...ENGLISH_AREAS };

/** Every locale's messages at once, for tests and tools; the app loads them as needed (load.ts). */
export const CATALOGS: Readonly<Record<Locale, Messages>> = { en: ENGLISH, de: GERMAN };
