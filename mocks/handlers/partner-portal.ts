import { http } from 'msw';
import {
  createCustomerBodySchema,
  maintenanceFileBodySchema,
  partnerTransferBodySchema,
  signInPartnerBodySchema,
} from '@/api/partner-portal';
import { cloud } from '../cloud/instance';
import { idempotencyKey, readBody } from './request';
import { respond } from './respond';

/** PP-1 … PP-7: the License Partner Portal. */
export const partnerPortalHandlers = [
  http.get('*/api/partner/partners', () => respond(() => ({ items: cloud().listPartners() }))),
  http.get('*/api/partner/session', () => respond(() => cloud().partnerSession())),
  http.post('*/api/partner/session', ({ request }) =>
    respond(async () =>
      cloud().signInPartner((await readBody(request, signInPartnerBodySchema)).partnerId),
    ),
  ),
  http.delete('*/api/partner/session', () => respond(() => cloud().signOutPartner())),
  http.get('*/api/partner/inventory', () => respond(() => cloud().partnerInventory())),
  http.get('*/api/partner/customers', () => respond(() => ({ items: cloud().partnerCustomers() }))),
  http.post('*/api/partner/customers', ({ request }) =>
    respond(async () => {
      const body = await readBody(request, createCustomerBodySchema);
      return cloud().createCustomer(body, idempotencyKey(request));
    }, 201),
  ),
  http.post('*/api/partner/transfers', ({ request }) =>
    respond(async () => {
      const body = await readBody(request, partnerTransferBodySchema);
      return cloud().transferToCustomer(body, idempotencyKey(request));
    }),
  ),
  http.post('*/api/partner/maintenance-files', ({ request }) =>
    respond(async () =>
      cloud().issueMaintenanceFile(await readBody(request, maintenanceFileBodySchema)),
    ),
  ),
];
