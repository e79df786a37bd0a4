/** English texts of the shared components and formats; the keys are the ids every locale must translate. */
export const commonEn = {
  'common.date.expiresAtEndOf': 'expires at end of {day} (server time)',
  'common.date.expiresAtEndOfWithLocal':
    'expires at end of {day} (server time), {moment} in {timeZone}',
  'common.cancel': 'Cancel',
  'common.dismiss': 'Dismiss',
  'common.retry': 'Retry',
  'common.copied': 'Copied',
  'common.copyWhat': 'Copy {what}',
  'common.copyWhatId': 'Copy {what} {id}',
  'common.removeChip': 'Remove {chip}',
  'common.selectColumn': 'Select',
  'common.unavailableAction': '{action}: {reason}',
  /** Every role a person can have, in the CMS, the License Manager and the portals. */
  'common.role':
    '{role, select, Owner {Owner} Admin {Admin} Supervisor {Supervisor} User {User} Administrator {Administrator} Manager {Manager} Analyst {Analyst} Partner {Partner} Customer {Customer} other {{role}}}',
  'common.license.capacity': '{devices}-device capacity',
  'common.license.maintenance': '{years}-year maintenance ({devices} devices)',
  'common.license.core': 'SmartServer Core',
  'common.license.upgrade': 'One-time upgrade',
  'common.license.remoteCms':
    'Remote CMS (up to {controllers, plural, one {# segment controller} other {# segment controllers}}), {years}-year',
  'common.coverage.complete': 'Maintenance covers {covered, number} of {capacity, number} devices',
  'common.coverage.short':
    'Maintenance covers {covered, number} of {capacity, number} devices; {missing, number} more needed',
  'common.input.character':
    '{kind, select, incomplete {an incomplete character ({code})} space {a special space ({code})} invisible {an invisible character ({code})} other {“{char}” ({code})}}',
  'common.input.asciiOnly':
    'Use {allowed, select, digits {the digits 0–9} lettersAndDigits {Latin letters and digits} other {Latin letters, digits and punctuation}} only: {character} is not one.',
  'common.input.plainText':
    '{what, select, note {A note} customerName {A customer name} purchaseOrder {A purchase order} other {This text}} cannot contain {character}.',
  'common.input.installCodeFormat':
    'An install code is 5 groups of 5 characters (A–Z, 2–7), such as {example}.',
  'common.input.tooManyLicenses':
    '{perFile, select, yes {A license file holds at most {max, number} licenses.} other {Choose at most {max, number} licenses at a time.}}',
} as const;
