import { CustomerBuilder } from './customer';
import {
  ExistingCloud,
  ExistingFleet,
  ExistingLicense,
  ExistingPartner,
  ExistingSegmentController,
} from './existing';
import { LicenseBuilder } from './license';
import { OutboxMessageBuilder } from './outbox-message';

/**
 * Test setup for what no model command does. `a.…()` builds a record the seed does not have;
 * `the.…()` changes one it has. Commands (`cloud().signInAs`, `advanceClock`, `saveCustomerId`, …)
 * come first; these are for the rest. Reads: `inspect()`, a copy of the state.
 */
export const a = {
  license: () => new LicenseBuilder(),
  customer: () => new CustomerBuilder(),
  outboxMessage: () => new OutboxMessageBuilder(),
};

export const the = {
  cloud: () => new ExistingCloud(),
  fleet: () => new ExistingFleet(),
  license: (id: string) => new ExistingLicense(id),
  partner: (name: string) => new ExistingPartner(name),
  segmentController: (name: string) => new ExistingSegmentController(name),
};

export { inspect } from './cloud-state';
