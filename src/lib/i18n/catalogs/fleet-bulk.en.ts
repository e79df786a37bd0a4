/** English texts of the License Manager's bulk actions (LM-12). */
export const fleetBulkEn = {
  'fleet.bulk.columnSelect': 'Select',
  'fleet.bulk.selectSensor': 'Select {name} ({serial})',
  'fleet.bulk.selectLimit': 'Select at most {max, number} sensors, or act on the filter.',
  'fleet.bulk.selected': '{count, plural, one {# sensor selected} other {# sensors selected}}',
  'fleet.bulk.clearSelection': 'Clear selection',
  'fleet.bulk.open': 'Bulk actions',
  'fleet.bulk.nothingMatches': 'No sensor matches the search and filters.',
  'fleet.bulk.action.assign': 'Assign licenses…',
  'fleet.bulk.action.autoRenewalOn': 'Turn Auto Renewal on…',
  'fleet.bulk.action.autoRenewalOff': 'Turn Auto Renewal off…',
  'fleet.bulk.action.removeQueued': 'Remove queued licenses…',
  'fleet.bulk.title.assign': 'Assign licenses',
  'fleet.bulk.title.autoRenewalOn': 'Turn Auto Renewal on',
  'fleet.bulk.title.autoRenewalOff': 'Turn Auto Renewal off',
  'fleet.bulk.title.removeQueued': 'Remove queued licenses',
  'fleet.bulk.scope': 'Sensors',
  'fleet.bulk.scopeSelected':
    '{count, plural, one {The # selected sensor} other {The # selected sensors}}',
  'fleet.bulk.scopeFiltered':
    '{count, plural, one {The # sensor that matches the search and filters} other {All # sensors that match the search and filters}}',
  'fleet.bulk.explain.assign':
    'Each sensor takes one license of the key: from today when it has no running license, otherwise queued after its last one.',
  'fleet.bulk.explain.autoRenewalOn':
    'Sensors without a running license take a license from the pool at once while any is left.',
  'fleet.bulk.explain.autoRenewalOff':
    'These sensors keep their licenses, but none is taken from the pool when they run out.',
  'fleet.bulk.explain.removeQueued':
    'Queued licenses go back to the pool; a license that has started stays on its sensor.',
  'fleet.bulk.key': 'License key',
  'fleet.bulk.keyOption':
    '{key} · {months} months · {available, plural, one {# left} other {# left}}',
  'fleet.bulk.poolShort':
    'Key {key} has {available, plural, one {# license} other {# licenses}} left for {count, plural, one {# sensor} other {# sensors}}. Choose fewer sensors, or add an Activation Code first.',
  'fleet.bulk.noKeys': 'The pool is empty: add an Activation Code first.',
  'fleet.bulk.cancel': 'Cancel',
  'fleet.bulk.confirm.assign':
    '{count, plural, one {Assign to # sensor} other {Assign to # sensors}}',
  'fleet.bulk.confirm.autoRenewalOn':
    '{count, plural, one {Turn on for # sensor} other {Turn on for # sensors}}',
  'fleet.bulk.confirm.autoRenewalOff':
    '{count, plural, one {Turn off for # sensor} other {Turn off for # sensors}}',
  'fleet.bulk.confirm.removeQueued':
    '{count, plural, one {Remove from # sensor} other {Remove from # sensors}}',
  'fleet.bulk.working': '{count, plural, one {Working on # sensor…} other {Working on # sensors…}}',
  'fleet.bulk.result': 'Done for {succeeded, number} of {requested, number} sensors.',
  'fleet.bulk.renewed':
    '{count, plural, one {# sensor without a license took one from the pool.} other {# sensors without a license took one from the pool.}}',
  'fleet.bulk.refusals': 'Sensors left as they were',
  'fleet.bulk.refusalsMore':
    '{count, plural, one {…and # more, not listed.} other {…and # more, not listed.}}',
  'fleet.bulk.refusal.sensorNotFound': 'No longer in this fleet.',
  'fleet.bulk.refusal.nothingQueued': 'Nothing is queued on this sensor.',
  'fleet.bulk.columnSensor': 'Sensor',
  'fleet.bulk.columnReason': 'Reason',
  'fleet.bulk.done': 'Done',
} as const;
