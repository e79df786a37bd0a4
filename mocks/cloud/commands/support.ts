import {
  customerSuccessRoutes as routes,
  type RemoteCmsBody,
} from '@/api/contract/customer-success';
import { command } from '../command';
import {
  accountView,
  controllerView,
  findStaff,
  issueRemoteCms,
  returnLicenses,
  search,
  staffView,
} from '../customer-success';
import { issueOfflineFile, licenseOf } from '../license-files';
import { CUSTOMER_SUCCESS } from '../license-holder';
import { CloudError } from '../errors';
import { endSession, sessionToken, signedInAs, startSession } from '../sessions';

/** The Customer Success console (CS-1 … CS-4): EnOcean's license administrators. */

/** CS-1: the staff a simulated sign-in can choose from. */
export const staff = command({
  name: 'support.listStaff',
  access: 'public',
  run: ({ state }) => ({ items: state.supportStaff.map(staffView) }),
  http: { route: routes.staff, input: () => undefined },
});

/** Whoever is signed in, also a support agent, who is then told the console is not theirs. */
export const supportSession = command({
  name: 'support.session',
  access: 'public',
  run: ({ state, caller, nowMs }) => {
    const id = signedInAs(state, caller, 'support', nowMs);
    const member = state.supportStaff.find((s) => s.id === id);
    return { staff: member ? staffView(member) : null };
  },
  http: { route: routes.session, input: () => undefined },
});

export const signInSupport = command({
  name: 'support.signIn',
  access: 'public',
  run: ({ state, caller, nowMs }, staffId: string) => {
    const member = findStaff(state, staffId);
    const session = startSession(state, caller, 'support', member.id, nowMs);
    return { staff: staffView(member), ...sessionToken(session) };
  },
  http: {
    route: routes.signIn,
    input: ({ body }) => body.staffId,
    cookie: { app: 'support', on: 'sign-in' },
  },
});

export const signOutSupport = command({
  name: 'support.signOut',
  access: 'public',
  run: ({ state, caller }) => {
    endSession(state, caller, 'support');
    return { staff: null };
  },
  http: {
    route: routes.signOut,
    input: () => undefined,
    cookie: { app: 'support', on: 'sign-out' },
  },
});

/** CS-1. */
export const find = command({
  name: 'support.search',
  access: 'support',
  run: ({ state }, query: string) => search(state, query),
  http: { route: routes.search, input: ({ query }) => query.q },
});

export const segmentController = command({
  name: 'support.segmentController',
  access: 'support',
  run: ({ state }, id: string) => controllerView(state, id),
  http: { route: routes.segmentController, input: ({ params }) => params.id },
});

type Return = { segmentControllerId: string; reference: string };

/** CS-2: an RMA or offline transfer; a retry with the same Idempotency-Key returns once. */
export const returnToCloud = command({
  name: 'support.returnLicenses',
  access: 'support',
  run: ({ state, actor }, { segmentControllerId, reference }: Return) =>
    returnLicenses(state, actor, segmentControllerId, reference),
  write: {
    idempotency: { route: 'return-licenses', fingerprint: (input: Return) => input },
    touches: (state, { segmentControllerId }, result) => {
      const ids = [segmentControllerId, ...(result?.licensesReturned?.licenseIds ?? [])];
      return Object.fromEntries(
        ids.map((id) => [
          id,
          state.licenses.find((l) => l.id === id) ??
            state.segmentControllers.find((c) => c.id === id),
        ]),
      );
    },
  },
  http: {
    route: routes.returnLicenses,
    input: ({ params, body }) => ({ segmentControllerId: params.id, reference: body.reference }),
  },
});

export const account = command({
  name: 'support.account',
  access: 'support',
  run: ({ state }, id: string) => accountView(state, id),
  http: { route: routes.account, input: ({ params }) => params.id },
});

/** CS-3. */
export const remoteCms = command({
  name: 'support.issueRemoteCms',
  access: 'support',
  run: ({ state }, body: RemoteCmsBody) => issueRemoteCms(state, body),
  write: {
    idempotency: { route: 'remote-cms', fingerprint: (body: RemoteCmsBody) => body },
    touches: (state, _body, created) =>
      created
        ? { [created.licenseId]: state.licenses.find((l) => l.id === created.licenseId) }
        : {},
  },
  http: { route: routes.remoteCms, input: ({ body }) => body },
});

type MaintenanceFileRequest = { licenseId: string; installCode: string };

/** CS-4: as the partner's PP-7, for any customer's maintenance license. */
export const maintenanceFile = command({
  name: 'support.issueMaintenanceFile',
  access: 'support',
  run: async ({ state }, { licenseId, installCode }: MaintenanceFileRequest) => {
    const license = licenseOf(state, licenseId);
    if (license.kind !== 'maintenance')
      throw new CloudError(
        409,
        'not_maintenance',
        `License ${licenseId} is not a maintenance license.`,
      );
    const text = await issueOfflineFile(
      state,
      { installCode, licenseIds: [license.id] },
      CUSTOMER_SUCCESS,
    );
    return { fileName: `maintenance-${license.id}-${installCode}.lic`, text };
  },
  http: { route: routes.maintenanceFile, input: ({ body }) => body },
});
