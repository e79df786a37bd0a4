import type { SensorSort } from '@/api/contract/fleet';

export interface SensorColumn {
  label: string;
  /** Null for the action column, which has nothing to sort by. */
  sort: SensorSort | null;
  width: string;
  align?: 'center';
}

/** LM-3: the columns, in order, with fixed widths so rows never shift while scrolling. */
export const SENSOR_COLUMNS: readonly SensorColumn[] = [
  { label: 'Sensor serial number / name', sort: 'sensor', width: '24%' },
  { label: 'Activation date', sort: 'activationDate', width: '14%' },
  { label: 'Expires at', sort: 'expiresAt', width: '20%' },
  { label: 'Key', sort: 'key', width: '20%' },
  { label: 'Add License', sort: null, width: '10%', align: 'center' },
  { label: 'Auto Renewal', sort: 'autoRenewal', width: '12%', align: 'center' },
];

/** Two lines of text per row; fixed, so the virtualizer needs no measuring. */
export const SENSOR_ROW_HEIGHT = 57;
