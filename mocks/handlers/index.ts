import { commandHandlers } from './commands';
import { faultHandlers } from './faults';
import { licenseFileHandlers } from './license-files';
import { simulationHandlers } from './simulation';

/** Every route of the simulated cloud; the fault handler must stay first. */
export const handlers = [
  ...faultHandlers,
  ...simulationHandlers,
  ...licenseFileHandlers,
  ...commandHandlers,
];
