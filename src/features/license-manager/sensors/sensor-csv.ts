import {
  SENSOR_CSV_AUTO_RENEWAL,
  SENSOR_CSV_COLUMNS,
  sensorStatusSchema,
  type SensorCsvColumn,
} from '@/api/contract/fleet';
import { toCsv } from '@/domain/csv';
import { SENSOR_STATUS_LABELS } from '@/domain/fleet';
import { SENSOR_STATUS_TEXT } from '@/features/license-manager/sensor-words';
import type { MessageId, Translate } from '@/lib/i18n';

const COLUMN_TEXT: Record<SensorCsvColumn, MessageId> = {
  'Serial number': 'fleet.csv.serialNumber',
  Name: 'fleet.csv.name',
  Location: 'fleet.csv.location',
  Status: 'fleet.csv.status',
  'Activation date': 'fleet.csv.activationDate',
  'Expires at': 'fleet.csv.expiresAt',
  'Days left': 'fleet.csv.daysLeft',
  Key: 'fleet.csv.key',
  'Licenses of key': 'fleet.csv.licensesOfKey',
  'Queued licenses': 'fleet.csv.queuedLicenses',
  'Auto Renewal': 'fleet.csv.autoRenewal',
};

function isColumn(cell: string): cell is SensorCsvColumn {
  return (SENSOR_CSV_COLUMNS as readonly string[]).includes(cell);
}

/** RFC 4180 rows (CRLF line ends, quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * LM-15: the cloud writes the export's header, statuses and Auto Renewal in its own words; the
 * file the user saves has them in the user's language. Data cells stay as the cloud wrote them.
 */
export function sensorCsvInLanguage(csv: string, t: Translate): string {
  const words = new Map<string, string>([
    ...sensorStatusSchema.options.map((status): [string, string] => [
      SENSOR_STATUS_LABELS[status],
      t(SENSOR_STATUS_TEXT[status]),
    ]),
    [SENSOR_CSV_AUTO_RENEWAL.on, t('fleet.csv.on')],
    [SENSOR_CSV_AUTO_RENEWAL.off, t('fleet.csv.off')],
    ...SENSOR_CSV_COLUMNS.map((column): [string, string] => [column, t(COLUMN_TEXT[column])]),
  ]);
  // English reads as the cloud writes: nothing to change in a file of any size.
  if ([...words].every(([cloud, shown]) => cloud === shown)) return csv;
  const [header = [], ...rows] = parseCsv(csv);
  const wordColumns = [header.indexOf('Status'), header.indexOf('Auto Renewal')];
  const translate = (cell: string) => words.get(cell) ?? cell;
  return toCsv([
    header.map((cell) => (isColumn(cell) ? translate(cell) : cell)),
    ...rows.map((row) => row.map((cell, i) => (wordColumns.includes(i) ? translate(cell) : cell))),
  ]);
}
