import type { Translation } from '@/lib/i18n/catalogue';
import type { commonEn } from './common.en';

export const commonDe: Translation<typeof commonEn> = {
  'common.date.expiresAtEndOf': 'läuft am Ende des {day} ab (Serverzeit)',
  'common.date.expiresAtEndOfWithLocal':
    'läuft am Ende des {day} ab (Serverzeit), {moment} in {timeZone}',
};
