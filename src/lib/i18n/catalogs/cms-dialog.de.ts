import type { Translation } from '@/lib/i18n/catalog';
import type { cmsDialogEn } from './cms-dialog.en';

export const cmsDialogDe: Translation<typeof cmsDialogEn> = {
  'cms.dialog.view.transfer': 'In die Cloud übertragen',
  'cms.list.and': '{head} und {last}',
  'cms.column.segmentController': 'Segment-Controller',
  'cms.column.description': 'Beschreibung',
  'cms.column.status': 'Status',
  'cms.column.activationDate': 'Aktivierungsdatum',
  'cms.column.licenseId': 'Lizenz-ID',
  'cms.column.note': 'Notiz',
  'cms.column.installCode': 'Installationscode',
  'cms.column.customerId': 'Kunden-ID',
  'cms.column.transferDate': 'Übertragungsdatum',
  'cms.segmentControllers.loadError': 'Die Segment-Controller konnten nicht geladen werden',
  'cms.segmentControllers.lastLoaded': 'Angezeigt werden die zuletzt geladenen Segment-Controller.',
  'cms.segmentControllers.cms': 'CMS',
  'cms.licenses.tableLabel': 'Aktivierte Lizenzen',
  'cms.licenses.loadError': 'Die Lizenzen konnten nicht geladen werden',
  'cms.licenses.lastLoaded': 'Angezeigt werden die zuletzt geladenen Lizenzen.',
  'cms.licenses.noneActivated': 'Keine Lizenzen aktiviert',
  'cms.licenses.noneActivatedHint':
    'Laden Sie Lizenzen für eine gespeicherte Kunden-ID aus der Cloud herunter oder fügen Sie eine Offline-Lizenzdatei hinzu, um sie hier zu aktivieren.',
  'cms.licenses.summary': '{count, plural, one {# Lizenz} other {# Lizenzen}} · Status vom {today}',
  'cms.licenses.summaryOnSegment':
    '{count, plural, one {# Lizenz} other {# Lizenzen}} auf {segment} · Status vom {today}',
  'cms.licenses.noneOnSegment': 'Keine Lizenzen auf {segment} aktiviert',
  'cms.licenses.showAll': 'Alle Segment-Controller anzeigen',
  'cms.licenses.segmentFilter': 'Segment-Controller',
  'cms.licenses.allSegmentControllers': 'Alle Segment-Controller',
  'cms.findings.onSegment': '{segment}: {finding}',
  'cms.findings.allCovered':
    'Kapazität und Wartung decken jedes Gerät auf {count, plural, one {diesem Segment-Controller} other {diesen Segment-Controllern}} ab.',
  'cms.toolbar.label': 'Lizenzaktionen',
  'cms.toolbar.downloadUnavailable':
    'Kein Segment-Controller hat eine gespeicherte Kunden-ID. Speichern Sie zuerst eine unter „Kundenkonten verwalten“.',
  'cms.toolbar.nothingToTransfer':
    'Die Liste enthält keine Kapazitäts- oder Wartungslizenzen, die übertragen werden können.',
  'cms.toolbar.transferOffline':
    '{names} {count, plural, one {ist} other {sind}} offline und {count, plural, one {erreicht} other {erreichen}} die Cloud nicht. Filtern Sie die Liste auf Segment-Controller, die online sind.',
  'cms.note.tooLong': 'Eine Notiz hat höchstens {max, number} Zeichen.',
  'cms.note.hint': '{length}/255 · Eingabetaste speichert, Esc bricht ab',
  'cms.note.field': 'Notiz zur Lizenz {licenseId}',
  'cms.note.edit': 'Notiz bearbeiten: {note}',
  'cms.note.saving': 'Notiz wird gespeichert: {note}',
  'cms.note.addTo': 'Notiz zur Lizenz {licenseId} hinzufügen',
  'cms.note.add': 'Notiz hinzufügen',
  'cms.note.notSaved': 'Notiz nicht gespeichert: {reason}',
  'cms.customerAccounts.portalsNote':
    'Kunden-IDs stammen aus dem <b>License Partner Portal</b>, in dem Partner Kunden- und Projektkonten anlegen und Lizenzen an sie übertragen. Im <b>License Customer Portal</b> meldet sich ein Kunde mit einer Lizenz-ID (EID) an, um Offline-Aktivierungsdateien zu erstellen.',
  'cms.customerAccounts.none': 'Keine Segment-Controller in diesem CMS',
  'cms.customerAccounts.tableLabel': 'Kundenkonten',
  'cms.customerAccounts.offline': 'Offline',
  'cms.customerAccounts.clearing':
    'Wenn Sie einen leeren Wert speichern, wird die Kunden-ID entfernt.',
  'cms.customerAccounts.enterId': 'Geben Sie eine Kunden-ID ein, zum Beispiel {example}.',
  'cms.customerAccounts.saved': 'Gespeichert.',
  'cms.customerAccounts.field': 'Kunden-ID für {segment}',
  'cms.customerAccounts.noneSaved': 'Keine Kunden-ID gespeichert',
  'cms.customerAccounts.save': 'Änderungen speichern',
  'cms.customerAccounts.discard': 'Änderungen verwerfen',
  'cms.customerAccounts.format': 'Eine Kunden-ID sieht so aus: {example}.',
  'cms.download.loadError': 'Die Lizenzen in der Cloud konnten nicht geladen werden',
  'cms.download.lastLoaded': 'Angezeigt werden die zuletzt geladenen Lizenzen.',
  'cms.download.tableLabel': 'In der Cloud verfügbare Lizenzen',
  'cms.download.selectAll': 'Alle Lizenzen auswählen',
  'cms.download.select': '{licenseId} auswählen',
  'cms.download.selectFor': '{licenseId} für {segment} auswählen',
  'cms.download.expiresIfActivatedToday': 'läuft am {day} ab, wenn heute aktiviert',
  'cms.download.destinationField': 'Segment-Controller für {licenseId}',
  'cms.download.offlineOption': '{name} (offline)',
  'cms.download.allOffline':
    '{names} {count, plural, one {ist} other {sind}} offline und {count, plural, one {erreicht} other {erreichen}} die Cloud nicht: Verbinden Sie {count, plural, one {ihn} other {sie}}, um diese Lizenz zu aktivieren, oder verwenden Sie eine Offline-Lizenzdatei.',
  'cms.download.someOffline':
    '{names} {count, plural, one {ist} other {sind}} offline: {count, plural, one {Er kann} other {Sie können}} keine Lizenzen empfangen, bis {count, plural, one {er} other {sie}} die Cloud erreicht.',
  'cms.download.nothingToDownload': 'Keine Lizenzen zum Herunterladen',
  'cms.download.noCustomerId': 'Kein Segment-Controller hat eine gespeicherte Kunden-ID',
  'cms.download.noCustomerIdHint':
    'Lizenzen werden für die Kunden-ID heruntergeladen, die auf einem Segment-Controller gespeichert ist. Kopieren Sie sie aus dem License Partner Portal und speichern Sie sie unter „Kundenkonten verwalten“.',
  'cms.download.nothingForCustomerId':
    'Für die Kunden-ID <id>{customerId}</id> sind keine Lizenzen verfügbar. <saved>Gespeichert auf {names}.</saved>',
  'cms.download.progressLoadError':
    'Der Fortschritt der Aktivierung konnte nicht geladen werden. {reason}',
  'cms.download.anotherSegmentController': 'einem anderen Segment-Controller',
  'cms.download.coverageUnchecked':
    'Die Abdeckung durch Wartung kann gerade nicht geprüft werden. {reason}',
  'cms.download.coverageWarning': 'Nach der Aktivierung auf {segment}: {coverage}.',
  'cms.download.selectToActivate': 'Wählen Sie die Lizenzen aus, die aktiviert werden sollen.',
  'cms.download.selected': '{selected, number} ausgewählt',
  'cms.download.selectedWithBusy':
    '{selected, number} ausgewählt · {busy, number} werden bereits aktiviert',
  'cms.download.activate': 'Aktivieren',
  'cms.download.beforeYouActivate': 'Bevor Sie aktivieren',
  'cms.download.alreadyActivating': 'Diese Lizenzen werden bereits aktiviert.',
  'cms.download.progress.label': 'Aktivierung',
  'cms.download.progress.keepsGoing':
    'Die Cloud arbeitet weiter, wenn Sie diesen Dialog schließen.',
  'cms.download.progress.dismiss': 'Ausblenden',
  'cms.download.progress.activatedOn': 'Aktiviert auf {segment}: <ids>{licenseIds}</ids>',
  'cms.download.progress.reasonBeside': 'Der Grund steht neben jeder fehlgeschlagenen Lizenz.',
  'cms.download.progress.notActivatedOn':
    'Nicht aktiviert auf {segment}: <id>{licenseId}</id>. {reason}',
  'cms.download.state.pending': 'Ausstehend',
  'cms.download.state.activating': 'Wird aktiviert …',
  'cms.download.state.activated': 'Aktiviert',
  'cms.download.state.failed': 'Fehlgeschlagen',
  'cms.addLicense.intro':
    'Kapazitäts-Lizenzdateien stammen aus dem License Customer Portal, Wartungsdateien von Customer Success. Jede Datei ist für einen Installationscode erstellt und kann einmal aktiviert werden.',
  'cms.addLicense.refused': '{fileName}: {reason}',
  'cms.addLicense.dropHint': 'Legen Sie eine Lizenzdatei (.lic) hier ab oder wählen Sie eine aus.',
  'cms.addLicense.selectedFile':
    'Ausgewählte Datei: <b>{fileName}</b>. Legen Sie eine andere ab oder wählen Sie eine andere aus, um sie zu ersetzen.',
  'cms.addLicense.chooseFile': 'Datei auswählen',
  'cms.addLicense.fileInput': 'Lizenzdatei',
  'cms.addLicense.checking': 'Lizenzdatei wird geprüft …',
  'cms.addLicense.cancel': 'Abbrechen',
  'cms.addLicense.theSegmentController': 'dem Segment-Controller',
  'cms.addLicense.cannotActivate': 'Diese Datei kann auf {segment} nicht aktiviert werden',
  'cms.addLicense.activate': 'Aktivieren',
  'cms.addLicense.activatesOn':
    'Aktiviert {count, plural, one {diese Lizenz} other {diese Lizenzen}} auf {segment}, gültig ab heute.',
  'cms.addLicense.contents': 'Inhalt der Lizenzdatei',
  'cms.addLicense.fileId': 'Datei-ID',
  'cms.addLicense.issued': 'Ausgestellt',
  'cms.addLicense.installCode': 'Installationscode',
  'cms.addLicense.licenseCount':
    '{count, plural, one {# Lizenz in dieser Datei} other {# Lizenzen in dieser Datei}}',
  'cms.addLicense.target': 'Ziel-Segment-Controller',
  'cms.addLicense.madeFor':
    'Die Datei wurde für {segment} erstellt (Installationscode {installCode}).',
  'cms.addLicense.noTarget':
    'Kein Segment-Controller dieses CMS hat den Installationscode {installCode}. Wählen Sie das Ziel.',
  'cms.addLicense.chooseTarget': 'Segment-Controller auswählen',
  'cms.addLicense.targetOption': '{name} · {installCode}',
  'cms.addLicense.targetOptionOffline': '{name} · {installCode} · offline',
  'cms.addLicense.addAnother': 'Weitere Datei hinzufügen',
  'cms.addLicense.activatedOn':
    '{count, plural, one {# Lizenz} other {# Lizenzen}} auf {segment} aktiviert',
  'cms.addLicense.activatedLicense': '{description} · {licenseId}',
  'cms.addLicense.activatedLicenseExpiry': '{description} · {licenseId} · {expiry}',
  'cms.notifications.loading': 'Benachrichtigungseinstellungen werden geladen …',
  'cms.notifications.loadError': 'Die Benachrichtigungseinstellungen konnten nicht geladen werden',
  'cms.notifications.intro':
    'An jedem Benachrichtigungstag vor dem Ablauf einer Wartungslizenz schreibt die Cloud jedem Empfänger eine E-Mail dazu: eine Nachricht pro Lizenz und Tag.',
  'cms.notifications.recipients': 'Empfänger',
  'cms.notifications.addRecipient': 'Empfänger hinzufügen',
  'cms.notifications.recipientPlaceholder': 'name@beispiel.de',
  'cms.notifications.recipientsHint':
    'Geben Sie eine E-Mail-Adresse ein und drücken Sie die Eingabetaste. 1 bis {max, number} Empfänger.',
  'cms.notifications.tooManyRecipients': 'Höchstens {max, number} Empfänger.',
  'cms.notifications.days': 'Benachrichtigungstage',
  'cms.notifications.addDay': 'Benachrichtigungstag hinzufügen',
  'cms.notifications.dayPlaceholder': 'z. B. 60',
  'cms.notifications.daysHint':
    'Ganze Tage vor dem Ablauf, 0 bis {max, number}; 0 = am Tag des Ablaufs.',
  'cms.notifications.dayNotANumber': 'Geben Sie eine Anzahl von Tagen ein, zum Beispiel 30.',
  'cms.notifications.problem.empty': 'Geben Sie eine E-Mail-Adresse ein.',
  'cms.notifications.problem.tooLong': 'Eine E-Mail-Adresse hat höchstens {max, number} Zeichen.',
  'cms.notifications.problem.invalid': '{typed} ist keine gültige E-Mail-Adresse.',
  'cms.notifications.problem.duplicateRecipient': '{address} ist bereits Empfänger.',
  'cms.notifications.problem.noRecipient': 'Fügen Sie mindestens einen Empfänger hinzu.',
  'cms.notifications.problem.notWhole': 'Nur ganze Tage: {value, number} ist keiner.',
  'cms.notifications.problem.dayRange': 'Tage vor dem Ablauf liegen zwischen 0 und {max, number}.',
  'cms.notifications.problem.duplicateDay': '{value, number} ist bereits in der Liste.',
  'cms.notifications.onActivation':
    'Benachrichtigen, wenn eine Wartungslizenz aktiviert oder verlängert wird',
  'cms.notifications.save': 'Speichern',
  'cms.notifications.cancel': 'Abbrechen',
  'cms.notifications.saved': 'Benachrichtigungseinstellungen gespeichert.',
  'cms.outbox.loadError': 'Die gesendeten Benachrichtigungen konnten nicht geladen werden',
  'cms.outbox.none': 'Noch keine Benachrichtigungen gesendet',
  'cms.outbox.noneHint':
    'Die Cloud schreibt den unter „Benachrichtigungen bearbeiten“ festgelegten Empfängern an jedem Benachrichtigungstag vor dem Ablauf einer Wartungslizenz eine E-Mail und, falls gewählt, wenn eine aktiviert oder verlängert wird.',
  'cms.outbox.newestOnly':
    'Die neuesten {count, number} Nachrichten; ältere bewahrt die Cloud nicht auf.',
  'cms.outbox.column.date': 'Datum',
  'cms.outbox.column.recipients': 'Empfänger',
  'cms.outbox.column.subject': 'Betreff',
  'cms.outbox.column.license': 'Lizenz',
  'cms.transfer.title': 'Lizenzen in die Cloud übertragen?',
  'cms.transfer.confirm': 'Lizenzen übertragen',
  'cms.transfer.sends':
    'Zurück in die Cloud geht: <b>{plan}</b>. Die Lizenzen verschwinden aus dieser Liste, und ihr Übertragungsdatum wird auf heute gesetzt.',
  'cms.transfer.listLabel': 'Zu übertragende Lizenzen',
  'cms.transfer.item': '{description} · {segment}',
  'cms.transfer.unlicensedWarning':
    'LON-, BACnet- und Modbus-Geräte auf {names} werden <b>nicht lizenziert (lila)</b> und müssen nach der Aktivierung einer neuen Kapazitätslizenz manuell bereitgestellt werden.',
  'cms.transfer.noCapacity':
    'Es geht keine Kapazitätslizenz zurück, daher behalten die Geräte ihren Zustand.',
  'cms.transfer.maintenanceKeepsRunning':
    'Wartungslaufzeiten laufen weiter, während die Lizenzen in der Cloud sind.',
  'cms.transfer.unknownSegment': 'Unbekannt',
  'cms.transfer.plan.capacity':
    '{capacity, plural, one {# Kapazitätslizenz} other {# Kapazitätslizenzen}}',
  'cms.transfer.plan.maintenance':
    '{maintenance, plural, one {# Wartungslizenz} other {# Wartungslizenzen}}',
  'cms.transfer.plan.both':
    '{capacity, number} Kapazitäts- und {maintenance, plural, one {# Wartungslizenz} other {# Wartungslizenzen}}',
  'cms.transfer.plan.from': '{licenses} von {names}',
  'cms.transfer.done':
    '{count, plural, one {# Lizenz} other {# Lizenzen}} am {date} in die Cloud übertragen.',
  'cms.transfer.doneUnlicensed':
    '{count, plural, one {# Lizenz} other {# Lizenzen}} am {date} in die Cloud übertragen. Ihre Geräte sind jetzt nicht lizenziert.',
  'cms.transfer.dismiss': 'Schließen',
  'cms.transfer.outcomeUnknown': 'Ergebnis unbekannt',
  'cms.transfer.unknownGone':
    'Die Liste zeigt diese Lizenzen nicht mehr, die Cloud hat sie also höchstwahrscheinlich. Versuchen Sie es erneut, um den Vorgang abzuschließen: Die Cloud führt die Übertragung nur einmal aus.',
  'cms.transfer.unknownListed':
    'Die Liste zeigt sie noch, die Übertragung ist also wahrscheinlich noch nicht erfolgt. Versuchen Sie es erneut, um den Vorgang abzuschließen: Die Cloud führt die Übertragung nur einmal aus.',
  'cms.transfer.changed': 'Die Lizenzen haben sich inzwischen geändert',
  'cms.transfer.changedHint':
    'Die Liste zeigt jetzt, was auf diesem CMS ist: Brechen Sie ab, prüfen Sie die Liste und übertragen Sie bei Bedarf erneut.',
  'cms.transfer.failed': 'Die Lizenzen wurden nicht übertragen',
};
