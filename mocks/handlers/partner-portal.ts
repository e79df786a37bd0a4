import { http, HttpResponse } from 'msw';
import {
  createCustomerBodySchema,
  maintenanceFileBodySchema,
  partnerTransferBodySchema,
  signInPartnerBodySchema,
} from '@/api/contract/partner-portal';
import { cloudFor, respondSignedIn, signedOut } from './caller';
import { idempotencyKey, readBody } from './request';
import { respond } from './respond';

/** PP-1 … PP-7: the License Partner Portal. */
export const partnerPortalHandlers = [
  http.get('*/api/partner/partners', ({ request }) =>
    respond(() => ({ items: cloudFor(request).listPartners() })),
  ),
  http.get('*/api/partner/session', ({ request }) =>
    respond(() => cloudFor(request).partnerSession()),
  ),
  http.post('*/api/partner/session', ({ request }) =>
    respondSignedIn('partner', async () =>
      cloudFor(request).signInPartner((await readBody(request, signInPartnerBodySchema)).partnerId),
    ),
  ),
  http.delete('*/api/partner/session', ({ request }) =>
    signedOut('partner', HttpResponse.json(cloudFor(request).signOutPartner())),
  ),
  http.get('*/api/partner/inventory', ({ request }) =>
    respond(() => cloudFor(request, 'partner').partnerInventory()),
  ),
  http.get('*/api/partner/customers', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'partner').partnerCustomers() })),
  ),
  http.post('*/api/partner/customers', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'partner');
      const body = await readBody(request, createCustomerBodySchema);
      return model.createCustomer(body, idempotencyKey(request));
    }, 201),
  ),
  http.post('*/api/partner/transfers', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'partner');
      const body = await readBody(request, partnerTransferBodySchema);
      return model.transferToCustomer(body, idempotencyKey(request));
    }),
  ),
  http.post('*/api/partner/maintenance-files', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'partner');
      return model.issueMaintenanceFile(await readBody(request, maintenanceFileBodySchema));
    }),
  ),
];
