/** English texts of the shell area; the keys are the ids every locale must translate. */
export const shellEn = {
  'shell.title': 'License Console',
  'shell.areas': 'Areas',
  'shell.menu': 'Menu',
  'shell.area.cms': 'CMS Dashboard',
  'shell.area.partner': 'Partner Portal',
  'shell.area.customer': 'Customer Portal',
  'shell.area.fleet': 'License Manager',
  'shell.area.support': 'Customer Success',
  'shell.loadingPage': 'Loading page',
  'shell.loadingConsole': 'Loading the License Console',
  'shell.offline':
    'You are offline. Changes you make are sent when the connection is back; lists refresh then.',
  'shell.pageFailed.title': 'This page could not be shown',
  'shell.pageFailed.text':
    'Something unexpected happened. Reload the page; nothing you saved is lost.',
  'shell.pageFailed.reload': 'Reload',
  'shell.notFound.title': 'Page not found',
  'shell.notFound.text': 'There is nothing at this address.',
  'shell.notFound.home': 'Go to the CMS Dashboard',
  'shell.sessionExpired.title': 'Your session has expired',
  'shell.sessionExpired.text':
    'Sign in again to carry on. What you typed or selected stays as it is; send it again once you are signed in.',
  'shell.sessionExpired.signIn': 'Sign in again',
  'shell.theme.label':
    '{mode, select, light {Theme: light} dark {Theme: dark} other {Theme: follows the system}}',
  'shell.theme.tooltip':
    '{mode, select, light {Theme: light (click to change)} dark {Theme: dark (click to change)} other {Theme: follows the system (click to change)}}',
  'shell.identity.who': '{name} · {role}',
  'shell.identity.notSignedIn': 'Not signed in',
  'shell.identity.signedInAs': 'Signed in as {who}',
  'shell.identity.signedInTo':
    '{app, select, cms {Signed in to the CMS as {who}} partner {Signed in to the Partner Portal as {who}} customer {Signed in to the Customer Portal as {who}} support {Signed in to the Customer Success console as {who}} other {Signed in to the License Manager as {who}}}',
  'shell.identity.nobodySignedInTo':
    '{app, select, cms {Nobody is signed in to the CMS} partner {Nobody is signed in to the Partner Portal} customer {Nobody is signed in to the Customer Portal} support {Nobody is signed in to the Customer Success console} other {Nobody is signed in to the License Manager}}',
  'shell.identity.signInAs': 'Sign in as (simulated cloud)',
  'shell.identity.signOut': 'Sign out',
  'shell.language.button': 'Language and dates',
  'shell.language.title': 'Language and dates',
  'shell.language.language': 'Language',
  'shell.language.locale': '{locale, select, de {Deutsch} other {English}}',
  'shell.language.dateStyle': 'Date style',
  'shell.language.dateStyleIso': 'ISO ({example})',
  'shell.language.dateStyleLocale': 'The language’s style ({example})',
  'shell.language.timeZone': 'Time zone',
  'shell.language.noTimeZone': 'No time zone matches',
  'shell.language.done': 'Done',
} as const;
