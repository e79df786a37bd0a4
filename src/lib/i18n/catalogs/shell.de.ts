import type { Translation } from '@/lib/i18n/catalog';
import type { shellEn } from './shell.en';

export const shellDe: Translation<typeof shellEn> = {
  'shell.title': 'License Console',
  'shell.areas': 'Bereiche',
  'shell.menu': 'Menü',
  'shell.area.cms': 'CMS-Dashboard',
  'shell.area.partner': 'Partner-Portal',
  'shell.area.customer': 'Kundenportal',
  'shell.area.fleet': 'License Manager',
  'shell.area.support': 'Customer Success',
  'shell.loadingPage': 'Seite wird geladen',
  'shell.loadingConsole': 'Die License Console wird geladen',
  'shell.offline':
    'Sie sind offline. Ihre Änderungen werden gesendet, sobald die Verbindung wieder besteht; dann werden auch die Listen aktualisiert.',
  'shell.pageFailed.title': 'Diese Seite konnte nicht angezeigt werden',
  'shell.pageFailed.text':
    'Etwas Unerwartetes ist passiert. Laden Sie die Seite neu; nichts Gespeichertes geht verloren.',
  'shell.pageFailed.reload': 'Neu laden',
  'shell.notFound.title': 'Seite nicht gefunden',
  'shell.notFound.text': 'Unter dieser Adresse gibt es nichts.',
  'shell.notFound.home': 'Zum CMS-Dashboard',
  'shell.sessionExpired.title': 'Ihre Sitzung ist abgelaufen',
  'shell.sessionExpired.text':
    'Melden Sie sich erneut an, um weiterzumachen. Was Sie eingegeben oder ausgewählt haben, bleibt erhalten; senden Sie es nach der Anmeldung erneut.',
  'shell.sessionExpired.signIn': 'Erneut anmelden',
  'shell.theme.label':
    '{mode, select, light {Design: hell} dark {Design: dunkel} other {Design: wie das System}}',
  'shell.theme.tooltip':
    '{mode, select, light {Design: hell (zum Ändern klicken)} dark {Design: dunkel (zum Ändern klicken)} other {Design: wie das System (zum Ändern klicken)}}',
  'shell.identity.who': '{name} · {role}',
  'shell.identity.notSignedIn': 'Nicht angemeldet',
  'shell.identity.signedInAs': 'Angemeldet als {who}',
  'shell.identity.signedInTo':
    '{app, select, cms {Im CMS angemeldet als {who}} partner {Im Partner-Portal angemeldet als {who}} customer {Im Kundenportal angemeldet als {who}} support {In der Customer-Success-Konsole angemeldet als {who}} other {Im License Manager angemeldet als {who}}}',
  'shell.identity.nobodySignedInTo':
    '{app, select, cms {Im CMS ist niemand angemeldet} partner {Im Partner-Portal ist niemand angemeldet} customer {Im Kundenportal ist niemand angemeldet} support {In der Customer-Success-Konsole ist niemand angemeldet} other {Im License Manager ist niemand angemeldet}}',
  'shell.identity.signInAs': 'Anmelden als (simulierte Cloud)',
  'shell.identity.signOut': 'Abmelden',
  'shell.language.button': 'Sprache und Datum',
  'shell.language.title': 'Sprache und Datum',
  'shell.language.language': 'Sprache',
  'shell.language.locale': '{locale, select, de {Deutsch} other {English}}',
  'shell.language.dateStyle': 'Datumsformat',
  'shell.language.dateStyleIso': 'ISO ({example})',
  'shell.language.dateStyleLocale': 'Wie in der Sprache üblich ({example})',
  'shell.language.timeZone': 'Zeitzone',
  'shell.language.noTimeZone': 'Keine passende Zeitzone',
  'shell.language.done': 'Fertig',
};
