import { describe, expect, it } from 'vitest';
import { toCsv } from '@/domain/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { parseCsv, sensorCsvInLanguage } from './sensor-csv';

const HEADER =
  'Serial number,Name,Location,Status,Activation date,Expires at,Days left,Key,Licenses of key,Queued licenses,Auto Renewal';
const CLOUD_CSV = [
  HEADER,
  'S000A3F1,"Freezer, ""north""",Main Hall,Expired,2025-11-01,2026-11-01,-5,LK-0001-AAAA,1,0,On',
  `S000A3F2,"'=HYPERLINK(""x"")","Line one\r\nline two",No license,,,,,0,0,Off`,
  '',
].join('\r\n');

describe('the sensor export in the user’s language (LM-15, UX-1)', () => {
  it('reads quoted cells with commas, quotes and line breaks back as they were written', () => {
    const rows = [['a,b', 'say "hi"', 'one\r\ntwo', ''], ['plain']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('saves the cloud’s file untouched in English', () => {
    expect(sensorCsvInLanguage(CLOUD_CSV, translatorFor('en'))).toBe(CLOUD_CSV);
  });

  it('writes header, statuses and Auto Renewal in German and leaves the data as it was', () => {
    const [header, first, second] = parseCsv(sensorCsvInLanguage(CLOUD_CSV, translatorFor('de')));
    expect(header).toEqual([
      'Seriennummer',
      'Name',
      'Standort',
      'Status',
      'Aktivierungsdatum',
      'Läuft ab am',
      'Verbleibende Tage',
      'Schlüssel',
      'Lizenzen des Schlüssels',
      'Lizenzen in der Warteschlange',
      'Automatische Verlängerung',
    ]);
    expect(first).toEqual([
      'S000A3F1',
      'Freezer, "north"',
      'Main Hall',
      'Abgelaufen',
      '2025-11-01',
      '2026-11-01',
      '-5',
      'LK-0001-AAAA',
      '1',
      '0',
      'An',
    ]);
    expect(second?.slice(1, 4)).toEqual([
      '\'=HYPERLINK("x")',
      'Line one\r\nline two',
      'Keine Lizenz',
    ]);
    expect(second?.at(-1)).toBe('Aus');
  });
});
