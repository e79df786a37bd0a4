// @vitest-environment node
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allRoutes } from '@/api/contract';
import { TIMEOUTS } from '../../tests/timeouts';
import { requireSignIn } from '../cloud/instance';
import { createCloudServer } from '../http/cloud-server';
import { server as inProcessCloud } from '../node';
import { callEveryOperation } from './every-operation-calls';
import { operationCaller, type Send } from './operation-caller';

/**
 * Every operation of the contract called over real HTTP, on the cloud `npm run mock-server` serves:
 * each answer's status, body and refusal code must be what the document declares. As there, a
 * client must sign in (R20); it carries each app's session cookie as a browser would.
 */
let cloud: Server;
let base = '';

beforeAll(async () => {
  // The shared setup answers `fetch` in-process with the same handlers: these calls must reach
  // the server over the network instead.
  inProcessCloud.close();
  cloud = createCloudServer({ allowHosts: [], allowOrigins: [], devRoutes: true });
  await new Promise<void>((resolve) => cloud.listen(0, '127.0.0.1', resolve));
  const address = cloud.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;
});
afterAll(async () => {
  cloud.closeAllConnections();
  await new Promise((resolve) => cloud.close(resolve));
  inProcessCloud.listen({ onUnhandledRequest: 'error' });
  requireSignIn(false);
});
beforeEach(() => requireSignIn(true));

/** A client that keeps the session cookies the cloud sets, and sends them back, as a browser. */
function browserLike(): Send {
  const jar = new Map<string, string>();
  return async (pathAndQuery, init) => {
    const headers = new Headers(init.headers);
    if (jar.size > 0)
      headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(`${base}${pathAndQuery}`, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value === '' || /Max-Age=0/i.test(cookie)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
}

describe('every operation over HTTP, as the document declares it', () => {
  it(
    'answers each success with a declared status and a body the document describes',
    async () => {
      const { call, read, withoutSuccess } = operationCaller(browserLike());
      await callEveryOperation({ call, read });
      expect(withoutSuccess(allRoutes)).toEqual([]);
    },
    TIMEOUTS.unitTest,
  );

  it('R20 — answers a client without a session 401, with a declared code, wherever one is needed', async () => {
    const { call } = operationCaller(browserLike());
    const needing = allRoutes.filter((route) => route.session && !route.session.optional);
    for (const route of needing) {
      const { status } = await call(route, {
        params: { id: crypto.randomUUID(), serial: 'S-1', licenseId: crypto.randomUUID() },
        body: route.body ? { not: 'a valid body' } : undefined,
      });
      expect(status, route.operationId).toBe(401);
    }
  });
});
