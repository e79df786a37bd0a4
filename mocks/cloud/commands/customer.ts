import { customerPortalRoutes } from '@/api/contract/customer-portal';
import { command } from '../command';
import {
  createCapacityFile,
  customerLicenses,
  customerPortalSession,
  customerSigningIn,
} from '../customer-portal';
import { endSession, sessionToken, signedInAs, startSession } from '../sessions';

/** The License Customer Portal (CP-1 … CP-3): every command acts for the signed-in customer. */

/** CP-1: the customer the caller is signed in as, if any. */
export const customerSession = command({
  name: 'customer.session',
  access: 'public',
  run: ({ state, caller, nowMs }) => {
    const id = signedInAs(state, caller, 'customer', nowMs);
    return customerPortalSession(state.customers.find((c) => c.id === id) ?? null);
  },
  http: { route: customerPortalRoutes.session, input: () => undefined },
});

/** CP-1: by a License ID (EID) of a transferred license, or by a contact e-mail. */
export const signInCustomer = command({
  name: 'customer.signIn',
  access: 'public',
  run: ({ state, caller, nowMs }, body: Parameters<typeof customerSigningIn>[1]) => {
    const customer = customerSigningIn(state, body);
    const session = startSession(state, caller, 'customer', customer.id, nowMs);
    return { customer: { id: customer.id, name: customer.name }, ...sessionToken(session) };
  },
  http: {
    route: customerPortalRoutes.signIn,
    input: ({ body }) => body,
    cookie: { app: 'customer', on: 'sign-in' },
  },
});

export const signOutCustomer = command({
  name: 'customer.signOut',
  access: 'public',
  run: ({ state, caller }) => {
    endSession(state, caller, 'customer');
    return customerPortalSession(null);
  },
  http: {
    route: customerPortalRoutes.signOut,
    input: () => undefined,
    cookie: { app: 'customer', on: 'sign-out' },
  },
});

/** CP-2: the signed-in customer's licenses and where each is activated. */
export const licenses = command({
  name: 'customer.licenses',
  access: 'customer',
  run: ({ state, actor }) => ({ items: customerLicenses(state, actor) }),
  http: { route: customerPortalRoutes.licenses, input: () => undefined },
});

/** CP-3: a device-capacity offline activation file for an install code. */
export const capacityFile = command({
  name: 'customer.createCapacityFile',
  access: 'customer',
  run: ({ state, actor }, request: Parameters<typeof createCapacityFile>[2]) =>
    createCapacityFile(state, actor, request),
  // CP-4: the cloud keeps a record of each file it issued.
  write: {
    touches: (state, _request, file) => {
      const record = file ? state.customerFiles.at(-1) : undefined;
      return record ? { [record.id]: record } : {};
    },
  },
  http: { route: customerPortalRoutes.createCapacityFile, input: ({ body }) => body },
});
