import type { Translation } from '@/lib/i18n/catalog';
import type { commonEn } from './common.en';

export const commonDe: Translation<typeof commonEn> = {
  'common.date.expiresAtEndOf': 'läuft am Ende des {day} ab (Serverzeit)',
  'common.date.expiresAtEndOfWithLocal':
    'läuft am Ende des {day} ab (Serverzeit), {moment} in {timeZone}',
  'common.cancel': 'Abbrechen',
  'common.dismiss': 'Ausblenden',
  'common.retry': 'Erneut versuchen',
  'common.copied': 'Kopiert',
  'common.copyWhat': '{what} kopieren',
  'common.copyWhatId': '{what} {id} kopieren',
  'common.removeChip': '{chip} entfernen',
  'common.selectColumn': 'Auswählen',
  'common.unavailableAction': '{action}: {reason}',
  /** Every role a person can have, in the CMS, the License Manager and the portals. */
  'common.role':
    '{role, select, Owner {Inhaber} Admin {Administrator} Supervisor {Supervisor} User {Benutzer} Administrator {Administrator} Manager {Manager} Analyst {Analyst} Partner {Partner} Customer {Kunde} other {{role}}}',
  'common.license.capacity': 'Kapazität für {devices} Geräte',
  'common.license.maintenance':
    '{years, plural, one {# Jahr} other {# Jahre}} Wartung ({devices} Geräte)',
  'common.license.core': 'SmartServer Core',
  'common.license.upgrade': 'Einmaliges Upgrade',
  'common.license.remoteCms':
    'Remote-CMS (bis zu {controllers, plural, one {# Segment-Controller} other {# Segment-Controller}}), {years} Jahr',
  'common.coverage.complete':
    'Die Wartung deckt {covered, number} von {capacity, number} Geräten ab',
  'common.coverage.short':
    'Die Wartung deckt {covered, number} von {capacity, number} Geräten ab; {missing, number} weitere nötig',
  'common.input.character':
    '{kind, select, incomplete {ein unvollständiges Zeichen ({code})} space {ein besonderes Leerzeichen ({code})} invisible {ein unsichtbares Zeichen ({code})} other {„{char}“ ({code})}}',
  'common.input.asciiOnly':
    'Verwenden Sie nur {allowed, select, digits {die Ziffern 0–9} lettersAndDigits {lateinische Buchstaben und Ziffern} other {lateinische Buchstaben, Ziffern und Satzzeichen}}: {character} gehört nicht dazu.',
  'common.input.plainText':
    '{what, select, note {Eine Notiz} customerName {Ein Kundenname} purchaseOrder {Eine Bestellung (PO)} other {Dieser Text}} darf dieses Zeichen nicht enthalten: {character}.',
  'common.input.installCodeFormat':
    'Ein Installationscode besteht aus 5 Gruppen zu je 5 Zeichen (A–Z, 2–7), etwa {example}.',
  'common.input.tooManyLicenses':
    '{perFile, select, yes {Eine Lizenzdatei enthält höchstens {max, number} Lizenzen.} other {Wählen Sie höchstens {max, number} Lizenzen auf einmal.}}',
};
