import { seedTypicalSite } from '../../mocks/cloud/seed';

/** The seed is deterministic: what the served app starts with, picked by name as a user would. */
export const typicalSite = seedTypicalSite();

export const campus = typicalSite.customers.find((c) => c.name === 'P2022-0208');

/** A capacity license of the campus customer, neither activated nor replaced by a transfer. */
export const campusFreeCapacity = typicalSite.licenses.find(
  (l) =>
    l.customerId === campus?.id &&
    l.kind === 'capacity' &&
    l.activation === null &&
    l.supersededBy === null,
);

export const plantRoom = typicalSite.segmentControllers.find((c) => c.name === 'Plant Room');
