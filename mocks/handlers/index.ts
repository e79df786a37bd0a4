import { cmsHandlers } from './cms';
import { faultHandlers } from './faults';
import { sessionHandlers } from './session';

/** Every route of the simulated cloud; the fault handler must stay first. */
export const handlers = [...faultHandlers, ...sessionHandlers, ...cmsHandlers];
