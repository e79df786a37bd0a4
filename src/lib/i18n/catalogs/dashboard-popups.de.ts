import type { Translation } from '@/lib/i18n/catalog';
import type { dashboardPopupsEn } from './dashboard-popups.en';

export const dashboardPopupsDe: Translation<typeof dashboardPopupsEn> = {
  'dashboard.activation.running':
    'Lizenzaktivierung: {current, number} von {total, number} wird aktiviert…',
  'dashboard.activation.finished':
    '{activated, number} von {total, plural, one {# Lizenz} other {# Lizenzen}} aktiviert',
  'dashboard.activation.progress': 'Fortschritt der Lizenzaktivierung',
  'dashboard.activation.show': 'Anzeigen',
  'dashboard.activation.details': 'Details',
  'dashboard.activation.dismiss': 'Ausblenden',
  'dashboard.lifecycle.reimage': 'Re-Image…',
  'dashboard.lifecycle.resetDatabases': 'Datenbanken zurücksetzen…',
  'dashboard.lifecycle.restoreFactorySettings': 'Werkseinstellungen wiederherstellen…',
  'dashboard.lifecycle.reimageTitle': 'Re-Image von {controller}',
  'dashboard.lifecycle.reimageIntro':
    'Auf {controller} läuft Software {version}. Das Re-Image installiert das gewählte Release. Jede Lizenz bleibt mit ihren Daten erhalten, ebenso die Geräteliste.',
  'dashboard.lifecycle.release': 'Software-Release',
  'dashboard.lifecycle.currentRelease': '{version} (installiert)',
  'dashboard.lifecycle.noLicenseNeeded':
    'Keine Lizenz nötig: Dasselbe oder ein älteres Release sowie Releases bis 3.2 sind immer erlaubt.',
  'dashboard.lifecycle.maintenanceAllows':
    'Erlaubt: Die Wartung auf {controller} gilt bis {day}, und ein Upgrade verbraucht sie nicht.',
  'dashboard.lifecycle.upgradeLicenseUsed':
    'Erlaubt: Dieses Upgrade verbraucht die einmalige Upgrade-Lizenz {licenseId}. Eine jährliche Wartung kann danach noch 30 Tage lang erworben werden.',
  'dashboard.lifecycle.maintenanceRequired':
    'Für das Upgrade von {controller} auf {version} ist eine nicht abgelaufene Wartung oder eine unbenutzte einmalige Upgrade-Lizenz auf {controller} nötig; heute (<nowrap>{day}</nowrap>) gibt es keins von beiden. Kaufen Sie bei Ihrem Partner eine Wartungslizenz für 1 oder 3 Jahre oder eine einmalige Upgrade-Lizenz und aktivieren Sie sie auf {controller}.',
  'dashboard.lifecycle.reimageAction': 'Re-Image',
  'dashboard.lifecycle.cancel': 'Abbrechen',
  'dashboard.lifecycle.resetTitle': 'Datenbanken von {controller} zurücksetzen?',
  'dashboard.lifecycle.resetText':
    'Das Zurücksetzen der Datenbanken löscht die Geräteliste von {controller} ({devices, plural, one {# Gerät} other {# Geräte}}). Jede Lizenz bleibt mit ihren Daten aktiviert. Das lässt sich nicht rückgängig machen.',
  'dashboard.lifecycle.resetAction': 'Datenbanken zurücksetzen',
  'dashboard.lifecycle.resetDone':
    'Die Datenbanken von {controller} wurden zurückgesetzt: Die Geräteliste ist leer. Jede Lizenz ist mit ihren Daten erhalten geblieben.',
  'dashboard.lifecycle.restoreTitle': 'Werkseinstellungen von {controller} wiederherstellen?',
  'dashboard.lifecycle.restoreText':
    'Das Wiederherstellen der Werkseinstellungen setzt {controller} auf den Auslieferungszustand zurück und löscht die Geräteliste ({devices, plural, one {# Gerät} other {# Geräte}}). Das Software-Release und jede Lizenz mit ihren Daten bleiben erhalten. Das lässt sich nicht rückgängig machen.',
  'dashboard.lifecycle.restoreAction': 'Werkseinstellungen wiederherstellen',
  'dashboard.lifecycle.restoreDone':
    '{controller} wurde auf die Werkseinstellungen zurückgesetzt: Die Geräteliste ist leer. Jede Lizenz ist mit ihren Daten erhalten geblieben.',
};
