/** English texts of the lookup dialog (AU-2), loaded with it (load.ts). */
export const lookupDialogEn = {
  'lookup.title': 'Look up an ID or name',
  'lookup.field': 'License ID, Customer ID, install code, serial number, PO or name',
  'lookup.hint':
    'Type at least {min} characters. Case, spaces and hyphens do not matter. ↑ and ↓ choose a result, Enter opens it, Esc closes.',
  'lookup.tooLong': 'A lookup has at most {max} characters.',
  'lookup.results': 'Results',
  'lookup.busy': 'Looking up…',
  'lookup.failed': 'The lookup failed',
  'lookup.noMatch': 'Nothing you may see matches “{text}”.',
  'lookup.signedInNowhere':
    'You are not signed in to any app, so there is nothing to look up. Sign in to an app first.',
  'lookup.notSearched': 'Not searched, as you are not signed in there: {apps}.',
  'lookup.group':
    '{kind, select, license {Licenses} customer {Customer IDs} segmentController {Segment controllers} sensor {Sensors} purchaseOrder {Purchase orders} other {Partners}} · {app}',
  'lookup.more': '{shown} of {total} shown: type more to narrow it down.',
  'lookup.replaces': 'You typed {old}: it was replaced by this license.',
  'lookup.close': 'Close',
};
