/** English texts of the fleet area; the keys are the ids every locale must translate. */
export const fleetEn = {
  'fleet.page.title': 'License Manager',
  'fleet.page.subtitle': 'Sensor licenses: expiry, queue and renewal.',
  'fleet.page.subtitleOf': 'Sensor licenses of {name}’s organization: expiry, queue and renewal.',
  'fleet.page.loading': 'Loading the License Manager',
  'fleet.page.loadFailed': 'The License Manager could not be loaded',

  'fleet.accessDenied.title': 'You cannot manage sensor licenses',
  'fleet.accessDenied.whomToAsk':
    'Ask an Administrator of your organization for the Manager role, or a Manager to add, queue or renew licenses for you.',
  'fleet.accessDenied.back': 'Go to the CMS Dashboard',

  'fleet.dialog.cancel': 'Cancel',

  'fleet.status.active': 'Active',
  'fleet.status.expiring': 'Expiring',
  'fleet.status.expired': 'Expired',
  'fleet.status.unlicensed': 'No license',

  'fleet.daysLeft.left': '{days, plural, one {# day left} other {# days left}}',
  'fleet.daysLeft.lastDay': 'Last day',
  'fleet.daysLeft.expiredYesterday': 'Expired yesterday',
  'fleet.daysLeft.expiredDaysAgo': 'Expired {days, plural, one {# day ago} other {# days ago}}',

  'fleet.workspace.noLicensesLeft': 'No licenses left: add an Activation Code first.',
  'fleet.workspace.add': 'Add',
  'fleet.workspace.expiryEmails': 'Expiry e-mails',
  'fleet.workspace.loadingSummary': 'Loading the fleet summary',
  'fleet.workspace.shownOfFleet':
    '{shown, number} of {fleetSize, plural, one {# sensor} other {# sensors}}',

  'fleet.summary.sensors': '{count, plural, one {# sensor} other {# sensors}}',
  'fleet.summary.expiring':
    '{count, plural, one {# expires within 30 days} other {# expire within 30 days}}',
  'fleet.summary.expired': '{count, number} expired',
  'fleet.summary.unlicensed': '{count, number} without a license',

  'fleet.licensesLeft.title': 'Licenses left: {count}',
  'fleet.licensesLeft.poolEmpty': 'The pool is empty: add an Activation Code.',
  'fleet.licensesLeft.key': '{key} × {available} ({months} mo)',

  'fleet.chart.title': 'Licenses running out per month',
  'fleet.chart.loading': 'Loading…',
  'fleet.chart.nothingRunsOut': 'No licenses run out in the next 12 months.',
  'fleet.chart.peak':
    '{total, plural, one {# sensor runs out} other {# sensors run out}} in the next 12 months; most in {month} ({peak, number}).',
  'fleet.chart.autoRenewalOn': 'Auto Renewal on',
  'fleet.chart.autoRenewalOff': 'Auto Renewal off',
  'fleet.chart.month': 'Month',
  'fleet.chart.sensors': 'Sensors',
  'fleet.chart.withAutoRenewal': 'With Auto Renewal',

  'fleet.panel.renewNow': 'Renew now',
  'fleet.panel.renewedFromPool': 'Renewed from the pool on {date} (Auto Renewal).',
  'fleet.addSensors.open': 'Add sensors',
  'fleet.addSensors.title': 'Add sensors',
  'fleet.addSensors.intro':
    'One sensor per line: its serial number and, after a comma, its name. New sensors get Auto Renewal on and a license from the pool while any is left.',
  'fleet.addSensors.list': 'Serial numbers',
  'fleet.addSensors.listExample': '282C94, Freezer 21',
  'fleet.addSensors.counted':
    '{good, plural, one {# sensor} other {# sensors}} to add{bad, plural, =0 {} one {, # line with a problem} other {, # lines with a problem}}.',
  'fleet.addSensors.tooMany':
    'Add at most {max, number} sensors at a time; this list has {count, number} lines.',
  'fleet.addSensors.problems': 'Lines that cannot be added',
  'fleet.addSensors.problem.format':
    'Line {line}: {serial} is not a serial number (6 to 12 hexadecimal digits, like 282C94).',
  'fleet.addSensors.problem.duplicate': 'Line {line}: {serial} is listed twice.',
  'fleet.addSensors.problem.nameTooLong':
    'Line {line}: the name of {serial} has more than 60 characters.',
  'fleet.addSensors.location': 'Location',
  'fleet.addSensors.poolShort':
    '{left, plural, =0 {The pool is empty} one {The pool has # license left} other {The pool has # licenses left}}: {waiting, plural, one {# new sensor waits} other {# new sensors wait}} for a license. Enter an activation code to add licenses now, or add them later: waiting sensors take them at once.',
  'fleet.addSensors.code': 'Activation Code (optional)',
  'fleet.addSensors.codeHint': 'Four groups of four; case, spaces and dashes do not matter.',
  'fleet.addSensors.cancel': 'Cancel',
  'fleet.addSensors.submit':
    '{count, plural, =0 {Add sensors} one {Add # sensor} other {Add # sensors}}',
  'fleet.addSensors.done': 'Done',
  'fleet.addSensors.result':
    '{added, plural, =0 {No sensor added.} one {# sensor added:} other {# sensors added:}}{added, plural, =0 {} other { {licensed, number} with a license, {waiting, number} waiting for one.}}{refused, plural, =0 {} one { # line refused:} other { # lines refused:}}',
  'fleet.addSensors.refusedList': 'Lines the cloud refused',
  'fleet.codeDialog.title': 'Add licenses',
  'fleet.codeDialog.add': 'Add',
  'fleet.codeDialog.intro':
    'Enter the Activation Code from your order. Its licenses join the pool, ready to assign.',
  'fleet.codeDialog.label': 'Activation Code',
  'fleet.codeDialog.placeholder': 'XXXX-XXXX-XXXX-XXXX',
  'fleet.codeDialog.hint': 'Four groups of four; case, spaces and dashes do not matter.',
  'fleet.codeDialog.readsAs': 'Reads as {code}.',
  'fleet.codeDialog.required': 'Enter the activation code.',
  'fleet.codeDialog.pattern':
    'An activation code is four groups of four letters or digits, like EF7Q-2K9M-XR4D-81NB.',
  'fleet.codeDialog.added':
    '{added, plural, one {# license} other {# licenses}} × {months, plural, one {# month} other {# months}} added to the pool (key {key}).{renewed, plural, =0 {} one { # expired sensor with Auto Renewal on took one at once.} other { # expired sensors with Auto Renewal on took one at once.}}',

  'fleet.recipients.title': 'Expiry e-mails',
  'fleet.recipients.save': 'Save',
  'fleet.recipients.loading': 'Loading users',
  'fleet.recipients.loadFailed': 'The organization’s users could not be loaded',
  'fleet.recipients.intro':
    'Chosen users get an e-mail one month before a sensor’s licenses run out and on the day.',
  'fleet.recipients.listLabel': 'Recipients',
  'fleet.recipients.user': '{name} · {role} · {email}',
  'fleet.recipients.savedNobody': 'Nobody receives expiry e-mails now.',
  'fleet.recipients.saved': 'Expiry e-mails go to {count, plural, one {# user} other {# users}}.',

  'fleet.filters.location': 'Location',
  'fleet.filters.allLocations': 'All locations',
  'fleet.filters.byStatus': 'Filter by status',
  'fleet.filters.all': 'All',
  'fleet.filters.withCount': '{label} ({count, number})',
  'fleet.filters.clear': 'Clear filters',
  'fleet.search.label': 'Search serial number or name',
  'fleet.search.invalid': 'Not a valid search.',

  'fleet.columns.sensor': 'Sensor serial number / name',
  'fleet.columns.activationDate': 'Activation date',
  'fleet.columns.expiresAt': 'Expires at',
  'fleet.columns.key': 'Key',
  'fleet.columns.addLicense': 'Add License',
  'fleet.columns.autoRenewal': 'Auto Renewal',

  'fleet.table.name': 'Sensors',
  'fleet.table.updating': 'Updating the table',
  'fleet.table.someRowsFailed': 'Some rows could not be loaded: {message}',
  'fleet.table.loadFailed': 'The sensors could not be loaded',
  'fleet.table.lastLoaded': 'Showing the sensors as last loaded.',
  'fleet.table.noSensorsTitle': 'No sensors yet',
  'fleet.table.noSensorsText': 'Sensors added to your organization appear here.',
  'fleet.table.noMatchTitle': 'No sensors match',
  'fleet.table.showAll': 'Show all sensors',
  'fleet.table.queued': '{count} queued',
  'fleet.table.addLicenseTo': 'Add license to {name} ({serial})',

  'fleet.export.button': 'Export CSV',
  'fleet.export.nothingToExport':
    'No sensors match the search and filters, so there is nothing to export.',
  'fleet.export.failed': 'The export failed: {message}',
  'fleet.csv.serialNumber': 'Serial number',
  'fleet.csv.name': 'Name',
  'fleet.csv.location': 'Location',
  'fleet.csv.status': 'Status',
  'fleet.csv.activationDate': 'Activation date',
  'fleet.csv.expiresAt': 'Expires at',
  'fleet.csv.daysLeft': 'Days left',
  'fleet.csv.key': 'Key',
  'fleet.csv.licensesOfKey': 'Licenses of key',
  'fleet.csv.queuedLicenses': 'Queued licenses',
  'fleet.csv.autoRenewal': 'Auto Renewal',
  'fleet.csv.on': 'On',
  'fleet.csv.off': 'Off',

  'fleet.autoRenewal.switchLabel': 'Auto Renewal for {name} ({serial})',
  'fleet.autoRenewal.notTurnedOn': 'Auto Renewal for {name} was not turned on: {message}',
  'fleet.autoRenewal.notTurnedOff': 'Auto Renewal for {name} was not turned off: {message}',

  'fleet.assignDialog.title': 'Add license to {name} ({serial})',
  'fleet.assignDialog.queue': 'Queue license',
  'fleet.assignDialog.add': 'Add license',
  'fleet.assignDialog.poolEmpty': 'No licenses left in the pool. Add an Activation Code first.',
  'fleet.assignDialog.keyLabel': 'License key',
  'fleet.assignDialog.keyOption':
    '{key} · {months, plural, one {# month} other {# months}} · {available} left',
  'fleet.assignDialog.previewQueued': 'Queued: starts {start}, ends {end}.',
  'fleet.assignDialog.previewCurrent': 'Current from today: {start} to {end}.',
  'fleet.assignDialog.queuedOn': 'License queued on {name}: it starts {start}.',
  'fleet.assignDialog.addedTo': 'License added to {name}: it runs until {end}.',
  'fleet.assignDialog.changedMeanwhile':
    'The sensor changed meanwhile, so this differs from what was shown ({shown, select, queued {queued} other {current}} from {start}).',

  'fleet.panel.sensor': 'Sensor',
  'fleet.panel.close': 'Close sensor details',
  'fleet.panel.loading': 'Loading the sensor',
  'fleet.panel.loadFailed': 'The sensor could not be loaded',
  'fleet.panel.lastLoaded': 'Showing the sensor as last loaded.',
  'fleet.panel.expiredNote':
    'The license expired on {end}. New measurements are not saved; the sensor’s history and past alerts stay visible.',
  'fleet.panel.currentLicense': 'Current license',
  'fleet.panel.key': 'Key',
  'fleet.panel.activationDate': 'Activation date',
  'fleet.panel.expiresAt': 'Expires at',
  'fleet.panel.noLicense': 'No license yet: the sensor does not save measurements.',
  'fleet.panel.lastMeasurement': 'Last measurement saved',
  'fleet.panel.never': 'Never',
  'fleet.panel.queuedLicenses': 'Queued licenses',
  'fleet.panel.autoRenewal': 'Auto Renewal',
  'fleet.panel.autoRenewalHint':
    'With nothing queued, a license from the pool starts when this one ends.',
  'fleet.panel.addLicense': 'Add license',

  'fleet.queue.empty': 'Nothing queued. A license added while one is running waits here.',
  'fleet.queue.listLabel': 'Queued licenses',
  'fleet.queue.item': '{position}. {key} · {months, plural, one {# month} other {# months}}',
  'fleet.queue.itemDates': 'Starts {start} · ends {end}',
  'fleet.queue.remove': 'Remove back to the pool',
  'fleet.queue.removeLabel': 'Remove back to the pool: queued license {position} ({key})',
  'fleet.queue.confirmTitle': 'Remove the queued license?',
  'fleet.queue.confirm': 'Remove to pool',
  'fleet.queue.confirmText':
    'The license of key {key} ({start} – {end}) goes back to the pool; later queued licenses move up.',
  'fleet.queue.removed': 'The queued license of key {key} is back in the pool.',
} as const;
