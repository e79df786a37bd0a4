import type { Translation } from '@/lib/i18n/catalog';
import type { fleetBulkEn } from './fleet-bulk.en';

/** German texts of the License Manager's bulk actions (LM-12). */
export const fleetBulkDe: Translation<typeof fleetBulkEn> = {
  'fleet.bulk.columnSelect': 'Auswahl',
  'fleet.bulk.selectSensor': '{name} ({serial}) auswählen',
  'fleet.bulk.selectLimit':
    'Wählen Sie höchstens {max, number} Sensoren aus, oder wenden Sie die Aktion auf den Filter an.',
  'fleet.bulk.selected': '{count, plural, one {# Sensor ausgewählt} other {# Sensoren ausgewählt}}',
  'fleet.bulk.clearSelection': 'Auswahl aufheben',
  'fleet.bulk.open': 'Sammelaktionen',
  'fleet.bulk.nothingMatches': 'Kein Sensor entspricht der Suche und den Filtern.',
  'fleet.bulk.action.assign': 'Lizenzen zuweisen…',
  'fleet.bulk.action.autoRenewalOn': 'Automatische Verlängerung einschalten…',
  'fleet.bulk.action.autoRenewalOff': 'Automatische Verlängerung ausschalten…',
  'fleet.bulk.action.removeQueued': 'Wartende Lizenzen entfernen…',
  'fleet.bulk.title.assign': 'Lizenzen zuweisen',
  'fleet.bulk.title.autoRenewalOn': 'Automatische Verlängerung einschalten',
  'fleet.bulk.title.autoRenewalOff': 'Automatische Verlängerung ausschalten',
  'fleet.bulk.title.removeQueued': 'Wartende Lizenzen entfernen',
  'fleet.bulk.scope': 'Sensoren',
  'fleet.bulk.scopeSelected':
    '{count, plural, one {Der # ausgewählte Sensor} other {Die # ausgewählten Sensoren}}',
  'fleet.bulk.scopeFiltered':
    '{count, plural, one {Der # Sensor, der der Suche und den Filtern entspricht} other {Alle # Sensoren, die der Suche und den Filtern entsprechen}}',
  'fleet.bulk.explain.assign':
    'Jeder Sensor erhält eine Lizenz des Schlüssels: ab heute, wenn keine Lizenz läuft, sonst wartend nach seiner letzten.',
  'fleet.bulk.explain.autoRenewalOn':
    'Sensoren ohne laufende Lizenz erhalten sofort eine Lizenz aus dem Pool, solange eine übrig ist.',
  'fleet.bulk.explain.autoRenewalOff':
    'Diese Sensoren behalten ihre Lizenzen, nehmen aber keine aus dem Pool, wenn sie ablaufen.',
  'fleet.bulk.explain.removeQueued':
    'Wartende Lizenzen gehen zurück in den Pool; eine bereits begonnene Lizenz bleibt auf ihrem Sensor.',
  'fleet.bulk.key': 'Lizenzschlüssel',
  'fleet.bulk.keyOption':
    '{key} · {months} Monate · {available, plural, one {# übrig} other {# übrig}}',
  'fleet.bulk.poolShort':
    'Schlüssel {key} hat noch {available, plural, one {# Lizenz} other {# Lizenzen}} für {count, plural, one {# Sensor} other {# Sensoren}}. Wählen Sie weniger Sensoren, oder fügen Sie zuerst einen Aktivierungscode hinzu.',
  'fleet.bulk.noKeys': 'Der Pool ist leer: Fügen Sie zuerst einen Aktivierungscode hinzu.',
  'fleet.bulk.cancel': 'Abbrechen',
  'fleet.bulk.confirm.assign':
    '{count, plural, one {# Sensor zuweisen} other {# Sensoren zuweisen}}',
  'fleet.bulk.confirm.autoRenewalOn':
    '{count, plural, one {Für # Sensor einschalten} other {Für # Sensoren einschalten}}',
  'fleet.bulk.confirm.autoRenewalOff':
    '{count, plural, one {Für # Sensor ausschalten} other {Für # Sensoren ausschalten}}',
  'fleet.bulk.confirm.removeQueued':
    '{count, plural, one {Von # Sensor entfernen} other {Von # Sensoren entfernen}}',
  'fleet.bulk.working':
    '{count, plural, one {# Sensor wird bearbeitet…} other {# Sensoren werden bearbeitet…}}',
  'fleet.bulk.result': 'Erledigt für {succeeded, number} von {requested, number} Sensoren.',
  'fleet.bulk.renewed':
    '{count, plural, one {# Sensor ohne Lizenz hat eine aus dem Pool erhalten.} other {# Sensoren ohne Lizenz haben eine aus dem Pool erhalten.}}',
  'fleet.bulk.refusals': 'Unverändert gebliebene Sensoren',
  'fleet.bulk.refusalsMore':
    '{count, plural, one {…und # weiterer, nicht aufgeführt.} other {…und # weitere, nicht aufgeführt.}}',
  'fleet.bulk.refusal.sensorNotFound': 'Nicht mehr in dieser Flotte.',
  'fleet.bulk.refusal.nothingQueued': 'Auf diesem Sensor wartet keine Lizenz.',
  'fleet.bulk.columnSensor': 'Sensor',
  'fleet.bulk.columnReason': 'Grund',
  'fleet.bulk.done': 'Fertig',
};
