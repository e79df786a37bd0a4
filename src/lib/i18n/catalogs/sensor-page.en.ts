/** English texts of a sensor's page (LM-14); the keys are the ids every locale must translate. */
export const sensorPageEn = {
  'fleet.sensorPage.title': 'Sensor',
  'fleet.sensorPage.loading': 'Loading the sensor',
  'fleet.sensorPage.loadFailed': 'The sensor could not be loaded',
  'fleet.sensorPage.lastLoaded': 'Showing the sensor as last loaded.',
  'fleet.sensorPage.back': 'Back to the fleet',
  'fleet.sensorPage.open': 'Open sensor page',
  'fleet.sensorPage.notFound': 'No sensor {serial} in this fleet',
  'fleet.sensorPage.notFoundHint':
    'It may have been typed wrong, or the link is from another fleet.',
  'fleet.sensorPage.license': 'License',

  'fleet.sensorPage.measurements': 'Measurements',
  'fleet.sensorPage.measurementsLoading': 'Loading the measurements',
  'fleet.sensorPage.historyLoadFailed': 'The measurement history could not be loaded',
  'fleet.sensorPage.historyLastLoaded': 'Showing the history as last loaded.',
  'fleet.sensorPage.notSavedSince': 'New measurements are not saved since {date}.',
  'fleet.sensorPage.notSavedSinceHint':
    'The measurements saved before stay here. Renew the license to save new ones.',
  'fleet.sensorPage.noMeasurements': 'No measurements yet',
  'fleet.sensorPage.noMeasurementsHint':
    'The sensor saves measurements while it has a license. Add one to start.',
  'fleet.sensorPage.temperature': 'Temperature (°C)',
  'fleet.sensorPage.humidity': 'Humidity (%)',
  'fleet.sensorPage.period': 'Daily readings from {from} to {to} (simulated).',
  'fleet.sensorPage.chartSummary':
    '{days, plural, one {# day} other {# days}} of measurements from {from} to {to}: temperature from {minTemperature, number} to {maxTemperature, number} °C, humidity from {minHumidity, number} to {maxHumidity, number} %.',

  'fleet.sensorPage.alerts': 'Past alerts',
  'fleet.sensorPage.alertsLabel': 'Past alerts of the last year',
  'fleet.sensorPage.noAlerts': 'No alerts in the last year.',
  'fleet.sensorPage.alertDay': 'Day',
  'fleet.sensorPage.alertWhat': 'Alert',
  'fleet.sensorPage.alertReading': 'Reading',
  'fleet.sensorPage.alert.temperatureHigh': 'Temperature above {limit, number} °C',
  'fleet.sensorPage.alert.humidityHigh': 'Humidity above {limit, number} %',
  'fleet.sensorPage.alert.measurementsStopped': 'License expired: measurements stopped',
  'fleet.sensorPage.reading.temperature': '{value, number} °C',
  'fleet.sensorPage.reading.humidity': '{value, number} %',
  'fleet.sensorPage.reading.none': '—',

  'fleet.sensorPage.events': 'License history',
  'fleet.sensorPage.eventsLabel': 'License events, newest first',
  'fleet.sensorPage.noEvents': 'Nothing has happened to this sensor’s licenses yet.',
  'fleet.sensorPage.event.added': 'Added to the fleet',
  'fleet.sensorPage.event.assigned': 'License of key {key} assigned: {start} to {end}',
  'fleet.sensorPage.event.queued': 'License of key {key} queued: {start} to {end}',
  'fleet.sensorPage.event.started': 'License of key {key} started, until {end}',
  'fleet.sensorPage.event.renewed': 'Renewed from the pool by Auto Renewal: key {key}, until {end}',
  'fleet.sensorPage.event.removed': 'Queued license of key {key} went back to the pool',
  'fleet.sensorPage.event.expired':
    'License of key {key} expired after {end}: new measurements are not saved',
  'fleet.sensorPage.event.autoRenewalOn': 'Auto Renewal switched on',
  'fleet.sensorPage.event.autoRenewalOff': 'Auto Renewal switched off',
} as const;
