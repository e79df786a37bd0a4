import type { Translation } from '@/lib/i18n/catalog';
import type { historyEn } from './history.en';

export const historyDe: Translation<typeof historyEn> = {
  'history.open': 'Verlauf der Lizenz {licenseId}',
  'history.openAccount': 'Verlauf des Kontos {name}',
  'history.openSensor': 'Verlauf des Sensors {name}',
  'history.sensorButton': 'Verlauf',
};
