import { http, type HttpHandler } from 'msw';
import { createCapacityFileBodySchema, customerSignInBodySchema } from '@/api/customer-portal';
import { cloud } from '../cloud/instance';
import { readBody } from './request';
import { respond } from './respond';

/** CP-1 … CP-3: the License Customer Portal. */
export const customerPortalHandlers: HttpHandler[] = [
  http.get('*/api/customer/session', () => respond(() => cloud().customerPortalSession())),
  http.post('*/api/customer/session', ({ request }) =>
    respond(async () => cloud().signInCustomer(await readBody(request, customerSignInBodySchema))),
  ),
  http.delete('*/api/customer/session', () => respond(() => cloud().signOutCustomer())),
  http.get('*/api/customer/licenses', () => respond(() => ({ items: cloud().customerLicenses() }))),
  http.post('*/api/customer/license-files', ({ request }) =>
    respond(async () =>
      cloud().createCapacityFile(await readBody(request, createCapacityFileBodySchema)),
    ),
  ),
];
