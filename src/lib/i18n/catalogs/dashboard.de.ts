import type { Translation } from '@/lib/i18n/catalog';
import type { dashboardEn } from './dashboard.en';

export const dashboardDe: Translation<typeof dashboardEn> = {
  'dashboard.page.title': 'CMS-Dashboard',
  'dashboard.page.signedInAs': 'Angemeldet als {name} ({role})',
  'dashboard.page.openPlanner': 'Verlängerungsplaner',
  'dashboard.page.product': 'SmartServer CMS',
  'dashboard.sessionError.unreachable.title': 'Die Lizenz-Cloud ist nicht erreichbar',
  'dashboard.sessionError.unreachable.message':
    'Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. Es geht nichts verloren: Der Lizenzstatus erscheint, sobald die Cloud antwortet.',
  'dashboard.sessionError.expired.title': 'Ihre Sitzung ist abgelaufen',
  'dashboard.sessionError.expired.message': 'Melden Sie sich erneut an, um fortzufahren.',
  'dashboard.sessionError.unchecked.title': 'Ihre Anmeldung konnte nicht geprüft werden',
  'dashboard.status.title': 'Lizenzstatus',
  'dashboard.status.manageLicenses': 'Lizenzen verwalten',
  'dashboard.status.readOnly':
    'Nur Lesezugriff: Nur der Inhaber kann Lizenzen verwalten. Sie sind als {name} ({role}) angemeldet.',
  'dashboard.status.loadError': 'Der Lizenzstatus konnte nicht geladen werden',
  'dashboard.status.lastLoaded': 'Angezeigt wird der zuletzt geladene Lizenzstatus.',
  'dashboard.status.online': 'Online',
  'dashboard.status.offline': 'Offline',
  'dashboard.status.platformSoftware': '{platform} · Software {version}',
  'dashboard.status.licensedDevices': 'Lizenzierte Geräte',
  'dashboard.status.licensedOfDevices': '{licensed, number} / {devices, number}',
  'dashboard.status.meterLabel':
    '{name}: {licensed, number} von {devices, number} Geräten lizenziert',
  'dashboard.status.meterValue':
    '{licensed, number} von {devices, number} Geräten lizenziert; {summary}',
  'dashboard.status.noDevicesYet': 'Noch keine Geräte · Kapazität {capacity, number}',
  'dashboard.status.allLicensed': 'Alle lizenziert · Kapazität {capacity, number}',
  'dashboard.status.someUnlicensed':
    '{unlicensed, plural, one {# Gerät} other {# Geräte}} nicht lizenziert · Kapazität {capacity, number}',
  'dashboard.status.maintenance': 'Wartung',
  'dashboard.status.covers': 'Deckt {covered, number} von {capacity, number} ab',
  'dashboard.status.noCapacityToCover': 'Keine Kapazität abzudecken',
  'dashboard.status.noMaintenance': 'Keine',
  'dashboard.status.active': 'Aktiv',
  'dashboard.status.expiring': 'Läuft ab am {day}',
  'dashboard.status.expired': 'Abgelaufen am {day}',
  'dashboard.status.used': 'Verwendet am {day} (Upgrade auf {version})',
  'dashboard.findings.noCoreLicense':
    'SmartServer Pi ohne Core-Lizenz: Darauf funktioniert nichts, bis eine aktiviert ist.',
  'dashboard.findings.unlicensed':
    '{unlicensed, plural, one {# von {devices, number} Geräten ist} other {# von {devices, number} Geräten sind}} nicht lizenziert: Die Kapazität beträgt {capacity, number}.',
  'dashboard.findings.featureReleasesNeedMaintenance':
    'Funktionsreleases erfordern eine gültige Wartung oder eine einmalige Upgrade-Lizenz.',
  'dashboard.findings.maintenanceAfterUpgrade':
    'Die einmalige Upgrade-Lizenz wurde am {used} verwendet (Upgrade auf {version}); eine jährliche Wartung kann noch bis {day} erworben werden.',
  'dashboard.findings.upgradeAllowsNextRelease':
    'Eine unbenutzte einmalige Upgrade-Lizenz erlaubt das nächste Funktionsrelease.',
  'dashboard.findings.noLicenseNeeded': 'Keine Lizenz erforderlich (Software 3.2 oder älter).',
  'dashboard.findings.licensesReturned':
    'Lizenzen von Customer Success zurückgegeben ({reference}, {day})',
  'dashboard.remoteCms.headline':
    'Remote-CMS: bis zu {limit, plural, one {# Segment-Controller} other {# Segment-Controller}}, {expired, select, yes {abgelaufen am} other {läuft ab am}} {day}',
  'dashboard.remoteCms.overLimit':
    'Dieses CMS hat {controllers, plural, one {# Segment-Controller} other {# Segment-Controller}}; seine Remote-CMS-Lizenz erlaubt {limit, number}.',
  'dashboard.remoteCms.expiring':
    'Die Remote-CMS-Lizenz läuft am {day} ab ({daysLeft, plural, =0 {heute} one {noch # Tag} other {noch # Tage}}); wenden Sie sich an Customer Success, um sie zu verlängern.',
  'dashboard.remoteCms.expired':
    'Die Remote-CMS-Lizenz ist am {day} abgelaufen; wenden Sie sich an Customer Success, um sie zu verlängern.',
  'dashboard.devices.title': 'Geräte',
  'dashboard.devices.subtitle':
    'Bereitgestellte, nicht bereitgestellte und nicht lizenzierte Geräte je Segment-Controller',
  'dashboard.devices.waitingForSignIn': 'Die Geräte erscheinen, sobald Ihre Anmeldung geprüft ist.',
  'dashboard.devices.loadError': 'Die Geräte konnten nicht geladen werden',
  'dashboard.devices.noSegmentControllers': 'Keine Segment-Controller.',
  'dashboard.devices.loading': 'Geräte werden geladen',
  'dashboard.devices.readOnly':
    'Nur Lesezugriff: Nur der Inhaber kann Geräte bereitstellen. Sie sind als {name} ({role}) angemeldet.',
  'dashboard.devices.segmentControllerTabs': 'Segment-Controller',
  'dashboard.devices.legendLabel': 'Gerätezustände auf {controller}',
  'dashboard.devices.state.provisioned': 'Bereitgestellt',
  'dashboard.devices.state.provisionedDescription': 'Lizenziert und in Betrieb',
  'dashboard.devices.state.unprovisioned': 'Nicht bereitgestellt',
  'dashboard.devices.state.unprovisionedDescription': 'Lizenziert, wartet auf Bereitstellung',
  'dashboard.devices.state.unlicensed': 'Nicht lizenziert',
  'dashboard.devices.state.unlicensedDescription': 'Über der lizenzierten Kapazität',
  'dashboard.devices.countOn': '{count, plural, one {# Gerät} other {# Geräte}} auf {controller}',
  'dashboard.devices.beyondCapacity': '{count, number} über der lizenzierten Kapazität',
  'dashboard.devices.provisionedCount':
    '{count, plural, one {# Gerät} other {# Geräte}} bereitgestellt',
  'dashboard.devices.provisioningStatus': 'Bereitstellung',
  'dashboard.devices.manageLicenses': 'Lizenzen verwalten',
  'dashboard.devices.manageLicensesFor': 'Lizenzen verwalten für {controller}',
  'dashboard.devices.provisionAll': 'Alle bereitstellen ({count, number})',
  'dashboard.devices.noDevicesOn': 'Keine Geräte auf {controller}',
  'dashboard.devices.tableRegion': 'Geräteliste von {controller}',
  'dashboard.devices.tableLabel': 'Geräte auf {controller}',
  'dashboard.devices.column.device': 'Gerät',
  'dashboard.devices.column.protocol': 'Protokoll',
  'dashboard.devices.column.state': 'Zustand',
  'dashboard.devices.column.action': 'Aktion',
  'dashboard.devices.licenseHint':
    'Aktivieren Sie eine Kapazitätslizenz, um dieses Gerät zu lizenzieren',
  'dashboard.devices.waitingForOwner': 'Wartet auf die Bereitstellung durch den Inhaber',
  'dashboard.devices.provision': 'Bereitstellen',
  'dashboard.devices.provisionDevice': '{device} bereitstellen',
  'dashboard.core.title': 'Core-Lizenz erforderlich',
  'dashboard.core.text':
    '{controller} ist ein SmartServer Pi ohne aktive Core-Lizenz: Darauf funktioniert nichts, und die Cloud lehnt Kapazitätslizenzen und die Bereitstellung von Geräten ab, bis eine aktiviert ist. Besorgen Sie eine SmartServer-Core-Lizenz bei Ihrem Partner und aktivieren Sie sie auf {controller} über „Lizenzen aus der Cloud herunterladen“ oder mit „Lizenz hinzufügen“ aus einer Lizenzdatei.',
  'dashboard.lifecycle.menu': 'Aktionen des Segment-Controllers',
  'dashboard.lifecycle.menuLabel': 'Aktionen für {controller}',
  'dashboard.lifecycle.reimaged':
    'Auf {controller} läuft jetzt Software {version}. Jede Lizenz ist mit ihren Daten erhalten geblieben.',
  'dashboard.lifecycle.reimagedWithUpgrade':
    'Auf {controller} läuft jetzt Software {version}. Die einmalige Upgrade-Lizenz {licenseId} ist verbraucht; eine jährliche Wartung kann noch bis {day} erworben werden.',
  'dashboard.lifecycle.dismiss': 'Schließen',
  'dashboard.lifecycle.outcomeLabel': 'Aktionen des Segment-Controllers',
};
