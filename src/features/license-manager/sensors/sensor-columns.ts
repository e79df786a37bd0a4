import type { SensorSort } from '@/api/contract/fleet';
import type { MessageId } from '@/lib/i18n';

export interface SensorColumn {
  label: MessageId;
  /** Null for the action column, which has nothing to sort by. */
  sort: SensorSort | null;
  width: string;
  align?: 'center';
}

/** LM-3: the columns, in order, with fixed widths so rows never shift while scrolling. */
export const SENSOR_COLUMNS: readonly SensorColumn[] = [
  { label: 'fleet.columns.sensor', sort: 'sensor', width: '24%' },
  { label: 'fleet.columns.activationDate', sort: 'activationDate', width: '14%' },
  { label: 'fleet.columns.expiresAt', sort: 'expiresAt', width: '20%' },
  { label: 'fleet.columns.key', sort: 'key', width: '20%' },
  { label: 'fleet.columns.addLicense', sort: null, width: '10%', align: 'center' },
  { label: 'fleet.columns.autoRenewal', sort: 'autoRenewal', width: '12%', align: 'center' },
];

/** Two lines of text per row; fixed, so the virtualizer needs no measuring. */
export const SENSOR_ROW_HEIGHT = 57;
