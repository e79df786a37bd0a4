import { customerPortalRoutes } from '@/api/contract/customer-portal';
import { handle } from './handle';

/** CP-1 … CP-3: the License Customer Portal. */
export const customerPortalHandlers = [
  handle(customerPortalRoutes.session, ({ cloud }) => cloud.customerPortalSession()),
  handle(customerPortalRoutes.signIn, ({ cloud, body }) => cloud.signInCustomer(body), {
    cookie: { app: 'customer', on: 'sign-in' },
  }),
  handle(customerPortalRoutes.signOut, ({ cloud }) => cloud.signOutCustomer(), {
    cookie: { app: 'customer', on: 'sign-out' },
  }),
  handle(customerPortalRoutes.licenses, ({ cloud }) => ({ items: cloud.customerLicenses() })),
  handle(customerPortalRoutes.createCapacityFile, ({ cloud, body }) =>
    cloud.createCapacityFile(body),
  ),
];
