import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  createCapacityFileBodySchema,
  customerSignInBodySchema,
} from '@/api/contract/customer-portal';
import { cloudFor, respondSignedIn, signedOut } from './caller';
import { readBody } from './request';
import { respond } from './respond';

/** CP-1 … CP-3: the License Customer Portal. */
export const customerPortalHandlers: HttpHandler[] = [
  http.get('*/api/customer/session', ({ request }) =>
    respond(() => cloudFor(request).customerPortalSession()),
  ),
  http.post('*/api/customer/session', ({ request }) =>
    respondSignedIn('customer', async () =>
      cloudFor(request).signInCustomer(await readBody(request, customerSignInBodySchema)),
    ),
  ),
  http.delete('*/api/customer/session', ({ request }) =>
    signedOut('customer', HttpResponse.json(cloudFor(request).signOutCustomer())),
  ),
  http.get('*/api/customer/licenses', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'customer').customerLicenses() })),
  ),
  http.post('*/api/customer/license-files', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'customer');
      return model.createCapacityFile(await readBody(request, createCapacityFileBodySchema));
    }),
  ),
];
