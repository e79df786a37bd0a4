// The same deterministic fleet the app's scenarios serve, as rows held in the page: the baselines
// get their data in memory and sort and filter it themselves.
import type { Sensor } from '@/api/contract/fleet';
import { SEED_TODAY } from '@mocks/cloud/seed';
import { fleetOfSize } from '@mocks/cloud/fleet-seed';
import { toSensor } from '@mocks/cloud/fleet';

export function benchRows(): Sensor[] {
  const n = Number(new URLSearchParams(window.location.search).get('n') ?? '10000');
  return fleetOfSize(n, SEED_TODAY).sensors.map((s) => toSensor(s, SEED_TODAY));
}

export function matches(sensor: Sensor, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return (
    needle === '' ||
    sensor.serial.toLowerCase().includes(needle) ||
    sensor.name.toLowerCase().includes(needle)
  );
}
