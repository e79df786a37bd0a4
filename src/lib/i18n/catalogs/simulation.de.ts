import type { Translation } from '@/lib/i18n/catalog';
import type { simulationEn } from './simulation.en';

export const simulationDe: Translation<typeof simulationEn> = {
  'simulation.button': 'Simulation',
  'simulation.panel': 'Steuerung der simulierten Cloud',
  'simulation.title': 'Simulierte Cloud',
  'simulation.loading': 'Szenario und Netzwerkeinstellungen werden geladen',
  'simulation.close': 'Steuerung der simulierten Cloud schließen',
  'simulation.clock.today': 'Simuliertes Datum: <b>{today}</b>',
  'simulation.clock.move': 'Simulierte Uhr vorstellen',
  'simulation.clock.day': '+1 Tag',
  'simulation.clock.week': '+1 Woche',
  'simulation.clock.month': '+1 Monat',
  'simulation.clock.placeholder': 'JJJJ-MM-TT',
  'simulation.clock.goToDate': 'Zu Datum springen',
  'simulation.clock.go': 'Los',
  'simulation.clock.notIso': 'Geben Sie ein Datum als JJJJ-MM-TT ein.',
  'simulation.clock.notAfterToday': 'Wählen Sie ein Datum nach heute.',
  'simulation.session.hint': 'Benutzer wechseln Sie über den Namen in der oberen Leiste.',
  'simulation.session.end': 'Sitzung beenden',
  'simulation.scenario.label': 'Szenario',
  'simulation.scenario.typicalSite': 'Typische Anlage',
  'simulation.scenario.freshInstall': 'Neuinstallation',
  'simulation.scenario.expiringSoon': 'Bald ablaufend',
  'simulation.scenario.softwareUpgrades': 'Software-Upgrades (ein Controller mit 3.2)',
  'simulation.scenario.cloudUnreachable': 'Cloud nicht erreichbar',
  'simulation.scenario.slowCloud': 'Langsame Cloud',
  'simulation.scenario.largeSite': 'Großer Standort (200 Segment-Controller)',
  'simulation.scenario.longHistory': 'Lange Historie (eine Lizenz mit 1.000 Ereignissen)',
  'simulation.scenario.fleet1k': 'Flotte mit 1.000 Sensoren',
  'simulation.scenario.largeFleet': 'Große Flotte (10.000 Sensoren)',
  'simulation.scenario.benchmarkFleet': 'Benchmark-Flotte (100.000 Sensoren)',
  'simulation.scenario.hugeFleet':
    'Riesige Flotte (1.000.000 Sensoren, für den Server: npm run mock-server)',
  'simulation.scenario.reset': 'Daten zurücksetzen',
  'simulation.scenario.confirmTitle': 'Die simulierte Cloud zurücksetzen?',
  'simulation.scenario.confirmText':
    'Alles, was bisher in der simulierten Cloud geschehen ist – Aktivierungen, Übertragungen, Notizen, die Uhr –, wird durch das Szenario „{scenario}“ ersetzt.',
  'simulation.network.latency': 'Latenz',
  'simulation.network.errorRate': 'Fehlerrate',
  'simulation.network.none': 'Keine',
  'simulation.network.milliseconds': '{ms} ms',
  'simulation.network.percent': '{percent} %',
  'simulation.network.unreachable': 'Cloud nicht erreichbar',
  'simulation.unusable.title':
    'Die in diesem Browser gespeicherte simulierte Cloud kann nicht verwendet werden',
  'simulation.unusable.text':
    'Es wurde nichts geladen und nichts geändert. Laden Sie die gespeicherte Kopie herunter, um sie aufzubewahren (oder zu melden), und beginnen Sie dann neu mit der typischen Anlage.',
  'simulation.unusable.download': 'Gespeicherte Kopie herunterladen',
  'simulation.unusable.startAfresh': 'Neu beginnen',
  'simulation.unusable.failed':
    'Die simulierte Cloud konnte nicht neu beginnen. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'simulation.storageFull':
    'Der Speicher dieses Browsers ist voll, daher kann die simulierte Cloud nicht speichern: Sie behält ihren zuletzt gespeicherten Stand, und spätere Änderungen bleiben nur erhalten, solange ein Tab der Konsole geöffnet ist. Geben Sie Speicher frei oder setzen Sie auf ein kleineres Szenario zurück, um wieder zu speichern.',
};
