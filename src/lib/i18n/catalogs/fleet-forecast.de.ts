import type { Translation } from '@/lib/i18n/catalog';
import type { fleetForecastEn } from './fleet-forecast.en';

export const fleetForecastDe: Translation<typeof fleetForecastEn> = {
  'fleet.forecast.title': 'Pool-Prognose',
  'fleet.forecast.loading': 'Pool-Prognose wird geladen',
  'fleet.forecast.loadFailed': 'Die Pool-Prognose konnte nicht geladen werden',
  'fleet.forecast.noneDue':
    'In den nächsten 12 Monaten braucht kein Sensor mit automatischer Verlängerung eine Lizenz aus dem Pool.',
  'fleet.forecast.lasts':
    'Beim Verlängerungstempo der Flotte deckt der Pool {due, plural, one {die einzige Verlängerung} other {alle # Verlängerungen}} der nächsten 12 Monate.',
  'fleet.forecast.runsOut':
    'Beim Verlängerungstempo der Flotte ist der Pool am {date} aufgebraucht. Um die nächsten 3, 6 und 12 Monate abzudecken, bestellen Sie {months3, number}, {months6, number} und {months12, plural, one {# Lizenz} other {# Lizenzen}}.',
  'fleet.forecast.empty':
    'Der Pool ist leer. Um die nächsten 3, 6 und 12 Monate abzudecken, bestellen Sie {months3, number}, {months6, number} und {months12, plural, one {# Lizenz} other {# Lizenzen}}.',
  'fleet.forecast.covered': 'Vom Pool gedeckt',
  'fleet.forecast.toOrder': 'Zu bestellen',
  'fleet.forecast.tableCaption': 'Fällige Verlängerungen pro Monat',
  'fleet.forecast.month': 'Monat',
  'fleet.forecast.due': 'Fällige Verlängerungen',
};
