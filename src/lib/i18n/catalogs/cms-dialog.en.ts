/** English texts of the Manage Licenses dialog's views, loaded with them (load.ts); the keys every locale must translate. */
export const cmsDialogEn = {
  // The Manage Licenses dialog and its views
  'cms.dialog.view.transfer': 'Transfer to Cloud',
  'cms.list.and': '{head} and {last}',

  // Column titles shared by the dialog's tables
  'cms.column.segmentController': 'Segment Controller',
  'cms.column.description': 'Description',
  'cms.column.status': 'Status',
  'cms.column.activationDate': 'Activation Date',
  'cms.column.licenseId': 'License ID',
  'cms.column.note': 'Note',
  'cms.column.installCode': 'Install Code',
  'cms.column.customerId': 'Customer ID',
  'cms.column.transferDate': 'Transfer Date',
  'cms.segmentControllers.loadError': 'Segment controllers could not be loaded',
  'cms.segmentControllers.lastLoaded': 'Showing the segment controllers as last loaded.',
  'cms.segmentControllers.cms': 'CMS',

  // Main view: the activated licenses
  'cms.licenses.tableLabel': 'Activated licenses',
  'cms.licenses.loadError': 'Licenses could not be loaded',
  'cms.licenses.lastLoaded': 'Showing the licenses as last loaded.',
  'cms.licenses.noneActivated': 'No licenses activated',
  'cms.licenses.noneActivatedHint':
    'Download licenses from the cloud for a saved Customer ID, or add an offline license file, to activate them here.',
  'cms.licenses.summary':
    '{count, plural, one {# license} other {# licenses}} · statuses as of {today}',
  'cms.licenses.summaryOnSegment':
    '{count, plural, one {# license} other {# licenses}} on {segment} · statuses as of {today}',
  'cms.licenses.noneOnSegment': 'No licenses activated on {segment}',
  'cms.licenses.showAll': 'Show all segment controllers',
  'cms.licenses.segmentFilter': 'Segment controller',
  'cms.licenses.allSegmentControllers': 'All segment controllers',
  'cms.findings.onSegment': '{segment}: {finding}',
  'cms.findings.allCovered':
    'Capacity and maintenance cover every device on {count, plural, one {this segment controller} other {these segment controllers}}.',
  'cms.toolbar.label': 'License actions',
  'cms.toolbar.downloadUnavailable':
    'No segment controller has a saved Customer ID. Save one in Manage Customer Accounts first.',
  'cms.toolbar.nothingToTransfer': 'The list has no capacity or maintenance licenses to transfer.',
  'cms.toolbar.transferOffline':
    '{names} {count, plural, one {is} other {are}} offline and cannot reach the cloud. Filter the list to online segment controllers.',
  'cms.note.tooLong': 'A note has at most {max, number} characters.',
  'cms.note.hint': '{length}/255 · Enter saves, Esc cancels',
  'cms.note.field': 'Note for license {licenseId}',
  'cms.note.edit': 'Edit note: {note}',
  'cms.note.saving': 'Saving note: {note}',
  'cms.note.addTo': 'Add a note to license {licenseId}',
  'cms.note.add': 'Add note',
  'cms.note.notSaved': 'Note not saved: {reason}',

  // Manage Customer Accounts
  'cms.customerAccounts.portalsNote':
    'Customer IDs come from the <b>License Partner Portal</b>, where partners create customer and project accounts and transfer licenses to them. The <b>License Customer Portal</b> is where a customer signs in with a License ID (EID) to create offline activation files.',
  'cms.customerAccounts.none': 'No segment controllers in this CMS',
  'cms.customerAccounts.tableLabel': 'Customer accounts',
  'cms.customerAccounts.offline': 'Offline',
  'cms.customerAccounts.clearing': 'Saving an empty value clears the Customer ID.',
  'cms.customerAccounts.enterId': 'Enter a Customer ID, such as {example}.',
  'cms.customerAccounts.saved': 'Saved.',
  'cms.customerAccounts.field': 'Customer ID for {segment}',
  'cms.customerAccounts.noneSaved': 'No Customer ID saved',
  'cms.customerAccounts.save': 'Save Changes',
  'cms.customerAccounts.discard': 'Discard Changes',
  'cms.customerAccounts.format': 'A Customer ID looks like {example}.',

  // Download Licenses from the Cloud
  'cms.download.loadError': 'Licenses in the cloud could not be loaded',
  'cms.download.lastLoaded': 'Showing the licenses as last loaded.',
  'cms.download.tableLabel': 'Licenses available in the cloud',
  'cms.download.selectAll': 'Select all licenses',
  'cms.download.select': 'Select {licenseId}',
  'cms.download.selectFor': 'Select {licenseId} for {segment}',
  'cms.download.expiresIfActivatedToday': 'expires {day} if activated today',
  'cms.download.destinationField': 'Segment controller for {licenseId}',
  'cms.download.offlineOption': '{name} (offline)',
  'cms.download.allOffline':
    '{names} {count, plural, one {is} other {are}} offline and cannot reach the cloud: connect it to activate this license, or use an offline license file.',
  'cms.download.someOffline':
    '{names} {count, plural, one {is} other {are}} offline: it cannot receive licenses until it reaches the cloud.',
  'cms.download.nothingToDownload': 'No licenses to download',
  'cms.download.noCustomerId': 'No segment controller has a saved Customer ID',
  'cms.download.noCustomerIdHint':
    'Licenses are downloaded for the Customer ID saved on a segment controller. Copy it from the License Partner Portal and save it in Manage Customer Accounts.',
  'cms.download.nothingForCustomerId':
    'No licenses are available for Customer ID <id>{customerId}</id>. <saved>Saved on {names}.</saved>',
  'cms.download.progressLoadError': 'Activation progress could not be loaded. {reason}',
  'cms.download.anotherSegmentController': 'another segment controller',
  'cms.download.coverageUnchecked': 'Maintenance coverage cannot be checked right now. {reason}',
  'cms.download.coverageWarning': 'After activation on {segment}: {coverage}.',
  'cms.download.selectToActivate': 'Select the licenses to activate.',
  'cms.download.selected': '{selected, number} selected',
  'cms.download.selectedWithBusy':
    '{selected, number} selected · {busy, number} already being activated',
  'cms.download.activate': 'Activate',
  'cms.download.beforeYouActivate': 'Before you activate',
  'cms.download.alreadyActivating': 'These licenses are already being activated.',
  'cms.download.progress.label': 'Activation',
  'cms.download.progress.keepsGoing': 'The cloud keeps going if you close this dialog.',
  'cms.download.progress.dismiss': 'Dismiss',
  'cms.download.progress.activatedOn': 'Activated on {segment}: <ids>{licenseIds}</ids>',
  'cms.download.progress.reasonBeside': 'The reason is shown next to each failed license.',
  'cms.download.progress.notActivatedOn':
    'Not activated on {segment}: <id>{licenseId}</id>. {reason}',
  'cms.download.state.pending': 'Pending',
  'cms.download.state.activating': 'Activating…',
  'cms.download.state.activated': 'Activated',
  'cms.download.state.failed': 'Failed',

  // Add License: an offline license file
  'cms.addLicense.intro':
    'Capacity license files come from the License Customer Portal; maintenance files from Customer Success. Each file is made for one install code and can be activated once.',
  'cms.addLicense.refused': '{fileName}: {reason}',
  'cms.addLicense.dropHint': 'Drop a license file (.lic) here, or choose one.',
  'cms.addLicense.selectedFile':
    'Selected file: <b>{fileName}</b>. Drop or choose another to replace it.',
  'cms.addLicense.chooseFile': 'Choose file',
  'cms.addLicense.fileInput': 'License file',
  'cms.addLicense.checking': 'Checking the license file…',
  'cms.addLicense.cancel': 'Cancel',
  'cms.addLicense.theSegmentController': 'the segment controller',
  'cms.addLicense.cannotActivate': 'This file cannot be activated on {segment}',
  'cms.addLicense.activate': 'Activate',
  'cms.addLicense.activatesOn':
    'Activates {count, plural, one {this license} other {these licenses}} on {segment}, effective today.',
  'cms.addLicense.contents': 'License file contents',
  'cms.addLicense.fileId': 'File ID',
  'cms.addLicense.issued': 'Issued',
  'cms.addLicense.installCode': 'Install code',
  'cms.addLicense.licenseCount':
    '{count, plural, one {# license in this file} other {# licenses in this file}}',
  'cms.addLicense.target': 'Target segment controller',
  'cms.addLicense.madeFor': 'The file was made for {segment} (install code {installCode}).',
  'cms.addLicense.noTarget':
    'No segment controller of this CMS has install code {installCode}. Choose the target.',
  'cms.addLicense.chooseTarget': 'Choose a segment controller',
  'cms.addLicense.targetOption': '{name} · {installCode}',
  'cms.addLicense.targetOptionOffline': '{name} · {installCode} · offline',
  'cms.addLicense.addAnother': 'Add another file',
  'cms.addLicense.activatedOn':
    '{count, plural, one {# license} other {# licenses}} activated on {segment}',
  'cms.addLicense.activatedLicense': '{description} · {licenseId}',
  'cms.addLicense.activatedLicenseExpiry': '{description} · {licenseId} · {expiry}',

  // Edit Notifications and Sent notifications
  'cms.notifications.loading': 'Loading notification settings…',
  'cms.notifications.loadError': 'Notification settings could not be loaded',
  'cms.notifications.intro':
    'On each notification day before a maintenance license expires, the cloud e-mails every recipient about it: one message per license per day.',
  'cms.notifications.recipients': 'Recipients',
  'cms.notifications.addRecipient': 'Add a recipient',
  'cms.notifications.recipientPlaceholder': 'name@example.com',
  'cms.notifications.recipientsHint':
    'Type an e-mail address and press Enter. 1 to {max, number} recipients.',
  'cms.notifications.tooManyRecipients': 'At most {max, number} recipients.',
  'cms.notifications.days': 'Notification days',
  'cms.notifications.addDay': 'Add a notification day',
  'cms.notifications.dayPlaceholder': 'e.g. 60',
  'cms.notifications.daysHint':
    'Whole days before expiry, 0 to {max, number}; 0 = on the expiry day.',
  'cms.notifications.dayNotANumber': 'Enter a number of days, like 30.',
  'cms.notifications.problem.empty': 'Enter an e-mail address.',
  'cms.notifications.problem.tooLong': 'An e-mail address has at most {max, number} characters.',
  'cms.notifications.problem.invalid': '{typed} is not a valid e-mail address.',
  'cms.notifications.problem.duplicateRecipient': '{address} is already a recipient.',
  'cms.notifications.problem.noRecipient': 'Add at least one recipient.',
  'cms.notifications.problem.notWhole': 'Use whole days: {value} is not one.',
  'cms.notifications.problem.dayRange': 'Days before expiry are 0 to {max, number}.',
  'cms.notifications.problem.duplicateDay': '{value} is already in the list.',
  'cms.notifications.onActivation': 'Notify when a maintenance license is activated or renewed',
  'cms.notifications.save': 'Save',
  'cms.notifications.cancel': 'Cancel',
  'cms.notifications.saved': 'Notification settings saved.',
  'cms.outbox.loadError': 'Sent notifications could not be loaded',
  'cms.outbox.none': 'No notifications sent yet',
  'cms.outbox.noneHint':
    'The cloud e-mails the recipients set in Edit Notifications on each notification day before a maintenance license expires, and, if chosen, when one is activated or renewed.',
  'cms.outbox.newestOnly': 'The newest {count, number} messages; the cloud keeps no older ones.',
  'cms.outbox.column.date': 'Date',
  'cms.outbox.column.recipients': 'Recipients',
  'cms.outbox.column.subject': 'Subject',
  'cms.outbox.column.license': 'License',

  // Transfer to Cloud
  'cms.transfer.title': 'Transfer licenses to the cloud?',
  'cms.transfer.confirm': 'Transfer Licenses',
  'cms.transfer.sends':
    'This sends <b>{plan}</b> back to the cloud. They leave this list and their Transfer Date becomes today.',
  'cms.transfer.listLabel': 'Licenses to transfer',
  'cms.transfer.item': '{description} · {segment}',
  'cms.transfer.unlicensedWarning':
    'LON, BACnet and Modbus devices on {names} will become <b>unlicensed (purple)</b> and need manual provisioning after a new capacity license is activated.',
  'cms.transfer.noCapacity': 'No capacity license goes back, so the devices keep their state.',
  'cms.transfer.maintenanceKeepsRunning':
    'Maintenance terms keep running while the licenses are in the cloud.',
  'cms.transfer.unknownSegment': 'Unknown',
  'cms.transfer.plan.capacity':
    '{capacity, plural, one {# capacity license} other {# capacity licenses}}',
  'cms.transfer.plan.maintenance':
    '{maintenance, plural, one {# maintenance license} other {# maintenance licenses}}',
  'cms.transfer.plan.both':
    '{capacity, number} capacity and {maintenance, plural, one {# maintenance license} other {# maintenance licenses}}',
  'cms.transfer.plan.from': '{licenses} from {names}',
  'cms.transfer.done':
    '{count, plural, one {# license} other {# licenses}} transferred to the cloud on {date}.',
  'cms.transfer.doneUnlicensed':
    '{count, plural, one {# license} other {# licenses}} transferred to the cloud on {date}. Their devices are now unlicensed.',
  'cms.transfer.dismiss': 'Dismiss',
  'cms.transfer.outcomeUnknown': 'Outcome unknown',
  'cms.transfer.unknownGone':
    'The list no longer shows these licenses, so the cloud most likely has them. Retry to finish it: the cloud applies the transfer only once.',
  'cms.transfer.unknownListed':
    'The list still shows them, so the transfer has probably not happened yet. Retry to finish it: the cloud applies the transfer only once.',
  'cms.transfer.changed': 'The licenses changed meanwhile',
  'cms.transfer.changedHint':
    'The list now shows what is on this CMS: cancel, check it and transfer again if needed.',
  'cms.transfer.failed': 'The licenses were not transferred',
} as const;
