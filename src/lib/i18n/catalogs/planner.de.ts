import type { Translation } from '@/lib/i18n/catalog';
import type { plannerEn } from './planner.en';

export const plannerDe: Translation<typeof plannerEn> = {
  'planner.page.title': 'Verlängerungs- und Abdeckungsplaner',
  'planner.page.subtitle':
    'Wartung auf allen Segment-Controllern für die nächsten 12 Monate, {today} bis {last}',
  'planner.page.back': 'Zurück zum Dashboard',
  'planner.page.loading': 'Der Planer wird geladen',
  'planner.page.loadFailed': 'Der Planer konnte nicht geladen werden',
  'planner.page.empty':
    'Noch nichts zu planen: Keine Kapazitäts- oder Wartungslizenz ist auf einem Segment-Controller aktiviert oder wartet in der Cloud.',

  'planner.summary.covered':
    '{count, plural, one {Der Segment-Controller bleibt} other {Alle # Segment-Controller bleiben}} für die nächsten 12 Monate abgedeckt.',
  'planner.summary.short':
    '{short, plural, one {# von {count, number} Segment-Controllern fehlt} other {# von {count, number} Segment-Controllern fehlt}} Wartung in den nächsten 12 Monaten: {devices, plural, one {# Gerät} other {# Geräte}} zu bestellen.',

  'planner.timeline.title': 'Wartungszeitleiste',
  'planner.timeline.explained':
    'Jeder Balken ist eine Wartungslizenz, vom Start ihrer Laufzeit bis zu ihrem Ablauf; ein rotes Band markiert Geräte ohne Wartung. Die Tabelle darunter sagt dasselbe in Worten.',
  'planner.timeline.today': 'Heute',
  'planner.timeline.legendKept': 'Wartung',
  'planner.timeline.legendActivated': 'Im Plan aktiviert',
  'planner.timeline.legendGone': 'Im Plan übertragen oder auslaufen gelassen',
  'planner.timeline.legendShort': 'Geräte ohne Wartung',

  'planner.table.label': 'Abdeckung je Segment-Controller',
  'planner.table.controller': 'Segment-Controller',
  'planner.table.today': 'Heute',
  'planner.table.later': 'Nach jedem Ablauf',
  'planner.table.order': 'Zu bestellen',
  'planner.table.noExpiry': 'Innerhalb von 12 Monaten läuft keine Wartung ab.',
  'planner.table.from': 'Ab {date}:',
  'planner.table.noCapacity': 'Keine Kapazität lizenziert',
  'planner.table.nothingToOrder': 'Nichts',
  'planner.table.orderCell': '{devices, number} Geräte, aktivieren bis {date}',
  'planner.table.shortfall': 'Fehlbestand',

  'planner.order.title': 'Um 12 Monate abgedeckt zu bleiben, bestellen Sie:',
  'planner.order.none':
    'Nichts: Alle Segment-Controller bleiben für die nächsten 12 Monate abgedeckt.',
  'planner.order.line':
    '{controller}: Wartung für {devices, number} Geräte, {years, number} Jahr(e), aktivieren bis {date} (deckt bis {until})',
  'planner.order.export': 'CSV exportieren',
  'planner.order.nothingToExport': 'Es gibt nichts zu bestellen, also nichts zu exportieren.',
  'planner.csv.controller': 'Segment-Controller',
  'planner.csv.kind': 'Art',
  'planner.csv.maintenance': 'Wartung',
  'planner.csv.devices': 'Geräte',
  'planner.csv.term': 'Laufzeit (Jahre)',
  'planner.csv.activateBy': 'Aktivieren bis',
  'planner.csv.coversUntil': 'Deckt bis',

  'planner.whatIf.toggle': 'Was-wäre-wenn',
  'planner.whatIf.intro':
    'Wählen Sie für jede Lizenz einen Schritt: Zeitleiste, Abdeckung und Bestellung ändern sich mit Ihrer Wahl. In der Cloud ändert sich nichts, bis Sie den Plan ausführen.',
  'planner.whatIf.activatedTitle': 'Aktivierte Lizenzen',
  'planner.whatIf.waitingTitle': 'In der Cloud wartend',
  'planner.whatIf.license': 'Lizenz',
  'planner.whatIf.controller': 'Segment-Controller',
  'planner.whatIf.expires': 'Läuft ab',
  'planner.whatIf.step': 'Schritt',
  'planner.whatIf.stepFor': 'Schritt für {license}',
  'planner.whatIf.keep': 'Behalten',
  'planner.whatIf.transfer': 'In die Cloud übertragen',
  'planner.whatIf.letExpire': 'Auslaufen lassen (keine Verlängerung bestellt)',
  'planner.whatIf.leave': 'In der Cloud lassen',
  'planner.whatIf.activateOn': 'Auf {controller} aktivieren',
  'planner.whatIf.never': 'Nie',
  'planner.whatIf.noWaiting': 'Für keine gespeicherte Kunden-ID wartet eine Lizenz in der Cloud.',
  'planner.whatIf.waitingOwnerOnly':
    'Nur der Inhaber sieht die Lizenzen, die in der Cloud warten; dieser Plan kann daher übertragen oder auslaufen lassen, aber nicht aktivieren.',
  'planner.whatIf.clear': 'Plan leeren',

  'planner.carryOut.button': 'Plan ausführen',
  'planner.carryOut.ownerOnly':
    'Nur der Inhaber kann einen Plan ausführen; Sie sind als {role} angemeldet.',
  'planner.carryOut.nothing': 'Wählen Sie zuerst eine Lizenz zum Aktivieren oder Übertragen.',
  'planner.carryOut.offline':
    '{controller} ist offline und erreicht die Cloud nicht, daher kann der Plan nicht ausgeführt werden. Verbinden Sie ihn oder nehmen Sie seine Lizenzen aus dem Plan.',
  'planner.carryOut.title': 'Plan ausführen?',
  'planner.carryOut.intro': 'Diese Schritte werden gemeinsam ausgeführt oder keiner von ihnen:',
  'planner.carryOut.activate': '{license} auf {controller} aktivieren',
  'planner.carryOut.transfer': '{license} von {controller} in die Cloud übertragen',
  'planner.carryOut.letExpire':
    '{license} auf {controller} am {date} auslaufen lassen (in der Cloud ändert sich nichts)',
  'planner.carryOut.confirm': 'Ausführen',
  'planner.carryOut.cancel': 'Abbrechen',
  'planner.carryOut.failed': 'Der Plan wurde nicht ausgeführt: Nichts hat sich geändert',
  'planner.carryOut.done':
    'Plan ausgeführt: {activated, plural, one {# Lizenz} other {# Lizenzen}} aktiviert, {transferred, plural, one {# Lizenz} other {# Lizenzen}} in die Cloud übertragen.',
};
