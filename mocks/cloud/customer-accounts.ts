import { z } from 'zod/mini';
import { findController } from './access';
import { CloudError } from './errors';
import type { CloudState, SegmentControllerRecord } from './state';

const uuid = z.uuid();

/**
 * SS-22: a Customer ID is a UUID (trimmed, lower-cased) that the cloud knows; a License ID pasted by
 * mistake gets its own hint; null or empty clears the saved ID.
 */
export function saveCustomerId(
  state: CloudState,
  segmentControllerId: string,
  raw: string | null,
): SegmentControllerRecord {
  const controller = findController(state, segmentControllerId);
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '') {
    controller.customerId = null;
    return controller;
  }
  if (!uuid.safeParse(value).success) {
    throw new CloudError(
      400,
      'invalid_customer_id',
      'A Customer ID looks like 2133c667-af41-4518-94df-a2bb3b775330.',
      {
        fields: { customerId: 'A Customer ID looks like 2133c667-af41-4518-94df-a2bb3b775330.' },
      },
    );
  }
  if (state.licenses.some((l) => l.id === value)) {
    const message =
      'This is a License ID, not a Customer ID. Find the Customer ID in the License Partner Portal.';
    throw new CloudError(422, 'license_id_not_customer_id', message, {
      fields: { customerId: message },
    });
  }
  if (!state.customers.some((c) => c.id === value)) {
    const message = 'Customer ID not found. Check it in the License Partner Portal.';
    throw new CloudError(404, 'customer_not_found', message, { fields: { customerId: message } });
  }
  controller.customerId = value;
  return controller;
}
