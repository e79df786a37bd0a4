import type { Translation } from '@/lib/i18n/catalog';
import type { lookupDialogEn } from './lookup-dialog.en';

export const lookupDialogDe: Translation<typeof lookupDialogEn> = {
  'lookup.title': 'Eine ID oder einen Namen nachschlagen',
  'lookup.field': 'Lizenz-ID, Kunden-ID, Installationscode, Seriennummer, Bestellnummer oder Name',
  'lookup.hint':
    'Geben Sie mindestens {min} Zeichen ein. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle. ↑ und ↓ wählen ein Ergebnis, die Eingabetaste öffnet es, Esc schließt.',
  'lookup.tooLong': 'Eine Suche hat höchstens {max} Zeichen.',
  'lookup.results': 'Ergebnisse',
  'lookup.busy': 'Wird nachgeschlagen…',
  'lookup.failed': 'Das Nachschlagen ist fehlgeschlagen',
  'lookup.noMatch': 'Nichts, was Sie sehen dürfen, passt zu „{text}“.',
  'lookup.signedInNowhere':
    'Sie sind in keiner Anwendung angemeldet, daher gibt es nichts nachzuschlagen. Melden Sie sich zuerst an.',
  'lookup.notSearched': 'Nicht durchsucht, da Sie dort nicht angemeldet sind: {apps}.',
  'lookup.group':
    '{kind, select, license {Lizenzen} customer {Kunden-IDs} segmentController {Segment-Controller} sensor {Sensoren} purchaseOrder {Bestellungen} other {Partner}} · {app}',
  'lookup.more': '{shown} von {total} angezeigt: Geben Sie mehr ein, um einzugrenzen.',
  'lookup.replaces': 'Sie haben {old} eingegeben: Diese Lizenz hat sie ersetzt.',
  'lookup.close': 'Schließen',
};
