import type { Translation } from '@/lib/i18n/catalog';
import type { lookupEn } from './lookup.en';

export const lookupDe: Translation<typeof lookupEn> = {
  'lookup.open': 'Nachschlagen',
  'lookup.openLabel': 'Eine ID oder einen Namen nachschlagen',
  'lookup.shortcut': '{mac, select, true {⌘K} other {Strg+K}}',
};
