import type { SessionToken } from '@/api/contract/common';
import { CloudError } from './errors';
import type { CloudState, SessionApp, SessionRecord } from './state';

/**
 * R20: a session lasts 12 hours of wall-clock time. Not the simulated clock: a tester moves that
 * a month ahead to watch licenses expire and must not be signed out by it; a session belongs to
 * the person at the keyboard, whose time is real.
 */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Who a request comes from: the credentials it carries, read by the handlers. */
export interface Caller {
  /** `Authorization: Bearer <token>`: exactly that session, for its own app only. */
  readonly bearer: string | null;
  /** Per app, the token in that app's HttpOnly session cookie. */
  readonly cookies: Readonly<Partial<Record<SessionApp, string>>>;
  /**
   * True where the cloud has a single client (the page's own cloud, a Node test, a story): a
   * request without credentials is that client, `state.localClient`. False over HTTP, where such
   * a request is nobody and answers 401.
   */
  readonly local: boolean;
}

/** The single client of an in-page, test or story cloud; the model's caller unless told another. */
export const LOCAL_CLIENT: Caller = { bearer: null, cookies: {}, local: true };

type Credential = { kind: 'token'; token: string } | { kind: 'local' } | { kind: 'none' };

function credential(caller: Caller, app: SessionApp): Credential {
  if (caller.bearer !== null) return { kind: 'token', token: caller.bearer };
  const cookie = caller.cookies[app];
  if (cookie !== undefined) return { kind: 'token', token: cookie };
  return caller.local ? { kind: 'local' } : { kind: 'none' };
}

function sessionAt(state: CloudState, token: string): SessionRecord | undefined {
  return Object.hasOwn(state.sessions, token) ? state.sessions[token] : undefined;
}

function liveSession(
  state: CloudState,
  token: string | null | undefined,
  app: SessionApp,
  nowMs: number,
): SessionRecord | null {
  const session = token ? sessionAt(state, token) : undefined;
  return session && session.app === app && nowMs < session.expiresAtMs ? session : null;
}

/** Who a client that never signed in is: the app's first user, as the seeds have always had it. */
function defaultSubject(state: CloudState, app: SessionApp): string | null {
  if (app === 'cms') return state.users[0]?.id ?? null;
  if (app === 'fleet') return state.fleet.users[0]?.id ?? null;
  return null;
}

/** The id of the user, partner or customer account the caller acts as in an app; null if none. */
export function signedInAs(
  state: CloudState,
  caller: Caller,
  app: SessionApp,
  nowMs: number,
): string | null {
  const held = credential(caller, app);
  if (held.kind === 'none') return null;
  if (held.kind === 'token') return liveSession(state, held.token, app, nowMs)?.subjectId ?? null;
  const token = state.localClient[app];
  if (token === undefined) return defaultSubject(state, app);
  return liveSession(state, token, app, nowMs)?.subjectId ?? null;
}

/** The 401 of each app, with the code its screens already handle (R12 for the CMS and fleet). */
export function notSignedIn(app: SessionApp): CloudError {
  switch (app) {
    case 'cms':
      return new CloudError(401, 'not_signed_in', 'Sign in to continue.');
    case 'fleet':
      return new CloudError(401, 'not_signed_in', 'Sign in to the License Manager to continue.');
    case 'partner':
      return new CloudError(401, 'partner_not_signed_in', 'Sign in to the License Partner Portal.');
    case 'customer':
      return new CloudError(
        401,
        'customer_not_signed_in',
        'Sign in to the License Customer Portal with a License ID (EID) or a contact e-mail.',
      );
    case 'support':
      return new CloudError(
        401,
        'support_not_signed_in',
        'Sign in to the Customer Success console.',
      );
  }
}

function keepSessions(state: CloudState, keep: (session: SessionRecord) => boolean): void {
  state.sessions = Object.fromEntries(Object.entries(state.sessions).filter(([, s]) => keep(s)));
}

/** Ends the session the caller holds for an app, if any; a local client is then signed out. */
export function endSession(state: CloudState, caller: Caller, app: SessionApp): void {
  const held = credential(caller, app);
  if (held.kind === 'none') return;
  const token = held.kind === 'token' ? held.token : state.localClient[app];
  if (token && sessionAt(state, token)?.app === app) keepSessions(state, (s) => s.id !== token);
  if (held.kind === 'local') state.localClient[app] = null;
}

/**
 * A new session of the caller in an app, replacing the one it held there. Sessions past their end
 * are dropped here, so the record stays as small as the number of clients.
 */
export function startSession(
  state: CloudState,
  caller: Caller,
  app: SessionApp,
  subjectId: string,
  nowMs: number,
): SessionRecord {
  endSession(state, caller, app);
  keepSessions(state, (s) => s.expiresAtMs > nowMs);
  const session: SessionRecord = {
    id: crypto.randomUUID(),
    app,
    subjectId,
    createdAtMs: nowMs,
    expiresAtMs: nowMs + SESSION_LIFETIME_MS,
  };
  state.sessions[session.id] = session;
  if (credential(caller, app).kind === 'local') state.localClient[app] = session.id;
  return session;
}

/** R12: the caller's sessions in these apps run out now, as when a sign-in times out. */
export function expireSessions(
  state: CloudState,
  caller: Caller,
  apps: readonly SessionApp[],
  nowMs: number,
): void {
  for (const app of apps) {
    const held = credential(caller, app);
    if (held.kind === 'none') continue;
    if (held.kind === 'local' && state.localClient[app] === undefined) {
      // The default user has no session record to expire: the client is simply signed out.
      state.localClient[app] = null;
      continue;
    }
    const session = liveSession(
      state,
      held.kind === 'token' ? held.token : state.localClient[app],
      app,
      nowMs,
    );
    if (session) session.expiresAtMs = nowMs;
  }
}

/** What a sign-in answers besides who signed in. */
export function sessionToken(session: SessionRecord): SessionToken {
  return { token: session.id, expiresAt: new Date(session.expiresAtMs).toISOString() };
}
