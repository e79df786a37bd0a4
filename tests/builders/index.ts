import type { CloudState } from '@mocks/cloud/state';
import { writableState } from './cloud-state';
import { CustomerBuilder } from './customer';
import {
  ExistingCloud,
  ExistingFleet,
  ExistingLicense,
  ExistingPartner,
  ExistingSegmentController,
  ExistingSensor,
} from './existing';
import { LicenseBuilder } from './license';
import { OutboxMessageBuilder } from './outbox-message';
import { SensorBuilder } from './sensor';

/** Read when a builder is made, not before: each test and story starts from a new cloud. */
function builders(state: () => CloudState) {
  return {
    /** A record the seed does not have, checked by the state's schema as it is added. */
    a: {
      license: () => new LicenseBuilder(state()),
      customer: () => new CustomerBuilder(state()),
      outboxMessage: () => new OutboxMessageBuilder(state()),
      sensor: () => new SensorBuilder(state()),
    },
    /** A change to what the seed holds, for a situation no command brings about. */
    the: {
      cloud: () => new ExistingCloud(state()),
      fleet: () => new ExistingFleet(state()),
      license: (id: string) => new ExistingLicense(state(), id),
      partner: (name: string) => new ExistingPartner(state(), name),
      segmentController: (name: string) => new ExistingSegmentController(state(), name),
      sensor: (serial: string) => new ExistingSensor(state(), serial),
    },
  };
}

/**
 * Test setup for the shared cloud, `cloud()`, of tests and stories. Commands (`signInAs`,
 * `advanceClock`, `saveCustomerId`, …) come first; these do the rest. Reads: `inspect()`, a copy.
 */
export const { a, the } = builders(writableState);

/** The same for a state of a model test's own (a `CloudModel` on a plain seed, with its own clock). */
export const buildersFor = (state: CloudState) => builders(() => state);

export { inspect } from './cloud-state';
export { found } from './found';
