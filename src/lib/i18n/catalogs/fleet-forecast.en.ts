/** English texts of the License Manager's pool forecast (LM-13); the keys every locale must translate. */
export const fleetForecastEn = {
  'fleet.forecast.title': 'Pool forecast',
  'fleet.forecast.loading': 'Loading the pool forecast',
  'fleet.forecast.loadFailed': 'The pool forecast could not be loaded',
  'fleet.forecast.noneDue':
    'No sensor with Auto Renewal on needs a license from the pool in the next 12 months.',
  'fleet.forecast.lasts':
    'At the fleet’s renewal pace, the pool covers {due, plural, one {the only renewal} other {all # renewals}} of the next 12 months.',
  'fleet.forecast.runsOut':
    'At the fleet’s renewal pace, the pool runs out on {date}. To cover the next 3, 6 and 12 months, order {months3, number}, {months6, number} and {months12, plural, one {# license} other {# licenses}}.',
  'fleet.forecast.empty':
    'The pool is empty. To cover the next 3, 6 and 12 months, order {months3, number}, {months6, number} and {months12, plural, one {# license} other {# licenses}}.',
  'fleet.forecast.covered': 'Covered by the pool',
  'fleet.forecast.toOrder': 'To order',
  'fleet.forecast.tableCaption': 'Renewals due per month',
  'fleet.forecast.month': 'Month',
  'fleet.forecast.due': 'Renewals due',
} as const;
