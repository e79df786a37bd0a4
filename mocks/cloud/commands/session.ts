import { clockRoutes } from '@/api/contract/clock';
import { sessionRoutes } from '@/api/contract/session';
import { advanceClock } from '../clock';
import { command } from '../command';
import { CloudError } from '../errors';
import { endSession, expireSessions, sessionToken, startSession } from '../sessions';
import type { CloudState, CmsUser } from '../state';

/*
 * Signing in and out, and the simulated clock. Sessions are credentials, not records a person
 * edits, so signing in and out is not audited; moving the clock is (it changes every status).
 */

const clockOf = (state: CloudState) => ({ today: state.today, timeZone: 'UTC' as const });

export const session = command({
  name: 'cms.session',
  access: 'cms',
  run: ({ actor }) => ({ user: actor }),
  http: { route: sessionRoutes.get, input: () => undefined },
});

/** Simulated sign-in: a new session as the seed's first user of that CMS user type. */
export const signInAs = command({
  name: 'cms.signInAs',
  access: 'public',
  run: ({ state, caller, nowMs }, role: CmsUser['role']) => {
    const user = state.users.find((u) => u.role === role);
    if (!user) throw new CloudError(404, 'user_not_found', `No ${role} user in this CMS.`);
    return { user, ...sessionToken(startSession(state, caller, 'cms', user.id, nowMs)) };
  },
  http: {
    route: sessionRoutes.signIn,
    input: ({ body }) => body.role,
    cookie: { app: 'cms', on: 'sign-in' },
  },
});

/** R20: the caller's CMS session ends. */
export const signOut = command({
  name: 'cms.signOut',
  access: 'public',
  run: ({ state, caller }) => {
    endSession(state, caller, 'cms');
    return undefined;
  },
  http: {
    route: sessionRoutes.signOut,
    input: () => undefined,
    cookie: { app: 'cms', on: 'sign-out' },
  },
});

/** R12: the caller's sessions (CMS and License Manager) end, as when a sign-in times out. */
export const expireCallerSessions = command({
  name: 'cms.expireSessions',
  access: 'public',
  run: ({ state, caller, nowMs }) => expireSessions(state, caller, ['cms', 'fleet'], nowMs),
});

export const clock = command({
  name: 'clock.read',
  access: 'public',
  run: ({ state }) => clockOf(state),
  http: { route: clockRoutes.get, input: () => undefined },
});

/** MC-2: a simulation control, open to every signed-in CMS user. */
export const moveClock = command({
  name: 'clock.advance',
  access: 'cms',
  run: ({ state }, body: Parameters<typeof advanceClock>[1]) => {
    advanceClock(state, body);
    return clockOf(state);
  },
  write: { touches: (state) => ({ clock: clockOf(state) }) },
  http: { route: clockRoutes.advance, input: ({ body }) => body },
});
