import type { Translation } from '@/lib/i18n/catalog';
import type { customerEn } from './customer.en';

export const customerDe: Translation<typeof customerEn> = {
  'customer.page.title': 'Lizenz-Kundenportal',
  'customer.page.intro':
    'Sehen Sie Ihre Lizenzen ein und erstellen Sie Offline-Aktivierungsdateien für SmartServer ohne Internetzugang.',
  'customer.page.signedInAs': 'Angemeldet als <b>{name}</b>',
  'customer.page.signOut': 'Abmelden',
  'customer.page.loading': 'Kundenportal wird geladen',
  'customer.page.loadError': 'Das Kundenportal konnte nicht geladen werden',

  'customer.signIn.title': 'Anmelden',
  'customer.signIn.methods': 'Anmelden mit',
  'customer.signIn.eidTab': 'Lizenz-ID (EID)',
  'customer.signIn.emailTab': 'E-Mail',
  'customer.signIn.eidForm': 'Mit einer Lizenz-ID anmelden',
  'customer.signIn.emailForm': 'Mit einer E-Mail-Adresse anmelden',
  'customer.signIn.eid': 'Lizenz-ID (EID)',
  'customer.signIn.eidHint':
    'Eine beliebige Lizenz-ID (EID) Ihrer Lizenzen, aus Ihrer Auftragsbestätigung.',
  'customer.signIn.email': 'E-Mail',
  'customer.signIn.emailPlaceholder': 'name@example.com',
  'customer.signIn.emailHint':
    'Die Kontakt-E-Mail, die Ihr Partner Ihrem Kundenkonto hinzugefügt hat.',
  'customer.signIn.submit': 'Anmelden',
  'customer.signIn.eidFormat': 'Eine Lizenz-ID (EID) sieht so aus: {example}.',
  'customer.signIn.emailFormat': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'customer.signIn.emailTooLong': 'Eine E-Mail-Adresse hat höchstens {max, number} Zeichen.',

  'customer.licenses.title': 'Ihre Lizenzen',
  'customer.licenses.loadError': 'Die Lizenzen konnten nicht geladen werden',
  'customer.licenses.lastLoaded': 'Angezeigt werden Ihre zuletzt geladenen Lizenzen.',
  'customer.licenses.emptyTitle': 'Noch keine Lizenzen',
  'customer.licenses.emptyText':
    'Lizenzen, die Ihr Partner auf Ihr Kundenkonto überträgt, erscheinen hier.',
  'customer.licenses.selectForFile': 'Für die Datei auswählen',
  'customer.licenses.selectLicense': '{licenseId} für die Datei auswählen',
  'customer.licenses.column.eid': 'EID',
  'customer.licenses.column.type': 'Typ',
  'customer.licenses.column.transferDate': 'Übertragungsdatum',
  'customer.licenses.column.activatedOn': 'Aktiviert auf',
  'customer.licenses.notActivated': 'Nicht aktiviert',
  'customer.licenses.activatedOn': '{controller}, {date}',
  'customer.licenses.alreadyActivated': 'Bereits auf {controller} aktiviert.',
  'customer.licenses.maintenanceFromPartner':
    'Wartung kommt in eine Datei von Ihrem Partner, nicht von hier.',
  'customer.licenses.onlyCapacity':
    'Nur Lizenzen für Gerätekapazität kommen in eine Offline-Datei.',

  'customer.file.title': 'Offline-Aktivierungsdatei erstellen',
  'customer.file.explanation':
    'Für einen SmartServer ohne Internetzugang: Wählen Sie eine oder mehrere nicht aktivierte Kapazitätslizenzen, geben Sie den Installationscode des Servers ein und erstellen Sie eine daran gebundene Datei. Jede Datei kann einmal verwendet werden.',
  'customer.file.chosen':
    '{count, plural, =0 {Keine Lizenz ausgewählt.} one {# Kapazitätslizenz ausgewählt.} other {# Kapazitätslizenzen ausgewählt.}}',
  'customer.file.noLicenseChosen': 'Wählen Sie mindestens eine Kapazitätslizenz.',
  'customer.file.installCode': 'Installationscode',
  'customer.file.installCodeHint': 'Wird im SmartServer CMS beim Segment-Controller angezeigt.',
  'customer.file.create': 'Erstellen',
  'customer.file.createError': 'Die Datei konnte nicht erstellt werden',
  'customer.file.created': '<mono>{fileName}</mono> erstellt',
  'customer.file.addInCms':
    'Fügen Sie sie im SmartServer CMS mit <b>Lizenz hinzufügen</b> (Lizenzen verwalten) hinzu.',
  'customer.file.downloadAgain': 'Erneut herunterladen',

  'customer.issued.title': 'Ausgestellte Dateien',
  'customer.issued.none':
    'Für Ihre Lizenzen wurde noch keine Offline-Aktivierungsdatei ausgestellt.',
  'customer.issued.column.installCode': 'Installationscode',
  'customer.issued.column.issuedOn': 'Ausgestellt am',
  'customer.issued.column.licenses': 'Lizenzen (EID)',
};
