import type { Translation } from '@/lib/i18n/catalog';
import type { commonEn } from './common.en';

export const commonDe: Translation<typeof commonEn> = {
  'common.date.expiresAtEndOf': 'läuft am Ende des {day} ab (Serverzeit)',
  'common.date.expiresAtEndOfWithLocal':
    'läuft am Ende des {day} ab (Serverzeit), {moment} in {timeZone}',
  'common.cancel': 'Abbrechen',
  'common.dismiss': 'Ausblenden',
  'common.retry': 'Erneut versuchen',
  'common.copied': 'Kopiert',
  'common.copyWhat': '{what} kopieren',
  'common.copyWhatId': '{what} {id} kopieren',
  'common.removeChip': '{chip} entfernen',
  'common.selectColumn': 'Auswählen',
  'common.unavailableAction': '{action}: {reason}',
};
