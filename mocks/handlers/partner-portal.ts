import { partnerPortalRoutes } from '@/api/contract/partner-portal';
import { handle } from './handle';

/** PP-1 … PP-7: the License Partner Portal. */
export const partnerPortalHandlers = [
  handle(partnerPortalRoutes.partners, ({ cloud }) => ({ items: cloud.listPartners() })),
  handle(partnerPortalRoutes.session, ({ cloud }) => cloud.partnerSession()),
  handle(partnerPortalRoutes.signIn, ({ cloud, body }) => cloud.signInPartner(body.partnerId), {
    cookie: { app: 'partner', on: 'sign-in' },
  }),
  handle(partnerPortalRoutes.signOut, ({ cloud }) => cloud.signOutPartner(), {
    cookie: { app: 'partner', on: 'sign-out' },
  }),
  handle(partnerPortalRoutes.inventory, ({ cloud }) => cloud.partnerInventory()),
  handle(partnerPortalRoutes.customers, ({ cloud }) => ({ items: cloud.partnerCustomers() })),
  handle(partnerPortalRoutes.createCustomer, ({ cloud, body, idempotencyKey }) =>
    cloud.createCustomer(body, idempotencyKey),
  ),
  handle(partnerPortalRoutes.transfer, ({ cloud, body, idempotencyKey }) =>
    cloud.transferToCustomer(body, idempotencyKey),
  ),
  handle(partnerPortalRoutes.maintenanceFile, ({ cloud, body }) =>
    cloud.issueMaintenanceFile(body),
  ),
];
