import type { Translation } from '@/lib/i18n/catalog';
import type { cmsEn } from './cms.en';

export const cmsDe: Translation<typeof cmsEn> = {
  'cms.dialog.title': 'Lizenzen verwalten',
  'cms.dialog.titleWithView': 'Lizenzen verwalten<light> · {view}</light>',
  'cms.dialog.viewLoading': 'Ansicht wird geladen',
  'cms.dialog.back': 'Zurück',
  'cms.dialog.close': 'Schließen',
  'cms.dialog.view.customerAccounts': 'Kundenkonten verwalten',
  'cms.dialog.view.download': 'Lizenzen aus der Cloud herunterladen',
  'cms.dialog.view.addLicense': 'Lizenz hinzufügen',
  'cms.dialog.view.notifications': 'Benachrichtigungen bearbeiten',
  'cms.dialog.view.outbox': 'Gesendete Benachrichtigungen',
  'cms.unsaved.title': 'Ungespeicherte Änderungen verwerfen?',
  'cms.unsaved.discard': 'Änderungen verwerfen',
  'cms.unsaved.keepEditing': 'Weiter bearbeiten',
  'cms.unsaved.body':
    'Sie haben Werte geändert, die nicht gespeichert sind. Wenn Sie die Ansicht jetzt verlassen, gehen sie verloren.',
  'cms.segmentControllers.unknown': 'Unbekannter Segment-Controller',
  'cms.download.progress.running': 'Aktiviere {current, number} von {total, number} …',
  'cms.download.progress.done':
    '{activated, number} von {total, plural, one {# Lizenz} other {# Lizenzen}} aktiviert',
};
