import type { FleetState } from './state';

const revisions = new WeakMap<FleetState, number>();

/** Every change to a fleet's sensors bumps its revision, so cached table orders are dropped. */
export function touchFleet(fleet: FleetState): void {
  revisions.set(fleet, fleetRevision(fleet) + 1);
}

export function fleetRevision(fleet: FleetState): number {
  return revisions.get(fleet) ?? 0;
}
