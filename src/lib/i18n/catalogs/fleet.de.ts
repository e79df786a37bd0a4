import type { Translation } from '@/lib/i18n/catalog';
import type { fleetEn } from './fleet.en';

export const fleetDe: Translation<typeof fleetEn> = {
  'fleet.page.title': 'License Manager',
  'fleet.page.subtitle': 'Sensorlizenzen: Ablauf, Warteschlange und Verlängerung.',
  'fleet.page.subtitleOf':
    'Sensorlizenzen des Unternehmens von {name}: Ablauf, Warteschlange und Verlängerung.',
  'fleet.page.loading': 'License Manager wird geladen',
  'fleet.page.loadFailed': 'Der License Manager konnte nicht geladen werden',

  'fleet.accessDenied.title': 'Sie können keine Sensorlizenzen verwalten',
  'fleet.accessDenied.whomToAsk':
    'Bitten Sie einen Administrator Ihres Unternehmens um die Rolle „Manager“ oder einen Manager, Lizenzen für Sie hinzuzufügen, einzureihen oder zu verlängern.',
  'fleet.accessDenied.back': 'Zum CMS-Dashboard',

  'fleet.dialog.cancel': 'Abbrechen',

  'fleet.status.active': 'Aktiv',
  'fleet.status.expiring': 'Läuft ab',
  'fleet.status.expired': 'Abgelaufen',
  'fleet.status.unlicensed': 'Keine Lizenz',

  'fleet.daysLeft.left': '{days, plural, one {Noch # Tag} other {Noch # Tage}}',
  'fleet.daysLeft.lastDay': 'Letzter Tag',
  'fleet.daysLeft.expiredYesterday': 'Gestern abgelaufen',
  'fleet.daysLeft.expiredDaysAgo':
    '{days, plural, one {Vor # Tag abgelaufen} other {Vor # Tagen abgelaufen}}',

  'fleet.workspace.noLicensesLeft':
    'Keine Lizenzen mehr übrig: Fügen Sie zuerst einen Aktivierungscode hinzu.',
  'fleet.workspace.add': 'Hinzufügen',
  'fleet.workspace.expiryEmails': 'Ablauf-E-Mails',
  'fleet.workspace.loadingSummary': 'Flottenübersicht wird geladen',
  'fleet.workspace.shownOfFleet':
    '{shown, number} von {fleetSize, plural, one {# Sensor} other {# Sensoren}}',

  'fleet.summary.sensors': '{count, plural, one {# Sensor} other {# Sensoren}}',
  'fleet.summary.expiring':
    '{count, plural, one {# läuft innerhalb von 30 Tagen ab} other {# laufen innerhalb von 30 Tagen ab}}',
  'fleet.summary.expired': '{count, number} abgelaufen',
  'fleet.summary.unlicensed': '{count, number} ohne Lizenz',

  'fleet.licensesLeft.title': 'Verbleibende Lizenzen: {count}',
  'fleet.licensesLeft.poolEmpty': 'Der Pool ist leer: Fügen Sie einen Aktivierungscode hinzu.',
  'fleet.licensesLeft.key': '{key} × {available} ({months} Mon.)',

  'fleet.chart.title': 'Ablaufende Lizenzen pro Monat',
  'fleet.chart.loading': 'Wird geladen …',
  'fleet.chart.nothingRunsOut': 'In den nächsten 12 Monaten laufen keine Lizenzen ab.',
  'fleet.chart.peak':
    'In den nächsten 12 Monaten {total, plural, one {läuft # Sensor} other {laufen # Sensoren}} ab; die meisten im {month} ({peak, number}).',
  'fleet.chart.autoRenewalOn': 'Automatische Verlängerung an',
  'fleet.chart.autoRenewalOff': 'Automatische Verlängerung aus',
  'fleet.chart.month': 'Monat',
  'fleet.chart.sensors': 'Sensoren',
  'fleet.chart.withAutoRenewal': 'Mit automatischer Verlängerung',

  'fleet.panel.renewNow': 'Jetzt verlängern',
  'fleet.panel.renewedFromPool': 'Am {date} aus dem Pool verlängert (automatische Verlängerung).',
  'fleet.addSensors.open': 'Sensoren hinzufügen',
  'fleet.addSensors.title': 'Sensoren hinzufügen',
  'fleet.addSensors.intro':
    'Ein Sensor pro Zeile: seine Seriennummer und, nach einem Komma, sein Name. Neue Sensoren erhalten die automatische Verlängerung und eine Lizenz aus dem Pool, solange eine übrig ist.',
  'fleet.addSensors.list': 'Seriennummern',
  'fleet.addSensors.listExample': '282C94, Tiefkühler 21',
  'fleet.addSensors.counted':
    '{good, plural, one {# Sensor} other {# Sensoren}} hinzuzufügen{bad, plural, =0 {} one {, # Zeile mit einem Problem} other {, # Zeilen mit einem Problem}}.',
  'fleet.addSensors.tooMany':
    'Fügen Sie höchstens {max, number} Sensoren auf einmal hinzu; diese Liste hat {count, number} Zeilen.',
  'fleet.addSensors.problems': 'Zeilen, die nicht hinzugefügt werden können',
  'fleet.addSensors.problem.format':
    'Zeile {line}: {serial} ist keine Seriennummer (6 bis 12 Hexadezimalziffern, wie 282C94).',
  'fleet.addSensors.problem.duplicate': 'Zeile {line}: {serial} steht doppelt in der Liste.',
  'fleet.addSensors.problem.nameTooLong':
    'Zeile {line}: Der Name von {serial} hat mehr als 60 Zeichen.',
  'fleet.addSensors.location': 'Standort',
  'fleet.addSensors.poolShort':
    '{left, plural, =0 {Der Pool ist leer} one {Im Pool ist noch # Lizenz} other {Im Pool sind noch # Lizenzen}}: {waiting, plural, one {# neuer Sensor wartet} other {# neue Sensoren warten}} auf eine Lizenz. Geben Sie einen Aktivierungscode ein, um jetzt Lizenzen hinzuzufügen, oder fügen Sie sie später hinzu: wartende Sensoren erhalten sie sofort.',
  'fleet.addSensors.code': 'Aktivierungscode (optional)',
  'fleet.addSensors.codeHint':
    'Vier Vierergruppen; Groß-/Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.',
  'fleet.addSensors.cancel': 'Abbrechen',
  'fleet.addSensors.submit':
    '{count, plural, =0 {Sensoren hinzufügen} one {# Sensor hinzufügen} other {# Sensoren hinzufügen}}',
  'fleet.addSensors.done': 'Fertig',
  'fleet.addSensors.result':
    '{added, plural, =0 {Kein Sensor hinzugefügt.} one {# Sensor hinzugefügt:} other {# Sensoren hinzugefügt:}}{added, plural, =0 {} other { {licensed, number} mit Lizenz, {waiting, number} warten auf eine.}}{refused, plural, =0 {} one { # Zeile abgelehnt:} other { # Zeilen abgelehnt:}}',
  'fleet.addSensors.refusedList': 'Von der Cloud abgelehnte Zeilen',
  'fleet.codeDialog.title': 'Lizenzen hinzufügen',
  'fleet.codeDialog.add': 'Hinzufügen',
  'fleet.codeDialog.intro':
    'Geben Sie den Aktivierungscode aus Ihrer Bestellung ein. Seine Lizenzen kommen in den Pool und können dann zugewiesen werden.',
  'fleet.codeDialog.label': 'Aktivierungscode',
  'fleet.codeDialog.placeholder': 'XXXX-XXXX-XXXX-XXXX',
  'fleet.codeDialog.hint':
    'Vier Gruppen zu je vier Zeichen; Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.',
  'fleet.codeDialog.readsAs': 'Gelesen als {code}.',
  'fleet.codeDialog.required': 'Geben Sie den Aktivierungscode ein.',
  'fleet.codeDialog.pattern':
    'Ein Aktivierungscode besteht aus vier Gruppen zu je vier Buchstaben oder Ziffern, z. B. EF7Q-2K9M-XR4D-81NB.',
  'fleet.codeDialog.added':
    '{added, plural, one {# Lizenz} other {# Lizenzen}} × {months, plural, one {# Monat} other {# Monate}} zum Pool hinzugefügt (Schlüssel {key}).{renewed, plural, =0 {} one { # abgelaufener Sensor mit automatischer Verlängerung hat sofort eine erhalten.} other { # abgelaufene Sensoren mit automatischer Verlängerung haben sofort eine erhalten.}}',

  'fleet.recipients.title': 'Ablauf-E-Mails',
  'fleet.recipients.save': 'Speichern',
  'fleet.recipients.loading': 'Benutzer werden geladen',
  'fleet.recipients.loadFailed': 'Die Benutzer des Unternehmens konnten nicht geladen werden',
  'fleet.recipients.intro':
    'Die gewählten Benutzer erhalten einen Monat, bevor die Lizenzen eines Sensors ablaufen, und am Ablauftag selbst eine E-Mail.',
  'fleet.recipients.listLabel': 'Empfänger',
  'fleet.recipients.user': '{name} · {role} · {email}',
  'fleet.recipients.savedNobody': 'Niemand erhält jetzt Ablauf-E-Mails.',
  'fleet.recipients.saved':
    'Ablauf-E-Mails gehen an {count, plural, one {# Benutzer} other {# Benutzer}}.',

  'fleet.filters.location': 'Standort',
  'fleet.filters.allLocations': 'Alle Standorte',
  'fleet.filters.byStatus': 'Nach Status filtern',
  'fleet.filters.all': 'Alle',
  'fleet.filters.withCount': '{label} ({count, number})',
  'fleet.filters.clear': 'Filter zurücksetzen',
  'fleet.search.label': 'Seriennummer oder Name suchen',
  'fleet.search.invalid': 'Keine gültige Suche.',

  'fleet.columns.sensor': 'Seriennummer / Name des Sensors',
  // A soft hyphen: the narrow column on a phone breaks the word there, not mid-syllable.
  'fleet.columns.activationDate': 'Aktivierungs\u00addatum',
  'fleet.columns.expiresAt': 'Läuft ab am',
  'fleet.columns.key': 'Schlüssel',
  'fleet.columns.addLicense': 'Lizenz hinzufügen',
  'fleet.columns.autoRenewal': 'Automatische Verlängerung',

  'fleet.table.name': 'Sensoren',
  'fleet.table.updating': 'Tabelle wird aktualisiert',
  'fleet.table.someRowsFailed': 'Einige Zeilen konnten nicht geladen werden: {message}',
  'fleet.table.loadFailed': 'Die Sensoren konnten nicht geladen werden',
  'fleet.table.lastLoaded': 'Angezeigt werden die zuletzt geladenen Sensoren.',
  'fleet.table.noSensorsTitle': 'Noch keine Sensoren',
  'fleet.table.noSensorsText':
    'Sensoren, die Ihrem Unternehmen hinzugefügt werden, erscheinen hier.',
  'fleet.table.noMatchTitle': 'Keine passenden Sensoren',
  'fleet.table.showAll': 'Alle Sensoren anzeigen',
  'fleet.table.queued': '{count} in der Warteschlange',
  'fleet.table.addLicenseTo': 'Lizenz zu {name} ({serial}) hinzufügen',

  'fleet.export.button': 'CSV exportieren',
  'fleet.export.nothingToExport':
    'Kein Sensor passt zu Suche und Filtern, daher gibt es nichts zu exportieren.',
  'fleet.export.failed': 'Der Export ist fehlgeschlagen: {message}',
  'fleet.csv.serialNumber': 'Seriennummer',
  'fleet.csv.name': 'Name',
  'fleet.csv.location': 'Standort',
  'fleet.csv.status': 'Status',
  'fleet.csv.activationDate': 'Aktivierungsdatum',
  'fleet.csv.expiresAt': 'Läuft ab am',
  'fleet.csv.daysLeft': 'Verbleibende Tage',
  'fleet.csv.key': 'Schlüssel',
  'fleet.csv.licensesOfKey': 'Lizenzen des Schlüssels',
  'fleet.csv.queuedLicenses': 'Lizenzen in der Warteschlange',
  'fleet.csv.autoRenewal': 'Automatische Verlängerung',
  'fleet.csv.on': 'An',
  'fleet.csv.off': 'Aus',

  'fleet.autoRenewal.switchLabel': 'Automatische Verlängerung für {name} ({serial})',
  'fleet.autoRenewal.notTurnedOn':
    'Die automatische Verlängerung für {name} wurde nicht eingeschaltet: {message}',
  'fleet.autoRenewal.notTurnedOff':
    'Die automatische Verlängerung für {name} wurde nicht ausgeschaltet: {message}',

  'fleet.assignDialog.title': 'Lizenz zu {name} ({serial}) hinzufügen',
  'fleet.assignDialog.queue': 'Lizenz einreihen',
  'fleet.assignDialog.add': 'Lizenz hinzufügen',
  'fleet.assignDialog.poolEmpty':
    'Im Pool sind keine Lizenzen mehr übrig. Fügen Sie zuerst einen Aktivierungscode hinzu.',
  'fleet.assignDialog.keyLabel': 'Lizenzschlüssel',
  'fleet.assignDialog.keyOption':
    '{key} · {months, plural, one {# Monat} other {# Monate}} · {available} übrig',
  'fleet.assignDialog.previewQueued': 'In der Warteschlange: beginnt am {start}, endet am {end}.',
  'fleet.assignDialog.previewCurrent': 'Aktuell ab heute: {start} bis {end}.',
  'fleet.assignDialog.queuedOn':
    'Lizenz für {name} in die Warteschlange gestellt: Sie beginnt am {start}.',
  'fleet.assignDialog.addedTo': 'Lizenz zu {name} hinzugefügt: Sie läuft bis {end}.',
  'fleet.assignDialog.changedMeanwhile':
    'Der Sensor hat sich inzwischen geändert, daher weicht dies von der Anzeige ab ({shown, select, queued {in der Warteschlange} other {aktuell}} ab {start}).',

  'fleet.panel.sensor': 'Sensor',
  'fleet.panel.close': 'Sensordetails schließen',
  'fleet.panel.loading': 'Sensor wird geladen',
  'fleet.panel.loadFailed': 'Der Sensor konnte nicht geladen werden',
  'fleet.panel.lastLoaded': 'Angezeigt wird der zuletzt geladene Stand des Sensors.',
  'fleet.panel.expiredNote':
    'Die Lizenz ist am {end} abgelaufen. Neue Messwerte werden nicht gespeichert; der Verlauf und frühere Alarme des Sensors bleiben sichtbar.',
  'fleet.panel.currentLicense': 'Aktuelle Lizenz',
  'fleet.panel.key': 'Schlüssel',
  'fleet.panel.activationDate': 'Aktivierungsdatum',
  'fleet.panel.expiresAt': 'Läuft ab am',
  'fleet.panel.noLicense': 'Noch keine Lizenz: Der Sensor speichert keine Messwerte.',
  'fleet.panel.lastMeasurement': 'Letzter gespeicherter Messwert',
  'fleet.panel.never': 'Nie',
  'fleet.panel.queuedLicenses': 'Lizenzen in der Warteschlange',
  'fleet.panel.autoRenewal': 'Automatische Verlängerung',
  'fleet.panel.autoRenewalHint':
    'Ist nichts eingereiht, beginnt eine Lizenz aus dem Pool, sobald diese endet.',
  'fleet.panel.addLicense': 'Lizenz hinzufügen',

  'fleet.queue.empty':
    'Nichts in der Warteschlange. Eine Lizenz, die hinzugefügt wird, während eine andere läuft, wartet hier.',
  'fleet.queue.listLabel': 'Lizenzen in der Warteschlange',
  'fleet.queue.item': '{position}. {key} · {months, plural, one {# Monat} other {# Monate}}',
  'fleet.queue.itemDates': 'Beginnt am {start} · endet am {end}',
  'fleet.queue.remove': 'Zurück in den Pool',
  'fleet.queue.removeLabel': 'Zurück in den Pool: Lizenz {position} in der Warteschlange ({key})',
  'fleet.queue.confirmTitle': 'Lizenz aus der Warteschlange entfernen?',
  'fleet.queue.confirm': 'In den Pool zurücklegen',
  'fleet.queue.confirmText':
    'Die Lizenz des Schlüssels {key} ({start} – {end}) geht zurück in den Pool; später eingereihte Lizenzen rücken auf.',
  'fleet.queue.removed': 'Die eingereihte Lizenz des Schlüssels {key} ist wieder im Pool.',
};
