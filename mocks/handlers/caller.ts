import { sessionTokenSchema } from '@/api/contract/common';
import type { SessionApp } from '@/api/contract/route';
import { cloudOf, isSignInRequired } from '../cloud/instance';
import type { CloudModel } from '../cloud/model';
import type { Caller } from '../cloud/sessions';

/** One cookie per app, so a browser can be a CMS user and a partner at once, as the app allows. */
export const SESSION_COOKIES: Readonly<Record<SessionApp, string>> = {
  cms: 'cms_session',
  fleet: 'fleet_session',
  partner: 'partner_session',
  customer: 'customer_session',
  support: 'support_session',
};

const APPS: readonly SessionApp[] = ['cms', 'fleet', 'partner', 'customer', 'support'];

/**
 * The request's own Cookie header (MSW joins what it adds with commas). No answer here puts a cookie
 * in MSW's process-wide jar (see respondSignedIn), so nothing of another client is ever added.
 */
function sessionCookies(request: Request): Partial<Record<SessionApp, string>> {
  const pairs = (request.headers.get('Cookie') ?? '').split(/[;,]/).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? ['', ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
  });
  const cookies: Partial<Record<SessionApp, string>> = {};
  for (const app of APPS) {
    const value = pairs.find(([key]) => key === SESSION_COOKIES[app])?.[1];
    if (value) cookies[app] = value;
  }
  return cookies;
}

function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

/** R20: who a request comes from, from its credentials alone. */
function callerOf(request: Request): Caller {
  return {
    bearer: bearerToken(request),
    cookies: sessionCookies(request),
    local: !isSignInRequired(),
  };
}

/**
 * The cloud acting for the request's caller. With `app`, a caller not signed in there gets its 401
 * before anything of the request is read, as the contract's `security` says.
 */
export function cloudFor(request: Request, requestId?: string, app?: SessionApp): CloudModel {
  const model = cloudOf(requestId).as(callerOf(request));
  if (app) model.requireSession(app);
  return model;
}

const COOKIE_ATTRIBUTES = 'Path=/api; HttpOnly; SameSite=Strict';

/**
 * A sign-in's answer carries the bearer token; the same token is set as the app's HttpOnly cookie.
 * The header is added after the response is made, so MSW does not keep the cookie in its own jar,
 * which every later request (of any client) would carry.
 */
export function setSessionCookie(response: Response, app: SessionApp, answer: unknown): void {
  const session = sessionTokenSchema.safeParse(answer);
  if (!session.success) return;
  const expires = new Date(session.data.expiresAt).toUTCString();
  response.headers.append(
    'Set-Cookie',
    `${SESSION_COOKIES[app]}=${session.data.token}; ${COOKIE_ATTRIBUTES}; Expires=${expires}`,
  );
}

/** A sign-out's answer (it cannot fail): the app's cookie is cleared. */
export function clearSessionCookie(response: Response, app: SessionApp): void {
  response.headers.append(
    'Set-Cookie',
    `${SESSION_COOKIES[app]}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`,
  );
}
