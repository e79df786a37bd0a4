import { partnerPortalRoutes, type OrderLicensesBody } from '@/api/contract/partner-portal';
import { command } from '../command';
import {
  createCustomer,
  deleteCustomer,
  findPartner,
  issueMaintenanceFile,
  listPartnerCustomers,
  listPartners,
  orderLicenses,
  partnerInventory,
  transferToCustomer,
  updateCustomer,
} from '../partner-portal';
import { endSession, sessionToken, signedInAs, startSession } from '../sessions';

/** The License Partner Portal (PP-1 … PP-7): every command acts for the signed-in partner. */

/** PP-1: the partners a simulated sign-in can choose from. */
export const partners = command({
  name: 'partner.listPartners',
  access: 'public',
  run: ({ state }) => ({ items: listPartners(state) }),
  http: { route: partnerPortalRoutes.partners, input: () => undefined },
});

/** PP-1: the partner the caller is signed in as; nobody is an answer here, not a refusal. */
export const partnerSession = command({
  name: 'partner.session',
  access: 'public',
  run: ({ state, caller, nowMs }) => {
    const id = signedInAs(state, caller, 'partner', nowMs);
    const partner = state.partners.find((p) => p.id === id);
    return { partner: partner ? { id: partner.id, name: partner.name } : null };
  },
  http: { route: partnerPortalRoutes.session, input: () => undefined },
});

/** PP-1 (simulated): a new session as that partner. */
export const signInPartner = command({
  name: 'partner.signIn',
  access: 'public',
  run: ({ state, caller, nowMs }, partnerId: string) => {
    const partner = findPartner(state, partnerId);
    const session = startSession(state, caller, 'partner', partner.id, nowMs);
    return { partner: { id: partner.id, name: partner.name }, ...sessionToken(session) };
  },
  http: {
    route: partnerPortalRoutes.signIn,
    input: ({ body }) => body.partnerId,
    cookie: { app: 'partner', on: 'sign-in' },
  },
});

export const signOutPartner = command({
  name: 'partner.signOut',
  access: 'public',
  run: ({ state, caller }) => {
    endSession(state, caller, 'partner');
    return { partner: null };
  },
  http: {
    route: partnerPortalRoutes.signOut,
    input: () => undefined,
    cookie: { app: 'partner', on: 'sign-out' },
  },
});

/** PP-1, PP-5. */
export const inventory = command({
  name: 'partner.inventory',
  access: 'partner',
  run: ({ state, actor }) => partnerInventory(state, actor),
  http: { route: partnerPortalRoutes.inventory, input: () => undefined },
});

/** PP-2. */
export const customers = command({
  name: 'partner.customers',
  access: 'partner',
  run: ({ state, actor }) => ({ items: listPartnerCustomers(state, actor) }),
  http: { route: partnerPortalRoutes.customers, input: () => undefined },
});

type NewCustomer = Parameters<typeof createCustomer>[2];

export const addCustomer = command({
  name: 'partner.createCustomer',
  access: 'partner',
  run: ({ state, actor }, body: NewCustomer) => createCustomer(state, actor, body),
  write: {
    idempotency: { route: 'customer', fingerprint: (body: NewCustomer) => body },
    touches: (state, _body, created) =>
      created ? { [created.id]: state.customers.find((c) => c.id === created.id) } : {},
  },
  http: { route: partnerPortalRoutes.createCustomer, input: ({ body }) => body },
});

type CustomerChange = Parameters<typeof updateCustomer>[2];

/** PP-8 */
export const editCustomer = command({
  name: 'partner.updateCustomer',
  access: 'partner',
  run: ({ state, actor }, change: CustomerChange) => updateCustomer(state, actor, change),
  write: {
    touches: (state, { customerId }) => ({
      [customerId]: state.customers.find((c) => c.id === customerId),
    }),
  },
  http: {
    route: partnerPortalRoutes.updateCustomer,
    input: ({ params, body }) => ({ customerId: params.id, ...body }),
  },
});

/** PP-8: refused while the account holds a license. */
export const removeCustomer = command({
  name: 'partner.deleteCustomer',
  access: 'partner',
  run: ({ state, actor }, customerId: string) => {
    deleteCustomer(state, actor, customerId);
    return undefined;
  },
  write: {
    touches: (state, customerId) => ({
      [customerId]: state.customers.find((c) => c.id === customerId),
    }),
  },
  http: { route: partnerPortalRoutes.deleteCustomer, input: ({ params }) => params.id },
});

type Transfer = Parameters<typeof transferToCustomer>[2];

/** PP-4, PP-5: the originals are frozen and their successors created. */
export const transferLicenses = command({
  name: 'partner.transferToCustomer',
  access: 'partner',
  run: ({ state, actor }, request: Transfer) => transferToCustomer(state, actor, request),
  write: {
    idempotency: { route: 'transfer', fingerprint: (request: Transfer) => request },
    touches: (state, request, result) => {
      const ids = [...request.licenseIds, ...(result?.transfers.map((t) => t.toLicenseId) ?? [])];
      return Object.fromEntries(ids.map((id) => [id, state.licenses.find((l) => l.id === id)]));
    },
  },
  http: { route: partnerPortalRoutes.transfer, input: ({ body }) => body },
});

/** PP-9: a simulated purchase; a retried order (same Idempotency-Key) is bought once. */
export const order = command({
  name: 'partner.orderLicenses',
  access: 'partner',
  run: ({ state, actor }, body: OrderLicensesBody) => orderLicenses(state, actor, body),
  write: {
    idempotency: { route: 'order', fingerprint: (body: OrderLicensesBody) => body },
    touches: (state, _body, result) =>
      Object.fromEntries(
        (result?.licenses ?? []).map((l) => [
          l.licenseId,
          state.licenses.find((record) => record.id === l.licenseId),
        ]),
      ),
  },
  http: { route: partnerPortalRoutes.order, input: ({ body }) => body },
});

/** PP-7. */
export const maintenanceFile = command({
  name: 'partner.issueMaintenanceFile',
  access: 'partner',
  run: ({ state, actor }, request: Parameters<typeof issueMaintenanceFile>[2]) =>
    issueMaintenanceFile(state, actor, request),
  http: { route: partnerPortalRoutes.maintenanceFile, input: ({ body }) => body },
});
