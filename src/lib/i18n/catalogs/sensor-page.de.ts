import type { Translation } from '@/lib/i18n/catalog';
import type { sensorPageEn } from './sensor-page.en';

export const sensorPageDe: Translation<typeof sensorPageEn> = {
  'fleet.sensorPage.title': 'Sensor',
  'fleet.sensorPage.loading': 'Der Sensor wird geladen',
  'fleet.sensorPage.loadFailed': 'Der Sensor konnte nicht geladen werden',
  'fleet.sensorPage.lastLoaded': 'Der Sensor wird so angezeigt, wie er zuletzt geladen wurde.',
  'fleet.sensorPage.back': 'Zurück zur Sensorflotte',
  'fleet.sensorPage.open': 'Sensorseite öffnen',
  'fleet.sensorPage.notFound': 'Kein Sensor {serial} in dieser Flotte',
  'fleet.sensorPage.notFoundHint':
    'Vielleicht wurde die Seriennummer falsch eingegeben, oder der Link gehört zu einer anderen Flotte.',
  'fleet.sensorPage.license': 'Lizenz',

  'fleet.sensorPage.measurements': 'Messwerte',
  'fleet.sensorPage.measurementsLoading': 'Die Messwerte werden geladen',
  'fleet.sensorPage.historyLoadFailed': 'Der Messverlauf konnte nicht geladen werden',
  'fleet.sensorPage.historyLastLoaded':
    'Der Verlauf wird so angezeigt, wie er zuletzt geladen wurde.',
  'fleet.sensorPage.notSavedSince': 'Neue Messwerte werden seit dem {date} nicht gespeichert.',
  'fleet.sensorPage.notSavedSinceHint':
    'Die bisher gespeicherten Messwerte bleiben hier sichtbar. Verlängern Sie die Lizenz, um neue zu speichern.',
  'fleet.sensorPage.noMeasurements': 'Noch keine Messwerte',
  'fleet.sensorPage.noMeasurementsHint':
    'Der Sensor speichert Messwerte, solange er eine Lizenz hat. Fügen Sie eine hinzu, um zu beginnen.',
  'fleet.sensorPage.temperature': 'Temperatur (°C)',
  'fleet.sensorPage.humidity': 'Luftfeuchte (%)',
  'fleet.sensorPage.period': 'Tageswerte vom {from} bis {to} (simuliert).',
  'fleet.sensorPage.chartSummary':
    '{days, plural, one {# Tag} other {# Tage}} Messwerte vom {from} bis {to}: Temperatur von {minTemperature, number} bis {maxTemperature, number} °C, Luftfeuchte von {minHumidity, number} bis {maxHumidity, number} %.',

  'fleet.sensorPage.alerts': 'Frühere Alarme',
  'fleet.sensorPage.alertsLabel': 'Frühere Alarme des letzten Jahres',
  'fleet.sensorPage.noAlerts': 'Keine Alarme im letzten Jahr.',
  'fleet.sensorPage.alertDay': 'Tag',
  'fleet.sensorPage.alertWhat': 'Alarm',
  'fleet.sensorPage.alertReading': 'Messwert',
  'fleet.sensorPage.alert.temperatureHigh': 'Temperatur über {limit, number} °C',
  'fleet.sensorPage.alert.humidityHigh': 'Luftfeuchte über {limit, number} %',
  'fleet.sensorPage.alert.measurementsStopped': 'Lizenz abgelaufen: Messungen beendet',
  'fleet.sensorPage.reading.temperature': '{value, number} °C',
  'fleet.sensorPage.reading.humidity': '{value, number} %',
  'fleet.sensorPage.reading.none': '—',

  'fleet.sensorPage.events': 'Lizenzverlauf',
  'fleet.sensorPage.eventsLabel': 'Lizenzereignisse, neueste zuerst',
  'fleet.sensorPage.noEvents': 'Mit den Lizenzen dieses Sensors ist noch nichts geschehen.',
  'fleet.sensorPage.event.added': 'Zur Flotte hinzugefügt',
  'fleet.sensorPage.event.assigned': 'Lizenz des Schlüssels {key} zugewiesen: {start} bis {end}',
  'fleet.sensorPage.event.queued': 'Lizenz des Schlüssels {key} eingereiht: {start} bis {end}',
  'fleet.sensorPage.event.started': 'Lizenz des Schlüssels {key} begonnen, gültig bis {end}',
  'fleet.sensorPage.event.renewed':
    'Durch die automatische Verlängerung aus dem Pool verlängert: Schlüssel {key}, gültig bis {end}',
  'fleet.sensorPage.event.removed':
    'Eingereihte Lizenz des Schlüssels {key} ging zurück in den Pool',
  'fleet.sensorPage.event.expired':
    'Lizenz des Schlüssels {key} nach dem {end} abgelaufen: Neue Messwerte werden nicht gespeichert',
  'fleet.sensorPage.event.autoRenewalOn': 'Automatische Verlängerung eingeschaltet',
  'fleet.sensorPage.event.autoRenewalOff': 'Automatische Verlängerung ausgeschaltet',
};
