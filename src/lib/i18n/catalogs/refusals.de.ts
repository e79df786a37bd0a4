import type { Translation } from '@/lib/i18n/catalog';
import type { refusalsEn } from './refusals.en';

export const refusalsDe: Translation<typeof refusalsEn> = {
  'errors.activation_in_progress':
    'Diese Lizenzen werden gerade aktiviert. Warten Sie, bis die Aktivierung abgeschlossen ist.',
  'errors.already_active': 'Diese Lizenz ist bereits auf einem Segment-Controller aktiviert.',
  'errors.already_in_cloud':
    'Lizenz {licenseId} ist auf diesem CMS nicht mehr aktiviert: Sie ist bereits in der Cloud. Es wurde nichts übertragen.',
  'errors.bad_signature':
    'Die Signatur dieser Lizenzdatei ist ungültig: Die Datei wurde nach der Ausstellung verändert oder nicht von der Lizenzierungs-Cloud ausgestellt.',
  'errors.clock_not_forward':
    'Die simulierte Uhr läuft nur vorwärts: Wählen Sie ein späteres Datum.',
  'errors.clock_too_far': 'Stellen Sie die Uhr höchstens zehn Jahre auf einmal vor.',
  'errors.code_malformed':
    'Ein Aktivierungscode besteht aus vier Gruppen zu je vier Buchstaben oder Ziffern, etwa EF7Q-2K9M-XR4D-81NB.',
  'errors.code_unknown': 'Dieser Aktivierungscode ist nicht bekannt.',
  'errors.code_used': 'Dieser Aktivierungscode wurde bereits am {usedAt} verwendet.',
  'errors.core_license_required':
    '{controller} ist ein SmartServer Pi ohne aktive Core-Lizenz, daher ist das nicht möglich. Aktivieren Sie zuerst eine SmartServer-Core-Lizenz auf {controller}; Ihr Partner verkauft sie.',
  'errors.customer_holds_licenses':
    '{name} hält {count, plural, one {# Lizenz} other {# Lizenzen}} und kann daher nicht gelöscht werden. Ein Konto wird nur gelöscht, wenn es keine hält.',
  'errors.customer_not_found': 'Zu Ihrer Eingabe wurde kein Kunde gefunden.',
  'errors.customer_not_yours': 'Dieser Kunde gehört zu einem anderen Partner.',
  'errors.device_not_found': 'Dieses Gerät gibt es auf diesem Segment-Controller nicht.',
  'errors.device_unlicensed':
    'Dieses Gerät ist nicht lizenziert: Aktivieren Sie zuerst eine Kapazitätslizenz.',
  'errors.file_already_used':
    'Diese Lizenzdatei wurde bereits verwendet. Jede Datei kann nur einmal aktiviert werden.',
  'errors.file_corrupt':
    'Diese Lizenzdatei ist beschädigt und kann nicht gelesen werden. Fordern Sie eine neue Datei an.',
  'errors.file_too_large':
    'Diese Datei ist größer als 1 MiB und daher keine Lizenzdatei. Wählen Sie die .lic-Datei, die Sie erhalten haben.',
  'errors.fleet_role_forbidden':
    'Nur Administratoren und Manager können Sensorlizenzen verwalten; Sie sind als {role} angemeldet.',
  'errors.idempotency_key_reused':
    'Dieser Anfrageschlüssel wurde bereits für eine andere Anfrage verwendet.',
  'errors.invalid_customer_id':
    'Eine Kunden-ID sieht so aus: 2133c667-af41-4518-94df-a2bb3b775330.',
  'errors.invalid_eid': 'Das ist keine Lizenz-ID (EID).',
  'errors.invalid_email': 'Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.',
  'errors.invalid_install_code': 'Ein Installationscode besteht aus 5 Gruppen zu je 5 Zeichen.',
  'errors.key_not_found': 'Diesen Lizenzschlüssel gibt es nicht.',
  'errors.license_id_not_customer_id':
    'Das ist eine Lizenz-ID, keine Kunden-ID. Die Kunden-ID finden Sie im License Partner Portal.',
  'errors.license_listed_twice':
    'Lizenz {licenseId} ist mehrfach aufgeführt: Wählen Sie einen Segment-Controller dafür.',
  'errors.license_not_activated': 'Diese Lizenz ist auf diesem CMS nicht aktiviert.',
  'errors.license_not_found': 'Diese Lizenz gibt es in der Cloud nicht.',
  'errors.license_not_in_inventory': 'Lizenz {licenseId} ist nicht in Ihrem Bestand.',
  'errors.license_not_queued': 'Diese Lizenz steht nicht in der Warteschlange dieses Sensors.',
  'errors.license_not_yours': 'Diese Lizenz gehört jemand anderem.',
  'errors.license_superseded':
    'Lizenz {licenseId} wurde durch {supersededBy} ersetzt; verwenden Sie die neue Lizenz-ID.',
  'errors.maintenance_required':
    'Für das Re-Imaging von {controller} von {fromVersion} auf {toVersion} ist am {day} eine nicht abgelaufene Wartung oder eine unbenutzte einmalige Upgrade-Lizenz auf {controller} nötig; {controller} hat keines von beiden. Kaufen Sie bei Ihrem Partner eine Wartungslizenz für 1 oder 3 Jahre oder eine einmalige Upgrade-Lizenz und aktivieren Sie sie auf {controller}.',
  'errors.malformed_json': 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  'errors.no_licenses': 'Wählen Sie mindestens eine Lizenz.',
  'errors.not_a_license_file':
    'Diese Datei ist keine Lizenzdatei. Wählen Sie die .lic-Datei, die Sie erhalten haben.',
  'errors.not_capacity':
    'Lizenz {licenseId} ist keine Gerätekapazitätslizenz; aus diesem Portal kommen nur Kapazitätslizenzen in eine Datei.',
  'errors.not_customer_license': 'Diese Lizenz wurde keinem Ihrer Kunden übertragen.',
  'errors.not_for_platform': 'Eine Core-Lizenz gilt nur für den SmartServer Pi.',
  'errors.not_maintenance': 'Diese Lizenz ist keine Wartungslizenz.',
  'errors.not_transferable':
    'Nur Kapazitäts- und Wartungslizenzen können in die Cloud übertragen werden.',
  'errors.order_device_count': 'Bestellen Sie 1 bis {max, number} Geräte pro Lizenz.',
  'errors.order_quantity': 'Bestellen Sie 1 bis {max, number} Lizenzen auf einmal.',
  'errors.order_kind': 'Remote-CMS-Lizenzen verkauft und aktiviert Customer Success.',
  'errors.license_administrator_only':
    'Nur ein Lizenzadministrator kann die Customer-Success-Konsole verwenden.',
  'errors.nothing_to_return':
    'Dieser Segment-Controller hat keine Kapazitäts- oder Wartungslizenzen zum Zurückgeben.',
  'errors.remote_cms_size':
    'Eine Remote-CMS-Lizenz gibt es für 5, 10, 25, 50 oder 100 Segment-Controller.',
  'errors.order_term': 'Eine Wartungslizenz läuft 1 oder 3 Jahre.',
  'errors.owner_only': 'Nur der Inhaber kann Lizenzen verwalten.',
  'errors.partner_not_found': 'Diesen Partner gibt es nicht.',
  'errors.pool_short':
    'Schlüssel {keyId} hat noch {available, plural, one {# Lizenz} other {# Lizenzen}} für {requested, plural, one {# Sensor} other {# Sensoren}}. Wählen Sie weniger Sensoren, oder fügen Sie zuerst einen Aktivierungscode hinzu.',
  'errors.bulk_count_changed':
    'Suche und Filter treffen jetzt auf {matching, plural, one {# Sensor} other {# Sensoren}} zu, nicht auf {expected, number}: Die Flotte hat sich inzwischen geändert. Prüfen Sie die Tabelle und bestätigen Sie erneut.',
  'errors.bulk_empty':
    'Es wurden keine Sensoren gewählt: Wählen Sie Sensoren aus oder einen Filter, der auf welche zutrifft.',
  'errors.pool_empty': 'Im Pool sind keine Lizenzen des Schlüssels {keyId} mehr übrig.',
  'errors.queued_license_removed':
    'Diese Lizenz steht nicht mehr in der Warteschlange von {serial}: Sie wurde inzwischen entfernt, vielleicht in einem anderen Tab.',
  'errors.queued_license_started':
    'Diese Lizenz steht nicht mehr in der Warteschlange von {serial}: Sie hat bereits begonnen, und eine laufende Lizenz kann nicht in den Pool zurück.',
  'errors.scenario_not_found': 'Dieses Szenario gibt es nicht.',
  'errors.segment_controller_not_found': 'Diesen Segment-Controller gibt es nicht.',
  'errors.segment_offline':
    'Der Segment-Controller ist offline und kann die Cloud nicht erreichen. Für einen Segment-Controller ohne Internetzugang wenden Sie sich mit seinem Installationscode {installCode} an Customer Success.',
  'errors.sensor_not_found': 'In dieser Flotte gibt es keinen Sensor mit dieser Seriennummer.',
  'errors.several_customers':
    'Diese Lizenzen gehören verschiedenen Kunden; eine Lizenzdatei enthält die Lizenzen eines Kunden. Erstellen Sie eine Datei je Kunde.',
  'errors.several_license_files':
    'Diese Datei enthält mehrere Lizenzdateien. Fügen Sie jeweils eine Lizenzdatei hinzu: Jede ist für einen Installationscode erstellt und kann einmal aktiviert werden.',
  'errors.unknown_software_version':
    'Ein SmartServer-Release {version} gibt es nicht: Wählen Sie eines von {releases}.',
  'errors.user_not_found': 'Diesen Benutzer gibt es nicht.',
  'errors.wrong_install_code':
    'Diese Datei wurde für den Installationscode {fileInstallCode} erstellt, dieser Segment-Controller hat aber den Installationscode {targetInstallCode}. Wählen Sie den Segment-Controller, für den die Datei erstellt wurde.',
};
